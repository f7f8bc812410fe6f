#include "EmployeesPanel.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"
#include "engine/PinHasher.h"
#include "engine/RefundEngine.h"
#include "engine/UserDirectory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

// Runs work with the engine's employee directory on the engine's thread (where it lives) and
// hands the answer to done on context's thread.
void onEngineThread(RefundEngine &engine, QObject *context,
                    std::function<LedgerValue<UserAccount>(UserDirectory &)> work,
                    std::function<void(const LedgerValue<UserAccount> &)> done)
{
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(&engine, [&engine, target, work = std::move(work), done = std::move(done)] {
        UserDirectory *users = engine.users();
        LedgerValue<UserAccount> result = users
            ? work(*users)
            : LedgerValue<UserAccount>(
                LedgerResult::failure(LedgerResult::Error::Invalid, EmployeesPanel::tr("There is no employee list.")));
        if (!target)
            return;
        QMetaObject::invokeMethod(target.data(), [target, done, result] {
            if (target)
                done(result);
        });
    });
}

QLineEdit *pinEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(12);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
    edit->setPlaceholderText(EmployeesPanel::tr("4 to 12 digits"));
    return edit;
}

QComboBox *roleCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    for (const Role role : {Role::Clerk, Role::Manager, Role::BackOffice})
        combo->addItem(roleDisplayName(role), roleKey(role));
    return combo;
}

} // namespace

