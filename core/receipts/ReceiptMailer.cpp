#include "ReceiptMailer.h"

#include "EmailAddress.h"
#include "ReceiptDeliveryLog.h"
#include "ReceiptPaper.h"
#include "ReceiptPdf.h"
#include "ReceiptText.h"
#include "SmtpPasswordStore.h"

#include <QThread>

#include <algorithm>

namespace RefundDesk {

int EmailRetryPolicy::delayBeforeAttempt(int attempt) const
{
    qint64 delay = firstDelayMs;
    for (int i = 2; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, maxDelayMs));
}

ReceiptMailer::ReceiptMailer(const SmtpConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ReceiptMailer::attempt);
}

ReceiptMailer::~ReceiptMailer()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString ReceiptMailer::subject(const ReceiptModel &model)
{
    return tr("Your refund of %1 from %2").arg(model.refundAmountText(), model.storeName());
}

EmailMessage ReceiptMailer::compose(const ReceiptModel &model, const QByteArray &pdf, const SmtpConfig &config,
                                    const QString &recipient)
{
    EmailMessage message;
    message.fromAddress = config.from;
    message.fromName = config.fromName.isEmpty() ? model.storeName() : config.fromName;
    message.toAddress = recipient;
    message.subject = subject(model);
    message.textBody = ReceiptText::plainText(model);
    message.htmlBody = ReceiptText::html(model);
    message.attachments.append({ReceiptPdf::fileName(model), QByteArrayLiteral("application/pdf"), pdf});
    return message;
}

void ReceiptMailer::send(const ReceiptModel &model, const QString &recipient)
{
    if (m_busy) {
        ReceiptEmailResult busy;
        busy.status = ReceiptEmailResult::Status::Failed;
        busy.message = tr("A receipt is still being sent; try again when it is done.");
        busy.recipient = recipient;
        Q_EMIT finished(busy);
        return;
    }
    const EmailAddress::Checked to = EmailAddress::check(recipient);
    if (!to.ok) {
        ReceiptEmailResult invalid;
        invalid.status = ReceiptEmailResult::Status::InvalidAddress;
        invalid.message = to.message;
        invalid.recipient = recipient;
        Q_EMIT finished(invalid);
        return;
    }
    m_busy = true;
    m_cancel = false;
    m_attempt = 0;
    m_refundId = model.refund().refundId;
    m_message = compose(model, ReceiptPdf::render(model, ReceiptPaper::A4), m_config, to.address);

    if (m_config.host.isEmpty() || !EmailAddress::isValid(m_config.from)) {
        finish(ReceiptEmailResult::Status::NotConfigured,
               tr("Email is not set up: [smtp] needs a host and a valid from address."));
        return;
    }
    if (m_config.user.isEmpty()) {
        start(QString());
    } else if (!m_config.password.isEmpty()) {
        const SecretValue::Resolved password = m_config.password.resolve();
        if (!password.ok) {
            finish(ReceiptEmailResult::Status::NotConfigured,
                   tr("The mail password ([smtp] password) cannot be read: %1").arg(password.message));
            return;
        }
        start(password.value);
    } else if (m_passwordStore) {
        m_passwordConnection = connect(m_passwordStore, &SmtpPasswordStore::readFinished, this,
                                       [this](const SmtpPasswordStore::Result &result) {
                                           disconnect(m_passwordConnection);
                                           if (!m_busy)
                                               return;
                                           if (!result.ok)
                                               finish(ReceiptEmailResult::Status::NotConfigured, result.message);
                                           else
                                               start(result.password);
                                       });
        m_passwordStore->read(m_config.user, m_config.host);
    } else {
        finish(ReceiptEmailResult::Status::NotConfigured,
               tr("No mail password is configured for %1: set [smtp] password or store it in the keychain.")
                   .arg(m_config.user));
    }
}

void ReceiptMailer::start(const QString &password)
{
    m_password = password;
    attempt();
}

