#pragma once

#include "engine/RefundEvaluation.h"
#include "engine/RefundOutcome.h"
#include "engine/RefundSubmission.h"
#include "engine/SaleView.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace RefundDesk {

class DeskSession;
class MoneyValidator;

// How much to refund and why: Full or Partial, the amount (checked as it is typed, in the
// store's locale and the sale's currency), a reason, and a manager's PIN when the store's
// policy asks for one. The Refund button is enabled only when the engine's policy allows
// the refund (RefundEngine::evaluate, asked again after every change); otherwise it stays
// disabled and the label next to it, and its tooltip, say why.
//
// Keyboard: the amount is focused with everything that is left filled in and selected; Enter
// refunds, or moves to the manager's PIN when one is needed; Enter in the PIN refunds. An
// Enter pressed while the policy is still being asked waits for its answer.
class RefundPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RefundPanel(DeskSession &session, QWidget *parent = nullptr);

    void setSale(const SaleView &view);
    void focusAmount();
    // While the refund runs: nothing can be changed.
    void setBusy(bool busy);
    // The engine refused (wrong PIN, policy): says why; a PIN is cleared and asked again.
    void showRefusal(const RefundOutcome &outcome);

    bool canRefund() const;
    QString blockedReason() const;
    bool approvalVisible() const;

Q_SIGNALS:
    void refundRequested(const RefundDesk::RefundSubmission &submission);

private:
    enum class Check { Waiting, Allowed, Blocked };

    void onAmountEdited(const QString &text);
    void onFullToggled(bool full);
    void changed();
    void evaluate();
    void applyEvaluation(const RefundEvaluation &evaluation);
    void setState(Check check, const QString &why);
    void updateButton();
    void onEnter();
    void submit();
    void loadManagers();
    RefundSubmission submission(bool withPin) const;
    std::optional<Money> typedAmount(QString *problem) const;

    DeskSession &m_session;
    SaleView m_view;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    QButtonGroup *m_kind;
    QLineEdit *m_amount;
    QLabel *m_currency;
    MoneyValidator *m_validator;
    QComboBox *m_reason;
    QGroupBox *m_approval;
    QLabel *m_approvalHint;
    QComboBox *m_manager;
    QLineEdit *m_pin;
    QPushButton *m_refund;
    QLabel *m_why;

    QTimer m_evaluateTimer;
    int m_generation = 0; // answers to older questions are ignored
    Check m_check = Check::Blocked;
    QString m_reasonText;
    bool m_approvalNeeded = false;
    bool m_submitWhenAllowed = false;
    bool m_busy = false;
    QStringList m_managers;
};

} // namespace RefundDesk