EmployeesPanel::EmployeesPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(roleCombo(this, tr("Role of the new employee")))
    , m_pin(pinEdit(this, tr("PIN of the new employee")))
    , m_pinAgain(pinEdit(this, tr("PIN of the new employee, again")))
    , m_add(new QPushButton(tr("&Add employee"), this))
    , m_changedPin(pinEdit(this, tr("New PIN for the selected employee")))
    , m_setPin(new QPushButton(tr("Set &PIN"), this))
    , m_changedRole(roleCombo(this, tr("New role for the selected employee")))
    , m_setRole(new QPushButton(tr("Set &role"), this))
    , m_active(new QPushButton(tr("&Deactivate"), this))
    , m_busy(new BusyPanel(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("employeesTable"));
    m_table->setAccessibleName(tr("Employees"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Active"), tr("Locked until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *selected = new QHBoxLayout;
    selected->addWidget(new QLabel(tr("Selected:"), this));
    selected->addWidget(m_changedPin);
    m_setPin->setAccessibleName(tr("Set the selected employee's PIN"));
    selected->addWidget(m_setPin);
    selected->addWidget(m_changedRole);
    m_setRole->setAccessibleName(tr("Set the selected employee's role"));
    selected->addWidget(m_setRole);
    m_active->setAccessibleName(tr("Deactivate or reactivate the selected employee"));
    selected->addWidget(m_active);
    layout->addLayout(selected);

    auto *addBox = new QGroupBox(tr("New employee"), this);
    auto *form = new QFormLayout(addBox);
    m_name->setObjectName(QStringLiteral("employeeName"));
    m_name->setAccessibleName(tr("User name of the new employee"));
    m_displayName->setObjectName(QStringLiteral("employeeDisplayName"));
    m_displayName->setAccessibleName(tr("Full name of the new employee"));
    m_role->setObjectName(QStringLiteral("employeeRole"));
    m_pin->setObjectName(QStringLiteral("employeePin"));
    m_pinAgain->setObjectName(QStringLiteral("employeePinAgain"));
    m_add->setObjectName(QStringLiteral("employeeAdd"));
    m_add->setAccessibleName(tr("Add the new employee"));
    form->addRow(tr("User name:"), m_name);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("PIN:"), m_pin);
    form->addRow(tr("PIN again:"), m_pinAgain);
    form->addRow(QString(), m_add);
    layout->addWidget(addBox);
    layout->addWidget(m_busy);
    m_message->setObjectName(QStringLiteral("employeesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &EmployeesPanel::add);
    connect(m_setPin, &QPushButton::clicked, this, &EmployeesPanel::changePin);
    connect(m_setRole, &QPushButton::clicked, this, &EmployeesPanel::changeRole);
    connect(m_active, &QPushButton::clicked, this, &EmployeesPanel::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedName();
        for (const UserAccount &account : std::as_const(m_users)) {
            if (account.name == name) {
                m_active->setText(account.active ? tr("&Deactivate") : tr("Re&activate"));
                m_changedRole->setCurrentIndex(m_changedRole->findData(roleKey(account.role)));
            }
        }
    });
    reload();
}

void EmployeesPanel::reload()
{
    m_session.ledger().query<LedgerValue<QList<UserAccount>>>(
        [](LedgerWorker::Access &access) { return access.users.list(); }, this,
        [this](const LedgerValue<QList<UserAccount>> &users) {
            if (!users.ok()) {
                setMessage(tr("The employee list cannot be read: %1").arg(users.message()), true);
                return;
            }
            display(users.value());
        });
}

void EmployeesPanel::display(const QList<UserAccount> &users)
{
    const QString selected = selectedName();
    m_users = users;
    m_table->setRowCount(static_cast<int>(users.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < users.size(); ++row) {
        const UserAccount &account = users.at(row);
        const QStringList cells {account.name, account.displayName, roleDisplayName(account.role),
                                 account.active ? tr("yes") : tr("no"),
                                 account.lockedUntil.isValid() && account.lockedUntil > now
                                     ? DisplayFormat::dateTime(account.lockedUntil, m_session.store().locale)
                                     : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (account.name == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

QString EmployeesPanel::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.constFirst()->row(), 0)->text();
}

QString EmployeesPanel::message() const
{
    return m_message->text();
}

bool EmployeesPanel::isBusy() const
{
    return m_busy->isBusy();
}

void EmployeesPanel::setMessage(const QString &text, bool problem)
{
    DisplayFormat::showMessage(m_message, text, problem);
}

void EmployeesPanel::finish(bool ok, const QString &done, const QString &problem)
{
    m_busy->stop();
    setEnabled(true);
    setMessage(ok ? done : problem, !ok);
    reload();
}

void EmployeesPanel::add()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.contains(u' ')) {
        setMessage(tr("Choose a user name without spaces."), true);
        m_name->setFocus();
        return;
    }
    if (const QString problem = PinHasher::checkNewPin(m_pin->text()); !problem.isEmpty()) {
        setMessage(problem, true);
        m_pin->setFocus();
        return;
    }
    if (m_pin->text() != m_pinAgain->text()) {
        setMessage(tr("The two PINs differ; enter the same PIN twice."), true);
        m_pinAgain->clear();
        m_pinAgain->setFocus();
        return;
    }
    const Role role = *roleFromKey(m_role->currentData().toString());
    m_busy->start(tr("Adding %1…").arg(name), QString());
    setEnabled(false);
    m_session.engine().addEmployee(name, m_displayName->text().trimmed(), role, m_pin->text(), m_session.user().actor(),
                                   this, [this, name](const LedgerValue<UserAccount> &added) {
                                       if (added.ok()) {
                                           m_name->clear();
                                           m_displayName->clear();
                                           m_pin->clear();
                                           m_pinAgain->clear();
                                       }
                                       finish(added.ok(), tr("%1 was added.").arg(name), added.message());
                                   });
}

void EmployeesPanel::changePin()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        setMessage(tr("Pick the employee first."), true);
        return;
    }
    const QString pin = m_changedPin->text();
    if (const QString problem = PinHasher::checkNewPin(pin); !problem.isEmpty()) {
        setMessage(problem, true);
        m_changedPin->setFocus();
        return;
    }
    m_busy->start(tr("Setting %1's PIN…").arg(name), QString());
    setEnabled(false);
    const QString by = m_session.user().name;
    onEngineThread(
        m_session.engine(), this, [name, pin, by](UserDirectory &users) { return users.changePin(name, pin, by); },
        [this, name](const LedgerValue<UserAccount> &changed) {
            m_changedPin->clear();
            finish(changed.ok(), tr("%1's PIN was changed.").arg(name), changed.message());
        });
}

void EmployeesPanel::changeRole()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        setMessage(tr("Pick the employee first."), true);
        return;
    }
    UserUpdate update;
    update.role = roleFromKey(m_changedRole->currentData().toString());
    m_busy->start(tr("Changing %1's role…").arg(name), QString());
    setEnabled(false);
    const QString by = m_session.user().name;
    onEngineThread(
        m_session.engine(), this,
        [name, update, by](UserDirectory &users) { return users.updateUser(name, update, by); },
        [this, name](const LedgerValue<UserAccount> &changed) {
            finish(changed.ok(),
                   tr("%1 is now %2.").arg(name, changed.ok() ? roleDisplayName(changed.value().role) : QString()),
                   changed.message());
        });
}

void EmployeesPanel::toggleActive()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        setMessage(tr("Pick the employee first."), true);
        return;
    }
    if (name == m_session.user().name) {
        setMessage(tr("You cannot deactivate yourself while signed in."), true);
        return;
    }
    bool active = true;
    for (const UserAccount &account : std::as_const(m_users)) {
        if (account.name == name)
            active = account.active;
    }
    UserUpdate update;
    update.active = !active;
    m_busy->start(active ? tr("Deactivating %1…").arg(name) : tr("Reactivating %1…").arg(name), QString());
    setEnabled(false);
    const QString by = m_session.user().name;
    onEngineThread(
        m_session.engine(), this,
        [name, update, by](UserDirectory &users) { return users.updateUser(name, update, by); },
        [this, name, active](const LedgerValue<UserAccount> &changed) {
            finish(changed.ok(),
                   active ? tr("%1 can no longer sign in.").arg(name) : tr("%1 can sign in again.").arg(name),
                   changed.message());
        });
}

} // namespace RefundDesk
