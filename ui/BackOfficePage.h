#pragma once

#include <QWidget>

class QTabWidget;

namespace RefundDesk {

class AuditTrailPanel;
class DeskSession;
class NeedsReviewPanel;
class RefundsPanel;

// The back office: the refunds table with its filters and CSV export, the needs-review
// queue (its tab shows how many wait), and the audit trail with "Verify chain".
class BackOfficePage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Refunds, NeedsReview, AuditTrail };

    explicit BackOfficePage(DeskSession &session, QWidget *parent = nullptr);

    RefundsPanel *refunds() const { return m_refunds; }
    NeedsReviewPanel *needsReview() const { return m_review; }
    AuditTrailPanel *auditTrail() const { return m_audit; }
    void showTab(Tab tab);

private:
    QTabWidget *m_tabs;
    RefundsPanel *m_refunds;
    NeedsReviewPanel *m_review;
    AuditTrailPanel *m_audit;
};

} // namespace RefundDesk
