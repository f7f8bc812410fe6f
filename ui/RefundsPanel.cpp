#include "RefundsPanel.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"
#include "Named.h"
#include "ReceiptActions.h"
#include "RefundsTableModel.h"
#include "reports/RefundCsv.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace RefundDesk {

namespace {

struct ExportResult
{
    bool ok = false;
    QString message;
};

QDateTime localMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace

RefundsPanel::RefundsPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RefundsTableModel(session, this))
    , m_period(named(new QComboBox(this), QStringLiteral("filterPeriod"), tr("Date range")))
    , m_from(named(new QDateEdit(this), QStringLiteral("filterFrom"), tr("From date")))
    , m_to(named(new QDateEdit(this), QStringLiteral("filterTo"), tr("To date")))
    , m_status(named(new QComboBox(this), QStringLiteral("filterStatus"), tr("Status")))
    , m_gateway(named(new QComboBox(this), QStringLiteral("filterGateway"), tr("Gateway")))
    , m_store(named(new QLineEdit(this), QStringLiteral("filterStore"), tr("Store")))
    , m_register(named(new QLineEdit(this), QStringLiteral("filterRegister"), tr("Register")))
    , m_employee(named(new QLineEdit(this), QStringLiteral("filterEmployee"), tr("Employee")))
    , m_export(named(new QPushButton(tr("E&xport CSV…"), this), QStringLiteral("exportCsv"),
                     tr("Export the refunds shown as CSV")))
    , m_count(named(new QLabel(this), QStringLiteral("refundCount"), tr("Number of refunds")))
    , m_table(named(new QTableView(this), QStringLiteral("refundsTable"), tr("Refunds")))
    , m_exportBusy(new BusyPanel(this))
    , m_exportMessage(named(new QLabel(this), QStringLiteral("exportMessage"), tr("Export result")))
    , m_receipt(named(new ReceiptActions(session, this), QStringLiteral("refundReceipt"),
                      tr("Receipt of the selected refund")))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    m_period->addItem(tr("All time"), static_cast<int>(Period::AllTime));
    m_period->addItem(tr("Today"), static_cast<int>(Period::Today));
    m_period->addItem(tr("Last 7 days"), static_cast<int>(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), static_cast<int>(Period::Last30Days));
    m_period->addItem(tr("From … to …"), static_cast<int>(Period::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setDisplayFormat(m_session.store().locale.dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_status->addItem(tr("Any status"), QStringList());
    m_status->addItem(tr("Open (submitting, pending, needs review)"),
                      QStringList {refundStatusKey(RefundStatus::Submitting), refundStatusKey(RefundStatus::Pending),
                                   refundStatusKey(RefundStatus::NeedsReview)});
    for (const RefundStatus status : {RefundStatus::Submitting, RefundStatus::Pending, RefundStatus::NeedsReview,
                                      RefundStatus::Succeeded, RefundStatus::Rejected, RefundStatus::Failed})
        m_status->addItem(refundStatusDisplayName(status), QStringList {refundStatusKey(status)});
    m_gateway->addItem(tr("Any gateway"), QString());
    for (const GatewayId gateway : {GatewayId::Pockyt, GatewayId::PwV3, GatewayId::SecPaid, GatewayId::PayNet})
        m_gateway->addItem(gatewayDisplayName(gateway), gatewayKey(gateway));
    m_store->setPlaceholderText(tr("any store"));
    m_register->setPlaceholderText(tr("any register"));
    m_employee->setPlaceholderText(tr("anyone"));
    for (QLineEdit *edit : {m_store, m_register, m_employee})
        edit->setClearButtonEnabled(true);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *caption = new QLabel(text, this);
        caption->setBuddy(buddy);
        return caption;
    };
    filters->addWidget(label(tr("&When:"), m_period), 0, 0);
    filters->addWidget(m_period, 0, 1);
    filters->addWidget(label(tr("F&rom:"), m_from), 0, 2);
    filters->addWidget(m_from, 0, 3);
    filters->addWidget(label(tr("&To:"), m_to), 0, 4);
    filters->addWidget(m_to, 0, 5);
    filters->addWidget(label(tr("&Status:"), m_status), 1, 0);
    filters->addWidget(m_status, 1, 1);
    filters->addWidget(label(tr("&Gateway:"), m_gateway), 1, 2);
    filters->addWidget(m_gateway, 1, 3);
    filters->addWidget(label(tr("&Employee:"), m_employee), 1, 4);
    filters->addWidget(m_employee, 1, 5);
    filters->addWidget(label(tr("St&ore:"), m_store), 2, 0);
    filters->addWidget(m_store, 2, 1);
    filters->addWidget(label(tr("Re&gister:"), m_register), 2, 2);
    filters->addWidget(m_register, 2, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RefundsTableModel::Message, QHeaderView::Stretch);
    for (const int column : {RefundsTableModel::Created, RefundsTableModel::Gateway, RefundsTableModel::Amount,
                             RefundsTableModel::Status, RefundsTableModel::Employee, RefundsTableModel::ApprovedBy})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(RefundsTableModel::RefundId, true);
    layout->addWidget(m_table, 1);
    auto *receiptCaption = new QLabel(tr("Receipt of the selected refund:"), this);
    receiptCaption->setBuddy(m_receipt->emailField());
    layout->addWidget(receiptCaption);
    layout->addWidget(m_receipt);
    layout->addWidget(m_exportBusy);
    m_exportMessage->setWordWrap(true);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportMessage);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250); // typing a name filters once, at the pause
    connect(&m_filterTimer, &QTimer::timeout, this, &RefundsPanel::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = static_cast<Period>(m_period->currentData().toInt()) == Period::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        applyFilter();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &RefundsPanel::applyFilter);
    for (QComboBox *combo : {m_status, m_gateway})
        connect(combo, &QComboBox::currentIndexChanged, this, &RefundsPanel::applyFilter);
    for (QLineEdit *edit : {m_store, m_register, m_employee})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_model, &RefundsTableModel::loaded, this, &RefundsPanel::updateCount);
    connect(m_model, &RefundsTableModel::failed, this,
            [this](const QString &message) { m_count->setText(tr("The refunds cannot be read: %1").arg(message)); });
    connect(m_export, &QPushButton::clicked, this, &RefundsPanel::chooseExportFile);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RefundsPanel::showContextMenu);
    // Enter or a double-click on a refund: its receipt's print preview, the usual reprint.
    connect(m_table, &QTableView::activated, this, [this] { runOnReceipt(ReceiptAction::Preview); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RefundsPanel::loadReceipt);
    // A new filter empties the table without a selectionChanged().
    connect(m_model, &QAbstractItemModel::modelReset, this, &RefundsPanel::loadReceipt);
    // The receipt follows its refund (a webhook settles it while it is selected).
    connect(&m_session, &DeskSession::refundChanged, this, [this](const QUuid &refundId) {
        if (!m_receiptRefund.isNull() && refundId == m_receiptRefund)
            loadReceipt();
    });
    connect(m_exportBusy, &BusyPanel::wayOutClicked, this, [this] {
        if (m_cancelExport)
            m_cancelExport->store(true);
    });
    applyFilter();
}

