#include "BackOfficePage.h"

#include "AuditTrailPanel.h"
#include "NeedsReviewPanel.h"
#include "ReconciliationPanel.h"
#include "RefundsPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace RefundDesk {

BackOfficePage::BackOfficePage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_refunds(new RefundsPanel(session, m_tabs))
    , m_review(new NeedsReviewPanel(session, m_tabs))
    , m_audit(new AuditTrailPanel(session, m_tabs))
    , m_reconciliation(new ReconciliationPanel(session, m_tabs))
{
    setObjectName(QStringLiteral("backOfficePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("backOfficeTabs"));
    m_tabs->setAccessibleName(tr("Back office"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_refunds, tr("&Refunds"));
    m_tabs->addTab(m_review, tr("Needs re&view"));
    m_tabs->addTab(m_audit, tr("&Audit trail"));
    m_tabs->addTab(m_reconciliation, tr("Reco&nciliation"));
    layout->addWidget(m_tabs);
    connect(m_review, &NeedsReviewPanel::countChanged, this, [this](qint64 count) {
        m_tabs->setTabText(static_cast<int>(Tab::NeedsReview),
                           count > 0 ? tr("Needs re&view (%1)").arg(count) : tr("Needs re&view"));
    });
}

void BackOfficePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

} // namespace RefundDesk
