#include "ReconciliationPanel.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"
#include "Named.h"
#include "ReconcileTableModel.h"
#include "engine/RefundEngine.h"
#include "reconcile/ReconcileCsv.h"
#include "reconcile/Reconciler.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

struct ExportResult
{
    bool ok = false;
    QString message;
};

} // namespace

ReconciliationPanel::ReconciliationPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReconcileTableModel(session.store().locale, this))
    , m_gateway(named(new QComboBox(this), QStringLiteral("reconcileGateway"), tr("Gateway of the report")))
    , m_file(named(new QLineEdit(this), QStringLiteral("reconcileFile"), tr("Report file")))
    , m_choose(
          named(new QPushButton(tr("C&hoose…"), this), QStringLiteral("reconcileChoose"), tr("Choose the report file")))
    , m_run(named(new QPushButton(tr("Re&concile"), this), QStringLiteral("reconcileRun"),
                  tr("Reconcile the report with the ledger")))
    , m_progress(named(new QProgressBar(this), QStringLiteral("reconcileProgress"), tr("Reconciliation progress")))
    , m_busy(new BusyPanel(this))
    , m_summary(named(new QLabel(this), QStringLiteral("reconcileSummary"), tr("Reconciliation summary")))
    , m_category(named(new QComboBox(this), QStringLiteral("reconcileCategory"), tr("Show")))
    , m_table(named(new QTableView(this), QStringLiteral("reconcileTable"), tr("Reconciliation results")))
    , m_daily(named(new QTableWidget(this), QStringLiteral("reconcileDaily"), tr("Daily summary")))
    , m_export(named(new QPushButton(tr("E&xport CSV…"), this), QStringLiteral("reconcileExport"),
                     tr("Export the reconciliation as CSV")))
    , m_resolve(named(new QPushButton(tr("Close the revie&w…"), this), QStringLiteral("reconcileResolve"),
                      tr("Close the selected review as the report says")))
    , m_confirmBar(new QWidget(this))
    , m_confirmText(named(new QLabel(m_confirmBar), QStringLiteral("reconcileConfirmText"), tr("What will happen")))
    , m_confirm(named(new QPushButton(tr("C&onfirm"), m_confirmBar), QStringLiteral("reconcileConfirm"),
                      tr("Confirm closing the review")))
    , m_cancelConfirm(named(new QPushButton(tr("Cancel"), m_confirmBar), QStringLiteral("reconcileConfirmCancel"),
                            tr("Do not close the review")))
    , m_message(named(new QLabel(this), QStringLiteral("reconcileMessage"), tr("Reconciliation message")))
{
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("Import a gateway's settlement or refund report (CSV) to check it against the "
                                  "ledger. The columns each gateway's report needs are in the manual "
                                  "(reconciliation)."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto *bar = new QHBoxLayout;
    for (const GatewayId id : {GatewayId::Pockyt, GatewayId::PwV3, GatewayId::SecPaid, GatewayId::PayNet})
        m_gateway->addItem(gatewayDisplayName(id), static_cast<int>(id));
    auto *gatewayLabel = new QLabel(tr("&Gateway:"), this);
    gatewayLabel->setBuddy(m_gateway);
    auto *fileLabel = new QLabel(tr("&Report:"), this);
    fileLabel->setBuddy(m_file);
    m_file->setPlaceholderText(tr("e.g. paynet-2025-03-01.csv"));
    bar->addWidget(gatewayLabel);
    bar->addWidget(m_gateway);
    bar->addWidget(fileLabel);
    bar->addWidget(m_file, 1);
    bar->addWidget(m_choose);
    bar->addWidget(m_run);
    layout->addLayout(bar);
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_busy);

    auto *filterBar = new QHBoxLayout;
    m_summary->setWordWrap(true);
    auto *categoryLabel = new QLabel(tr("&Show:"), this);
    categoryLabel->setBuddy(m_category);
    filterBar->addWidget(m_summary, 1);
    filterBar->addWidget(categoryLabel);
    filterBar->addWidget(m_category);
    filterBar->addWidget(m_export);
    layout->addLayout(filterBar);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column = ReconcileTableModel::Line; column < ReconcileTableModel::Note; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);

    m_daily->setColumnCount(6);
    m_daily->setHorizontalHeaderLabels({tr("Day"), tr("Currency"), tr("Ledger refunds"), tr("Ledger total"),
                                        tr("Report refunds"), tr("Report total")});
    m_daily->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_daily->verticalHeader()->hide();
    m_daily->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_daily, 1);

    auto *resolveBar = new QHBoxLayout;
    resolveBar->addWidget(m_resolve);
    auto *confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_cancelConfirm);
    m_confirmBar->hide();
    resolveBar->addWidget(m_confirmBar, 1);
    layout->addLayout(resolveBar);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_choose, &QPushButton::clicked, this, &ReconciliationPanel::chooseFile);
    connect(m_run, &QPushButton::clicked, this,
            [this] { reconcile(static_cast<GatewayId>(m_gateway->currentData().toInt()), m_file->text().trimmed()); });
    connect(m_file, &QLineEdit::textChanged, this, &ReconciliationPanel::updateButtons);
    connect(m_busy, &BusyPanel::wayOutClicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        const int value = m_category->currentData().toInt();
        m_model->setCategory(value < 0 ? std::nullopt : std::optional(static_cast<ReconcileCategory>(value)));
    });
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPanel::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_confirmBar->hide();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReconciliationPanel::updateButtons);
    connect(&m_session, &DeskSession::userChanged, this, &ReconciliationPanel::updateButtons);
    connect(m_resolve, &QPushButton::clicked, this, &ReconciliationPanel::askToResolve);
    connect(m_confirm, &QPushButton::clicked, this, &ReconciliationPanel::resolveSelected);
    connect(m_cancelConfirm, &QPushButton::clicked, this, [this] {
        m_confirmBar->hide();
        updateButtons();
    });
    showResult();
    updateButtons();
}