void ReceiptMailer::attempt()
{
    ++m_attempt;
    ReceiptEmailProgress sending;
    sending.attempt = m_attempt;
    sending.maxAttempts = m_policy.maxAttempts;
    Q_EMIT progress(sending);

    const SmtpConfig config = m_config;
    const QString password = m_password;
    const EmailMessage message = m_message;
    const int attemptNumber = m_attempt;
    const int maxAttempts = m_policy.maxAttempts;
    // The thread only touches the copies above and m_cancel; ~ReceiptMailer waits for it.
    m_thread = QThread::create([this, config, password, message, attemptNumber, maxAttempts] {
        qint64 lastSent = -1;
        const SmtpClient::Progress onProgress = [this, &lastSent, attemptNumber, maxAttempts](qint64 sent,
                                                                                              qint64 total) {
            if (sent == lastSent)
                return;
            lastSent = sent;
            ReceiptEmailProgress update;
            update.attempt = attemptNumber;
            update.maxAttempts = maxAttempts;
            update.bytesSent = sent;
            update.bytesTotal = total;
            QMetaObject::invokeMethod(
                this, [this, update] { Q_EMIT progress(update); }, Qt::QueuedConnection);
        };
        const SmtpResult result = SmtpClient::send(config, password, message, onProgress, m_cancel);
        QMetaObject::invokeMethod(
            this, [this, result] { attemptDone(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ReceiptMailer::attemptDone(const SmtpResult &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!m_busy)
        return;
    if (result.ok()) {
        record(ReceiptDelivery::Outcome::Delivered, QString());
        finish(ReceiptEmailResult::Status::Sent, QString());
        return;
    }
    if (result.status == SmtpResult::Status::Cancelled || m_cancel) {
        record(ReceiptDelivery::Outcome::Failed, tr("Cancelled."));
        finish(ReceiptEmailResult::Status::Cancelled, tr("Sending the receipt was cancelled."));
        return;
    }
    if (m_attempt >= m_policy.maxAttempts) {
        record(ReceiptDelivery::Outcome::Failed, result.message);
        finish(ReceiptEmailResult::Status::Failed,
               tr("The receipt could not be sent to %1 after %n attempt(s): %2", nullptr, m_attempt)
                   .arg(m_message.toAddress, result.message));
        return;
    }
    record(ReceiptDelivery::Outcome::WillRetry, result.message);
    ReceiptEmailProgress waiting;
    waiting.stage = ReceiptEmailProgress::Stage::WaitingToRetry;
    waiting.attempt = m_attempt;
    waiting.maxAttempts = m_policy.maxAttempts;
    waiting.retryInMs = m_policy.delayBeforeAttempt(m_attempt + 1);
    waiting.message = result.message;
    Q_EMIT progress(waiting);
    m_retryTimer.start(waiting.retryInMs);
}

void ReceiptMailer::cancel()
{
    if (!m_busy)
        return;
    m_cancel = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        record(ReceiptDelivery::Outcome::Failed, tr("Cancelled."));
        finish(ReceiptEmailResult::Status::Cancelled, tr("Sending the receipt was cancelled."));
    }
    // A running attempt notices m_cancel and ends in attemptDone().
}

void ReceiptMailer::record(ReceiptDelivery::Outcome outcome, const QString &message)
{
    if (!m_log)
        return;
    ReceiptDelivery delivery;
    delivery.refundId = m_refundId;
    delivery.channel = ReceiptChannel::Email;
    delivery.destination = m_message.toAddress;
    delivery.attempt = m_attempt;
    delivery.outcome = outcome;
    delivery.message = message;
    delivery.at = QDateTime::currentDateTimeUtc();
    const ReceiptDeliveryLog::Result recorded = m_log->record(delivery);
    if (!recorded.ok)
        qWarning("Receipt delivery for %s not recorded: %s", qPrintable(m_refundId.toString(QUuid::WithoutBraces)),
                 qPrintable(recorded.message));
}

void ReceiptMailer::finish(ReceiptEmailResult::Status status, const QString &message)
{
    // A receipt that was never handed to the server is recorded as failed too, so it can be
    // sent again once the configuration is fixed.
    if (status == ReceiptEmailResult::Status::NotConfigured)
        record(ReceiptDelivery::Outcome::Failed, message);
    m_busy = false;
    m_password.clear();
    ReceiptEmailResult result;
    result.status = status;
    result.message = message;
    result.recipient = m_message.toAddress;
    result.attempts = m_attempt;
    Q_EMIT finished(result);
}

} // namespace RefundDesk
