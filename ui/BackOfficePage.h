#pragma once

#include <QWidget>

class QTabWidget;

namespace RefundDesk {

class AuditTrailPanel;
class DeskSession;
class NeedsReviewPanel;
class ReconciliationPanel;
class RefundsPanel;

// The back office: the refunds table with its filters and CSV export, the needs-review
// queue (its tab shows how many wait), the audit trail with "Verify chain", and the
// reconciliation of a gateway's report against the ledger.
class BackOfficePage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Refunds, NeedsReview, AuditTrail, Reconciliation };

    explicit BackOfficePage(DeskSession &session, QWidget *parent = nullptr);

    RefundsPanel *refunds() const { return m_refunds; }
    NeedsReviewPanel *needsReview() const { return m_review; }
    AuditTrailPanel *auditTrail() const { return m_audit; }
    ReconciliationPanel *reconciliation() const { return m_reconciliation; }
    void showTab(Tab tab);

private:
    QTabWidget *m_tabs;
    RefundsPanel *m_refunds;
    NeedsReviewPanel *m_review;
    AuditTrailPanel *m_audit;
    ReconciliationPanel *m_reconciliation;
};

} // namespace RefundDesk