RefundsPanel::~RefundsPanel()
{
    if (m_cancelExport)
        m_cancelExport->store(true);
}

RefundFilter RefundsPanel::currentFilter() const
{
    RefundFilter filter;
    const QDate today = QDate::currentDate();
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::AllTime:
        break;
    case Period::Today:
        filter.from = localMidnight(today);
        break;
    case Period::Last7Days:
        filter.from = localMidnight(today.addDays(-6));
        break;
    case Period::Last30Days:
        filter.from = localMidnight(today.addDays(-29));
        break;
    case Period::Custom:
        filter.from = localMidnight(m_from->date());
        filter.to = localMidnight(m_to->date().addDays(1)); // the whole last day
        break;
    }
    for (const QString &key : m_status->currentData().toStringList()) {
        if (const auto status = refundStatusFromKey(key))
            filter.statuses.append(*status);
    }
    filter.gateway = gatewayFromKey(m_gateway->currentData().toString());
    filter.storeId = m_store->text().trimmed();
    filter.registerId = m_register->text().trimmed();
    filter.employee = m_employee->text().trimmed();
    return filter;
}

void RefundsPanel::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

void RefundsPanel::setCustomRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setPeriod(Period::Custom);
    applyFilter();
}

void RefundsPanel::setStatusFilter(int index)
{
    m_status->setCurrentIndex(index);
}

void RefundsPanel::setGatewayFilter(int index)
{
    m_gateway->setCurrentIndex(index);
}

void RefundsPanel::applyFilter()
{
    m_filterTimer.stop();
    m_count->setText(tr("Loading…"));
    m_model->setFilter(currentFilter());
}

void RefundsPanel::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0)
        return;
    m_count->setText(
        total == 0 ? tr("No refunds match.")
                   : tr("%n refund(s) match; %1 shown.", nullptr, static_cast<int>(total)).arg(m_model->rowCount()));
}

QUuid RefundsPanel::selectedRefund() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return m_model->refundAt(rows.constFirst().row()).refundId;
}