ReconciliationPanel::~ReconciliationPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ReconciliationPanel::isWorking() const
{
    return m_busy->isBusy();
}

void ReconciliationPanel::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open the gateway's report"), folder,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ReconciliationPanel::reconcile(GatewayId gateway, const QString &path)
{
    if (isWorking() || path.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto percent = std::make_shared<std::atomic_int>(0);
    m_confirmBar->hide();
    setMessage(QString(), false);
    m_progress->setValue(0);
    m_progress->show();
    m_busy->start(tr("Reconciling %1 with the ledger…").arg(QFileInfo(path).fileName()), tr("Cancel"));
    updateButtons();
    // The worker only writes a number; the UI thread reads it, so no call reaches a panel that is gone.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, percent] { m_progress->setValue(percent->load()); });
    poll->start(100);
    m_session.ledger().query<ReconcileResult>(
        [gateway, path, cancel = m_cancel, percent](LedgerWorker::Access &access) {
            return Reconciler::reconcileFile(access.ledger, gateway, path, [&](int done, int total) {
                percent->store(total > 0 ? done * 100 / total : 100);
                return !cancel->load();
            });
        },
        this,
        [this, poll, percent](const ReconcileResult &result) {
            poll->deleteLater();
            m_progress->setValue(percent->load());
            m_busy->stop();
            m_progress->hide();
            if (result.ok()) {
                m_model->setResult(result);
                showResult();
                setMessage(QString(), false);
            } else {
                setMessage(result.message, result.status != ReconcileResult::Status::Cancelled);
            }
            updateButtons();
            Q_EMIT reconciled(result.ok(), result.ok() ? summary() : result.message);
        });
}

void ReconciliationPanel::showResult()
{
    const ReconcileResult &result = m_model->result();
    const bool any = !result.fileName.isEmpty();
    m_category->clear();
    m_category->addItem(tr("Everything (%1)").arg(result.entries.size()), -1);
    for (const ReconcileCategory category : allReconcileCategories()) {
        m_category->addItem(
            QStringLiteral("%1 (%2)").arg(reconcileCategoryDisplayName(category)).arg(result.count(category)),
            static_cast<int>(category));
    }
    const int current = m_model->category() ? m_category->findData(static_cast<int>(*m_model->category())) : 0;
    m_category->setCurrentIndex(current);
    if (!any) {
        m_summary->setText(tr("No report reconciled yet."));
    } else {
        m_summary->setText(tr("%1 report %2 (%3 to %4): %5 matched, %6 to look at; %7 review(s) the report settles.")
                               .arg(gatewayDisplayName(result.gateway), result.fileName,
                                    QLocale(m_session.store().locale).toString(result.firstDay, QLocale::ShortFormat),
                                    QLocale(m_session.store().locale).toString(result.lastDay, QLocale::ShortFormat))
                               .arg(result.count(ReconcileCategory::Matched))
                               .arg(result.entries.size() - result.count(ReconcileCategory::Matched))
                               .arg(result.resolvableCount()));
    }

    m_daily->setRowCount(static_cast<int>(result.daily.size()));
    const QLocale &locale = m_session.store().locale;
    for (int row = 0; row < result.daily.size(); ++row) {
        const DailyTotal &total = result.daily.at(row);
        const QStringList cells {locale.toString(total.day, QLocale::ShortFormat),
                                 total.currency.code(),
                                 locale.toString(total.ledgerCount),
                                 DisplayFormat::money(total.ledgerTotal(), locale),
                                 locale.toString(total.reportCount),
                                 DisplayFormat::money(total.reportTotal(), locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!total.agrees())
                item->setForeground(DisplayFormat::warningColor(palette()));
            m_daily->setItem(row, column, item);
        }
    }
    m_daily->resizeColumnsToContents();
}

void ReconciliationPanel::showCategory(std::optional<ReconcileCategory> category)
{
    m_model->setCategory(category);
    m_category->setCurrentIndex(category ? m_category->findData(static_cast<int>(*category)) : 0);
}

void ReconciliationPanel::updateButtons()
{
    const bool busy = isWorking() || m_closing;
    m_run->setEnabled(!busy && !m_file->text().trimmed().isEmpty());
    m_choose->setEnabled(!busy);
    m_export->setEnabled(!busy && !m_model->result().fileName.isEmpty());
    QString why;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (m_session.user().role != Role::BackOffice) {
        why = tr("Only back-office staff close reviews; %1 is signed in as %2.")
                  .arg(m_session.user().name, roleDisplayName(m_session.user().role));
    } else if (selected.isEmpty() || !m_model->entryAt(selected.constFirst().row()).resolution) {
        why = tr("Pick a row whose refund needs review and that the report settles.");
    }
    m_resolve->setEnabled(!busy && why.isEmpty());
    m_resolve->setToolTip(why);
}

void ReconciliationPanel::askToResolve()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const ReconcileEntry &entry = m_model->entryAt(selected.constFirst().row());
    if (!entry.resolution || !entry.refund)
        return;
    m_confirmText->setText(
        tr("Close the review of the refund of %1 (%2) as %3? The audit trail records it under your name with: %4")
            .arg(DisplayFormat::money(entry.refund->amount, m_session.store().locale), entry.refund->transactionId,
                 refundStatusDisplayName(*entry.resolution), Reconciler::reviewNote(m_model->result(), entry)));
    m_confirmBar->show();
    m_confirm->setFocus();
}

