#include "ReceiptActions.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerDeliveryLog.h"
#include "Named.h"
#include "ReceiptPreviewDialog.h"
#include "receipts/EmailAddress.h"
#include "receipts/EscPosReceipt.h"
#include "receipts/EscPosSender.h"
#include "receipts/ReceiptPdf.h"
#include "receipts/SmtpPasswordStore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    return named(new QPushButton(text, parent), objectName, accessibleName);
}

} // namespace

ReceiptActions::ReceiptActions(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_print(button(tr("&Print…"), QStringLiteral("receiptPrint"), tr("Print the refund receipt"), this))
    , m_pdf(button(tr("Save as P&DF…"), QStringLiteral("receiptSavePdf"), tr("Save the refund receipt as PDF"), this))
    , m_printer(button(tr("To receipt pr&inter"), QStringLiteral("receiptEscPos"),
                       tr("Print the refund receipt on the receipt printer"), this))
    , m_email(new QLineEdit(this))
    , m_send(button(tr("E&mail receipt"), QStringLiteral("receiptSendEmail"), tr("Email the refund receipt"), this))
    , m_busy(new BusyPanel(this))
    , m_status(new QLabel(this))
    , m_escPos(new EscPosSender(this))
    , m_passwords(new SmtpPasswordStore(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_print);
    row->addWidget(m_pdf);
    row->addWidget(m_printer);
    m_email->setObjectName(QStringLiteral("receiptEmail"));
    m_email->setAccessibleName(tr("Customer's email address"));
    m_email->setPlaceholderText(tr("customer@example.com"));
    m_email->setClearButtonEnabled(true);
    row->addWidget(m_email, 1);
    row->addWidget(m_send);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    m_status->setObjectName(QStringLiteral("receiptStatus"));
    m_status->setAccessibleName(tr("Receipt status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    if (m_session.config().printer.escpos.isEmpty())
        m_printer->setToolTip(tr("No receipt printer is set up: add one under Settings, Printers."));
    else
        m_printer->setToolTip(tr("Prints on %1.").arg(m_session.config().printer.escpos));
    if (!m_session.config().smtp) {
        m_send->setToolTip(tr("No mail server is set up: add one under Settings, Email."));
        m_email->setToolTip(m_send->toolTip());
    }
    m_escPos->setBaudRate(m_session.config().printer.baudRate);

    connect(m_print, &QPushButton::clicked, this, &ReceiptActions::preview);
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptActions::chooseAndSavePdf);
    connect(m_printer, &QPushButton::clicked, this, &ReceiptActions::sendToPrinter);
    connect(m_send, &QPushButton::clicked, this, &ReceiptActions::sendEmail);
    connect(m_email, &QLineEdit::returnPressed, this, &ReceiptActions::sendEmail);
    connect(m_escPos, &EscPosSender::finished, this, [this](const ReceiptOutputResult &result) {
        outputDone(m_printing, ReceiptChannel::EscPos, result,
                   tr("The receipt was printed on %1.").arg(result.destination));
    });
    connect(m_busy, &BusyPanel::wayOutClicked, this, [this] {
        if (m_mailer)
            m_mailer->cancel();
    });
    clearReceipt(QString());
}

ReceiptActions::~ReceiptActions() = default;

void ReceiptActions::setReceipt(const ReceiptModel &receipt)
{
    const bool another = !m_receipt || m_receipt->refund().refundId != receipt.refund().refundId;
    m_receipt = receipt;
    if (another && !isBusy())
        showStatus(QString(), true);
    updateButtons();
}

void ReceiptActions::clearReceipt(const QString &why)
{
    m_receipt.reset();
    if (!isBusy())
        showStatus(why, true);
    updateButtons();
}

bool ReceiptActions::isBusy() const
{
    return m_busy->isBusy();
}

QString ReceiptActions::statusText() const
{
    return m_status->text();
}

void ReceiptActions::updateButtons()
{
    const bool ready = m_receipt.has_value() && !isBusy();
    m_print->setEnabled(ready);
    m_pdf->setEnabled(ready);
    m_printer->setEnabled(ready && !m_session.config().printer.escpos.isEmpty());
    const bool mail = m_session.config().smtp.has_value();
    m_email->setEnabled(mail);
    m_send->setEnabled(ready && mail);
}

void ReceiptActions::showStatus(const QString &text, bool ok)
{
    DisplayFormat::showMessage(m_status, text, !ok);
}

std::unique_ptr<LedgerDeliveryLog> ReceiptActions::deliveryLog() const
{
    return std::make_unique<LedgerDeliveryLog>(m_session.ledger(), m_session.user().name, m_session.store().id,
                                               m_session.store().registerId);
}

void ReceiptActions::record(const QUuid &refundId, ReceiptChannel channel, const ReceiptOutputResult &result)
{
    deliveryLog()->record(ReceiptDelivery::ofOutput(refundId, channel, result));
}

void ReceiptActions::outputDone(const QUuid &refundId, ReceiptChannel channel, const ReceiptOutputResult &result,
                                const QString &success)
{
    m_busy->stop();
    record(refundId, channel, result);
    const QString message = result.ok ? success : result.message;
    showStatus(message, result.ok);
    updateButtons();
    Q_EMIT finished(channel, result.ok, message);
}

void ReceiptActions::preview()
{
    if (!m_receipt || isBusy())
        return;
    if (m_preview) {
        m_preview->raise();
        return;
    }
    m_preview = new ReceiptPreviewDialog(*m_receipt, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    // The preview's Print button accepts the dialog once the pages went to the printer.
    connect(m_preview, &QDialog::accepted, this, [this, dialog = m_preview, refundId = m_receipt->refund().refundId] {
        const QString destination = ReceiptPreviewDialog::destination(*dialog->printer());
        record(refundId, ReceiptChannel::Printer, ReceiptOutputResult::success(destination));
        showStatus(tr("The receipt was sent to %1.").arg(destination), true);
        Q_EMIT finished(ReceiptChannel::Printer, true, statusText());
    });
    m_preview->open();
}

void ReceiptActions::chooseAndSavePdf()
{
    if (!m_receipt || isBusy())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the refund receipt as PDF"),
                                     folder + u'/' + ReceiptPdf::fileName(*m_receipt), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReceiptActions::savePdf(const QString &path)
{
    if (!m_receipt || isBusy())
        return;
    // The page size people in the store's country use.
    const ReceiptPaper paper = m_session.store().locale.measurementSystem() == QLocale::ImperialUSSystem
        ? ReceiptPaper::Letter
        : ReceiptPaper::A4;
    m_busy->start(tr("Writing %1…").arg(path), QString());
    updateButtons();
    auto written = std::make_shared<ReceiptOutputResult>();
    QThread *thread = QThread::create(
        [written, model = *m_receipt, paper, path] { *written = ReceiptPdf::writeFile(model, paper, path); });
    connect(thread, &QThread::finished, this, [this, written, refundId = m_receipt->refund().refundId] {
        outputDone(refundId, ReceiptChannel::Pdf, *written,
                   tr("The receipt was saved as %1.").arg(written->destination));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReceiptActions::sendToPrinter()
{
    const QString where = m_session.config().printer.escpos;
    if (!m_receipt || isBusy() || where.isEmpty())
        return;
    m_printing = m_receipt->refund().refundId;
    m_busy->start(tr("Printing on %1…").arg(where), QString());
    updateButtons();
    m_escPos->send(EscPosTarget::parse(where), EscPosReceipt::encode(*m_receipt));
}

void ReceiptActions::sendEmail()
{
    if (!m_receipt || !m_session.config().smtp || isBusy())
        return;
    const EmailAddress::Checked address = EmailAddress::check(m_email->text());
    if (!address.ok) {
        showStatus(address.message, false);
        m_email->setFocus();
        Q_EMIT finished(ReceiptChannel::Email, false, address.message);
        return;
    }
    if (!m_mailer) {
        m_mailer = new ReceiptMailer(*m_session.config().smtp, this);
        m_mailer->setPasswordStore(m_passwords);
        connect(m_mailer, &ReceiptMailer::progress, this, &ReceiptActions::onEmailProgress);
        connect(m_mailer, &ReceiptMailer::finished, this, &ReceiptActions::onEmailFinished);
    }
    m_mailLog = deliveryLog();
    m_mailer->setDeliveryLog(m_mailLog.get());
    showStatus(QString(), true);
    m_busy->start(tr("Sending the receipt to %1…").arg(address.address), tr("Cancel"));
    updateButtons();
    m_mailer->send(*m_receipt, address.address);
}

void ReceiptActions::onEmailProgress(const ReceiptEmailProgress &progress)
{
    if (progress.stage == ReceiptEmailProgress::Stage::WaitingToRetry) {
        m_busy->start(tr("Attempt %1 of %2 failed (%3). Trying again in %4 s…")
                          .arg(progress.attempt)
                          .arg(progress.maxAttempts)
                          .arg(progress.message)
                          .arg((progress.retryInMs + 999) / 1000),
                      tr("Cancel"));
    } else {
        m_busy->start(tr("Sending the receipt (attempt %1 of %2)…").arg(progress.attempt).arg(progress.maxAttempts),
                      tr("Cancel"));
    }
}

void ReceiptActions::onEmailFinished(const ReceiptEmailResult &result)
{
    m_busy->stop();
    switch (result.status) {
    case ReceiptEmailResult::Status::Sent:
        showStatus(tr("The receipt was sent to %1.").arg(result.recipient), true);
        break;
    case ReceiptEmailResult::Status::Cancelled:
        showStatus(tr("Not sent: cancelled. You can send it again."), false);
        break;
    default:
        showStatus(tr("Not sent: %1").arg(result.message), false);
        break;
    }
    updateButtons();
    Q_EMIT finished(ReceiptChannel::Email, result.ok(), statusText());
}

} // namespace RefundDesk