void RefundsPanel::loadReceipt()
{
    const QUuid id = selectedRefund();
    if (id != m_receiptRefund) {
        // An address typed for one customer is never used for another's receipt.
        m_receipt->emailField()->clear();
        m_pending = ReceiptAction::None;
        m_receiptRefund = id;
    }
    if (id.isNull()) {
        m_receipt->clearReceipt(tr("Select a refund to print its receipt again or email it."));
        return;
    }
    if (!m_receipt->receipt() || m_receipt->receipt()->refund().refundId != id)
        m_receipt->clearReceipt(tr("Reading the receipt…"));
    const StoreConfig store = m_session.store();
    m_session.ledger().query<LedgerValue<ReceiptModel>>(
        [id, store](LedgerWorker::Access &access) { return ReceiptModel::fromLedger(access.ledger, id, store); }, this,
        [this, id](const LedgerValue<ReceiptModel> &receipt) {
            if (id != m_receiptRefund)
                return;
            if (!receipt.ok()) {
                m_pending = ReceiptAction::None;
                m_receipt->clearReceipt(tr("The receipt cannot be read from the ledger: %1").arg(receipt.message()));
                return;
            }
            m_receipt->setReceipt(receipt.value());
            runOnReceipt(std::exchange(m_pending, ReceiptAction::None));
        });
}

void RefundsPanel::runOnReceipt(ReceiptAction action)
{
    const QUuid id = selectedRefund();
    if (action == ReceiptAction::None || id.isNull())
        return;
    if (!m_receipt->receipt() || m_receipt->receipt()->refund().refundId != id) {
        m_pending = action; // loadReceipt() runs it once the receipt is read
        return;
    }
    switch (action) {
    case ReceiptAction::Preview:
        m_receipt->preview();
        break;
    case ReceiptAction::SavePdf:
        m_receipt->chooseAndSavePdf();
        break;
    case ReceiptAction::ReceiptPrinter:
        m_receipt->sendToPrinter();
        break;
    case ReceiptAction::Email:
        m_receipt->emailField()->setFocus(Qt::OtherFocusReason);
        m_receipt->emailField()->selectAll();
        break;
    case ReceiptAction::None:
        break;
    }
}

void RefundsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const bool idle = !m_receipt->isBusy();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("refundMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto add = [this, menu, idle](const QString &text, ReceiptAction action, bool possible,
                                        const QString &whyNot) {
        QAction *added = menu->addAction(text, this, [this, action] { runOnReceipt(action); });
        added->setEnabled(idle && possible);
        if (!possible)
            added->setToolTip(whyNot);
    };
    add(tr("&Print receipt…"), ReceiptAction::Preview, true, QString());
    add(tr("Save receipt as P&DF…"), ReceiptAction::SavePdf, true, QString());
    add(tr("Print on the receipt pr&inter"), ReceiptAction::ReceiptPrinter,
        !m_session.config().printer.escpos.isEmpty(), tr("No receipt printer is set up."));
    add(tr("E&mail receipt…"), ReceiptAction::Email, m_session.config().smtp.has_value(),
        tr("No mail server is set up."));
    menu->setToolTipsVisible(true);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

QString RefundsPanel::countText() const
{
    return m_count->text();
}

void RefundsPanel::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("refunds-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export refunds as CSV"), folder + u'/' + name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool RefundsPanel::isExporting() const
{
    return m_exportBusy->isBusy();
}

QString RefundsPanel::exportMessage() const
{
    return m_exportMessage->text();
}

void RefundsPanel::exportCsv(const QString &path)
{
    if (isExporting())
        return;
    m_cancelExport = std::make_shared<std::atomic_bool>(false);
    m_export->setEnabled(false);
    m_exportMessage->clear();
    m_exportBusy->start(tr("Writing %1…").arg(path), tr("Cancel"));
    const RefundFilter filter = m_model->filter();
    m_session.ledger().query<ExportResult>(
        [filter, path, cancel = m_cancelExport](LedgerWorker::Access &access) {
            ExportResult result;
            const auto refunds = access.ledger.listRefunds(filter);
            if (!refunds.ok()) {
                result.message = tr("The refunds cannot be read: %1").arg(refunds.message());
                return result;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.message = tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
                return result;
            }
            QHash<qint64, QString> references;
            QString text = RefundCsv::header() + RefundCsv::lineEnd;
            for (const Refund &refund : refunds.value()) {
                if (cancel->load()) {
                    file.cancelWriting();
                    result.message = tr("Export cancelled; no file was written.");
                    return result;
                }
                if (!references.contains(refund.saleLedgerId)) {
                    const auto sale = access.ledger.saleById(refund.saleLedgerId);
                    references.insert(refund.saleLedgerId, sale.ok() ? sale.value().reference : QString());
                }
                text += RefundCsv::row(refund, references.value(refund.saleLedgerId)) + RefundCsv::lineEnd;
            }
            file.write(text.toUtf8());
            if (!file.commit()) {
                result.message = tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
                return result;
            }
            result.ok = true;
            result.message =
                tr("%n refund(s) written to %1.", nullptr, static_cast<int>(refunds.value().size())).arg(path);
            return result;
        },
        this,
        [this](const ExportResult &result) {
            m_exportBusy->stop();
            m_export->setEnabled(true);
            DisplayFormat::showMessage(m_exportMessage, result.message, !result.ok);
            Q_EMIT exportFinished(result.ok, result.message);
        });
}

} // namespace RefundDesk