void ReconciliationPanel::resolveSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_confirmBar->hide();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst().row();
    const ReconcileEntry &entry = m_model->entryAt(row);
    if (!entry.resolution || !entry.refund)
        return;
    RefundReview review;
    review.refundId = entry.refund->refundId;
    review.resolution = *entry.resolution;
    review.note = Reconciler::reviewNote(m_model->result(), entry);
    review.reviewer = m_session.user().actor();
    m_closing = true;
    updateButtons();
    m_session.engine().review(review, this, [this, row, review](const RefundOutcome &outcome) {
        m_closing = false;
        const bool ok = outcome.status == RefundOutcome::Status::Recorded;
        if (ok && row < m_model->rowCount() && m_model->entryAt(row).refund
            && m_model->entryAt(row).refund->refundId == review.refundId)
            m_model->markResolved(row, outcome.refund);
        const QString text = ok
            ? tr("Review closed as %1: %2.").arg(refundStatusDisplayName(outcome.refund.status), review.note)
            : tr("Not closed: %1").arg(outcome.message);
        setMessage(text, !ok);
        updateButtons();
        Q_EMIT reviewClosed(ok, text);
    });
}

void ReconciliationPanel::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("reconciliation-%1").arg(QFileInfo(m_model->result().fileName).completeBaseName());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the reconciliation as CSV"),
                                     folder + u'/' + name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReconciliationPanel::exportCsv(const QString &path)
{
    const QString text = ReconcileCsv::document(m_model->result());
    const qsizetype count = m_model->result().entries.size();
    m_export->setEnabled(false);
    m_session.ledger().query<ExportResult>(
        [text, path, count](LedgerWorker::Access &) {
            ExportResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
                result.message = tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
                return result;
            }
            result.ok = true;
            result.message = tr("%n row(s) written to %1.", nullptr, static_cast<int>(count)).arg(path);
            return result;
        },
        this,
        [this](const ExportResult &result) {
            setMessage(result.message, !result.ok);
            updateButtons();
            Q_EMIT exportFinished(result.ok, result.message);
        });
}

void ReconciliationPanel::setMessage(const QString &text, bool problem)
{
    DisplayFormat::showMessage(m_message, text, problem);
}

QString ReconciliationPanel::summary() const
{
    return m_summary->text();
}

QString ReconciliationPanel::message() const
{
    return m_message->text();
}

} // namespace RefundDesk
