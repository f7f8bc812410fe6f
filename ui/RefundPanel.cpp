#include "RefundPanel.h"

#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"
#include "MoneyValidator.h"
#include "engine/RefundEngine.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

constexpr int kEvaluateDelayMs = 120; // one question per pause in typing, not per keystroke
constexpr qsizetype kMinPinLength = 4;

} // namespace

RefundPanel::RefundPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_full(new QRadioButton(tr("&Full (everything left)"), this))
    , m_partial(new QRadioButton(tr("&Partial"), this))
    , m_kind(new QButtonGroup(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLabel(this))
    , m_validator(new MoneyValidator(session.store().currency, session.store().locale, this))
    , m_reason(new QComboBox(this))
    , m_approval(new QGroupBox(tr("Manager's approval"), this))
    , m_approvalHint(new QLabel(m_approval))
    , m_manager(new QComboBox(m_approval))
    , m_pin(new QLineEdit(m_approval))
    , m_refund(new QPushButton(tr("&Refund"), this))
    , m_why(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_full->setObjectName(QStringLiteral("refundFull"));
    m_full->setAccessibleName(tr("Full refund of everything left"));
    m_partial->setObjectName(QStringLiteral("refundPartial"));
    m_partial->setAccessibleName(tr("Partial refund"));
    m_kind->addButton(m_full);
    m_kind->addButton(m_partial);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_full);
    kindRow->addWidget(m_partial);
    kindRow->addStretch(1);
    layout->addLayout(kindRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAccessibleName(tr("Amount to refund"));
    m_amount->setValidator(m_validator);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_amount->setFont(big);
    m_currency->setObjectName(QStringLiteral("refundCurrency"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);

    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setAccessibleName(tr("Reason for the refund"));
    m_reason->addItems({tr("Returned goods"), tr("Damaged or faulty"), tr("Wrong item or size"), tr("Price adjustment"),
                        tr("Charged twice"), tr("Customer changed their mind"), tr("Other")});
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);

    m_approval->setObjectName(QStringLiteral("approvalBox"));
    auto *approvalForm = new QFormLayout(m_approval);
    m_approvalHint->setObjectName(QStringLiteral("approvalHint"));
    m_approvalHint->setWordWrap(true);
    approvalForm->addRow(m_approvalHint);
    m_manager->setObjectName(QStringLiteral("approvalManager"));
    m_manager->setAccessibleName(tr("Approving manager"));
    m_pin->setObjectName(QStringLiteral("approvalPin"));
    m_pin->setAccessibleName(tr("Manager's PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_pin));
    m_pin->setPlaceholderText(tr("4 to 12 digits"));
    auto *managerLabel = new QLabel(tr("&Manager:"), m_approval);
    managerLabel->setBuddy(m_manager);
    auto *pinLabel = new QLabel(tr("P&IN:"), m_approval);
    pinLabel->setBuddy(m_pin);
    approvalForm->addRow(managerLabel, m_manager);
    approvalForm->addRow(pinLabel, m_pin);
    m_approval->hide();
    layout->addWidget(m_approval);

    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setAccessibleName(tr("Refund"));
    m_refund->setMinimumHeight(m_refund->sizeHint().height() * 3 / 2);
    layout->addWidget(m_refund);
    m_why->setObjectName(QStringLiteral("refundWhy"));
    m_why->setAccessibleName(tr("Why the refund cannot go ahead"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);
    layout->addStretch(1);

    m_evaluateTimer.setSingleShot(true);
    m_evaluateTimer.setInterval(kEvaluateDelayMs);
    connect(&m_evaluateTimer, &QTimer::timeout, this, &RefundPanel::evaluate);
    connect(m_amount, &QLineEdit::textEdited, this, &RefundPanel::onAmountEdited);
    connect(m_amount, &QLineEdit::returnPressed, this, &RefundPanel::onEnter);
    connect(m_full, &QRadioButton::toggled, this, &RefundPanel::onFullToggled);
    connect(m_partial, &QRadioButton::clicked, this, [this] {
        m_amount->setFocus();
        m_amount->selectAll();
    });
    connect(m_manager, &QComboBox::currentIndexChanged, this, &RefundPanel::changed);
    connect(m_pin, &QLineEdit::textEdited, this, [this] {
        m_reasonText.clear();
        updateButton();
    });
    connect(m_pin, &QLineEdit::returnPressed, this, &RefundPanel::onEnter);
    connect(m_refund, &QPushButton::clicked, this, &RefundPanel::submit);
    connect(&m_session, &DeskSession::userChanged, this, &RefundPanel::loadManagers);
    setState(Check::Blocked, tr("Look up a sale first."));
}

void RefundPanel::loadManagers()
{
    if (!m_session.isReady())
        return;
    m_session.ledger().query<QStringList>(
        [](LedgerWorker::Access &access) {
            QStringList names;
            const auto users = access.users.list();
            if (users.ok()) {
                for (const UserAccount &account : users.value()) {
                    if (account.role == Role::Manager && account.active)
                        names << account.name;
                }
            }
            return names;
        },
        this,
        [this](const QStringList &names) {
            m_managers = names;
            const QString current = m_manager->currentText();
            const QSignalBlocker blocker(m_manager);
            m_manager->clear();
            for (const QString &name : names) {
                if (name != m_session.user().name) // nobody approves their own refund
                    m_manager->addItem(name);
            }
            if (const int index = m_manager->findText(current); index >= 0)
                m_manager->setCurrentIndex(index);
            changed();
        });
}

void RefundPanel::setSale(const SaleView &view)
{
    m_view = view;
    m_approvalNeeded = false;
    m_approval->hide();
    m_approvalHint->setText(
        tr("A clerk's refund above %1 needs a manager: the manager picks their name and enters "
           "their PIN here.")
            .arg(DisplayFormat::money(Money(m_session.store().approvalThresholdMinor, view.sale.amount.currency()),
                                      m_session.store().locale)));
    for (QWidget *input :
         {static_cast<QWidget *>(m_full), static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_reason)})
        input->setEnabled(view.refundable);
    m_validator->setCurrency(view.sale.amount.currency());
    m_validator->setLocale(m_session.store().locale);
    m_currency->setText(view.sale.amount.currency().code());
    m_pin->clear();
    m_reasonText.clear();
    m_submitWhenAllowed = false;
    m_reason->setCurrentIndex(0);
    m_partial->setEnabled(view.refundable && view.capabilities.partialRefunds);
    m_partial->setToolTip(
        view.capabilities.partialRefunds
            ? QString()
            : tr("This %1 account refunds only whole sales.").arg(gatewayDisplayName(view.sale.gateway)));
    {
        const QSignalBlocker blocker(m_full);
        m_full->setChecked(true);
    }
    m_amount->setText(view.remaining.isPositive() ? view.remaining.toLocalizedNumber(m_session.store().locale)
                                                  : QString());
    if (!view.refundable)
        m_amount->deselect(); // nothing to type over
    loadManagers();
    changed();
}

void RefundPanel::focusAmount()
{
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void RefundPanel::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *input :
         {static_cast<QWidget *>(m_full), static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_reason)}) {
        input->setEnabled(!busy && m_view.refundable);
    }
    m_approval->setEnabled(!busy);
    m_partial->setEnabled(!busy && m_view.refundable && m_view.capabilities.partialRefunds);
    updateButton();
}

void RefundPanel::showRefusal(const RefundOutcome &outcome)
{
    m_reasonText = outcome.message;
    if (m_approvalNeeded) {
        m_pin->clear();
        m_pin->setFocus();
    }
    if (!outcome.decision.refusals.isEmpty())
        changed(); // the ledger changed under us (another register): ask the policy again
    updateButton();
}

std::optional<Money> RefundPanel::typedAmount(QString *problem) const
{
    const QString text = m_amount->text();
    if (text.trimmed().isEmpty()) {
        *problem = tr("Enter the amount to refund.");
        return std::nullopt;
    }
    const MoneyResult parsed = m_validator->parse(text);
    if (!parsed.ok()) {
        *problem = parsed.message();
        return std::nullopt;
    }
    return parsed.value();
}

void RefundPanel::onAmountEdited(const QString &text)
{
    Q_UNUSED(text)
    m_reasonText.clear();
    m_submitWhenAllowed = false;
    QString problem;
    const std::optional<Money> amount = typedAmount(&problem);
    const QSignalBlocker full(m_full);
    const QSignalBlocker partial(m_partial);
    if (amount && *amount == m_view.remaining)
        m_full->setChecked(true);
    else
        m_partial->setChecked(true);
    changed();
}

void RefundPanel::onFullToggled(bool full)
{
    if (!full)
        return;
    m_amount->setText(m_view.remaining.toLocalizedNumber(m_session.store().locale));
    changed();
}

void RefundPanel::changed()
{
    ++m_generation;
    m_evaluateTimer.stop();
    if (!m_view.found()) {
        setState(Check::Blocked, tr("Look up a sale first."));
        return;
    }
    if (!m_session.signedIn()) {
        setState(Check::Blocked, tr("Sign in to refund."));
        return;
    }
    if (!m_view.refundable) {
        setState(Check::Blocked, tr("This sale cannot be refunded: %1").arg(m_view.notRefundableReason));
        return;
    }
    QString problem;
    if (!m_full->isChecked() && !typedAmount(&problem)) {
        setState(Check::Blocked, problem);
        return;
    }
    setState(Check::Waiting, QString());
    m_evaluateTimer.start();
}

RefundSubmission RefundPanel::submission(bool withPin) const
{
    RefundSubmission submission;
    submission.saleLedgerId = m_view.sale.ledgerId;
    if (!m_full->isChecked()) {
        QString problem;
        submission.amount = typedAmount(&problem);
    }
    submission.reason = m_reason->currentText();
    submission.actor = m_session.user().actor();
    if (m_manager->count() > 0 && (m_approvalNeeded || !withPin))
        submission.approval = ManagerApproval {m_manager->currentText(), withPin ? m_pin->text() : QString()};
    return submission;
}

void RefundPanel::evaluate()
{
    const int generation = m_generation;
    m_session.engine().evaluate(submission(false), this, [this, generation](const RefundEvaluation &evaluation) {
        if (generation == m_generation)
            applyEvaluation(evaluation);
    });
}

void RefundPanel::applyEvaluation(const RefundEvaluation &evaluation)
{
    if (!evaluation.ok) {
        m_approvalNeeded = false;
        m_approval->hide();
        setState(Check::Blocked, evaluation.message);
        return;
    }
    const PolicyDecision &decision = evaluation.decision;
    m_approvalNeeded = decision.approvalNeeded;
    m_approval->setVisible(m_approvalNeeded);
    if (!decision.allowed()) {
        QString why = decision.firstMessage();
        for (const PolicyRefusal &refusal : decision.refusals) {
            if (refusal.reason != PolicyRefusal::Reason::ApprovalRequired) {
                why = refusal.message;
                break;
            }
        }
        if (!decision.blockedRegardlessOfApproval() && m_manager->count() == 0)
            why = tr("%1 No other manager is set up to approve it.").arg(why);
        setState(Check::Blocked, why);
        return;
    }
    setState(Check::Allowed, QString());
    if (!m_submitWhenAllowed)
        return;
    m_submitWhenAllowed = false;
    onEnter();
}

void RefundPanel::setState(Check check, const QString &why)
{
    m_check = check;
    if (check == Check::Blocked && !m_approvalNeeded)
        m_approval->hide();
    if (check != Check::Allowed)
        m_reasonText = why;
    updateButton();
}

void RefundPanel::updateButton()
{
    const bool pinMissing = m_approvalNeeded && m_pin->text().size() < kMinPinLength;
    const bool enabled = !m_busy && m_check == Check::Allowed && !pinMissing;
    m_refund->setEnabled(enabled);
    QString why = m_reasonText;
    if (why.isEmpty() && m_check == Check::Allowed && pinMissing)
        why = tr("A manager's approval is needed: the manager enters their PIN.");
    if (why.isEmpty() && m_check == Check::Waiting)
        why = tr("Checking the store's refund rules…");
    if (m_check == Check::Allowed && !pinMissing && m_reasonText.isEmpty()) {
        QString problem;
        const std::optional<Money> amount =
            m_full->isChecked() ? std::optional<Money>(m_view.remaining) : typedAmount(&problem);
        m_refund->setText(amount ? tr("&Refund %1").arg(DisplayFormat::money(*amount, m_session.store().locale))
                                 : tr("&Refund"));
        why.clear();
    } else {
        m_refund->setText(tr("&Refund"));
    }
    DisplayFormat::showMessage(m_why, why, m_check != Check::Waiting);
    m_why->setVisible(!why.isEmpty());
    m_refund->setToolTip(why);
}

void RefundPanel::onEnter()
{
    if (m_busy)
        return;
    if (m_check == Check::Waiting) {
        m_submitWhenAllowed = true;
        if (m_evaluateTimer.isActive()) {
            m_evaluateTimer.stop();
            evaluate();
        }
        return;
    }
    if (m_check != Check::Allowed)
        return;
    if (m_approvalNeeded && m_pin->text().size() < kMinPinLength) {
        m_pin->setFocus();
        return;
    }
    submit();
}

void RefundPanel::submit()
{
    if (!m_refund->isEnabled())
        return;
    m_reasonText.clear();
    Q_EMIT refundRequested(submission(true));
}

bool RefundPanel::canRefund() const
{
    return m_refund->isEnabled();
}

QString RefundPanel::blockedReason() const
{
    return m_why->text();
}

bool RefundPanel::approvalVisible() const
{
    return m_approval->isVisibleTo(this);
}

} // namespace RefundDesk
