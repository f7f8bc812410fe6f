#include "AuditTrailPanel.h"

#include "AuditTableModel.h"
#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {

AuditTrailPanel::AuditTrailPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditTableModel(session, this))
    , m_table(new QTableView(this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_count(new QLabel(this))
    , m_busy(new BusyPanel(this))
    , m_result(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("auditCount"));
    bar->addWidget(m_count, 1);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setAccessibleName(tr("Verify the audit chain"));
    bar->addWidget(m_verify);
    layout->addLayout(bar);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    for (const int column :
         {AuditTableModel::Seq, AuditTableModel::At, AuditTableModel::Store, AuditTableModel::Register})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busy);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setAccessibleName(tr("Audit chain check"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_verify, &QPushButton::clicked, this, &AuditTrailPanel::verifyChain);
    connect(m_busy, &BusyPanel::wayOutClicked, this, [this] {
        ++m_generation;
        m_busy->stop();
        m_verify->setEnabled(true);
        m_result->setText(tr("Check stopped; the chain was not judged."));
    });
    connect(m_model, &AuditTableModel::loaded, this, [this] {
        m_count->setText(tr("%n row(s) in the audit trail", nullptr, static_cast<int>(m_model->totalCount())));
    });
    // New rows come with every refund change; they become fetchable at the end.
    connect(&m_session, &DeskSession::refundChanged, m_model, &AuditTableModel::refresh);
    connect(&m_session, &DeskSession::ledgerReloadNeeded, m_model, &AuditTableModel::refresh);
    m_model->reload();
}

bool AuditTrailPanel::isVerifying() const
{
    return m_busy->isBusy();
}

QString AuditTrailPanel::verifyResult() const
{
    return m_result->text();
}

void AuditTrailPanel::verifyChain()
{
    if (isVerifying())
        return;
    const int generation = ++m_generation;
    m_verify->setEnabled(false);
    m_result->clear();
    m_busy->start(tr("Checking every row's hash…"), tr("Cancel"));
    m_session.ledger().query<LedgerValue<AuditCheck>>(
        [](LedgerWorker::Access &access) { return access.ledger.verifyAuditChain(); }, this,
        [this, generation](const LedgerValue<AuditCheck> &check) {
            if (generation != m_generation)
                return;
            m_busy->stop();
            m_verify->setEnabled(true);
            QPalette palette = m_result->palette();
            if (!check.ok()) {
                m_result->setText(tr("The chain cannot be checked: %1").arg(check.message()));
                palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
                m_result->setPalette(palette);
                Q_EMIT verified(false);
                return;
            }
            const AuditCheck &result = check.value();
            if (result.intact) {
                m_result->setText(tr("The chain is intact: all %n row(s) match their hashes.", nullptr,
                                     static_cast<int>(result.rowCount)));
                palette.setColor(QPalette::WindowText,
                                 DisplayFormat::statusColor(RefundStatus::Succeeded, this->palette()));
            } else {
                m_result->setText(tr("The chain is broken at row %1: %2 Rows before it match; keep a copy of the "
                                     "ledger and tell whoever looks after RefundDesk.")
                                      .arg(result.firstBadSeq)
                                      .arg(result.problem));
                palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
                if (const int row = m_model->rowOfSeq(result.firstBadSeq); row >= 0)
                    m_table->selectRow(row);
            }
            m_result->setPalette(palette);
            Q_EMIT verified(result.intact);
        });
}

} // namespace RefundDesk
