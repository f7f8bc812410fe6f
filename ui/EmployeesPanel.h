#pragma once

#include "engine/UserAccount.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace RefundDesk {

class BusyPanel;
class DeskSession;

// Settings, Employees: who may work at the desk, their roles and PINs. Adding goes through
// RefundEngine::addEmployee; a new PIN, a new role and (de)activation through the engine's
// employee directory on the engine's thread. PINs are hashed there (slowly, on purpose) and
// every change lands in the audit chain under the name of whoever is signed in. PINs are
// never shown; a lockout shows until when.
class EmployeesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EmployeesPanel(DeskSession &session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QString message() const;
    bool isBusy() const;

    // The controls, for keyboard users and tests.
    QLineEdit *newName() const { return m_name; }
    QLineEdit *newDisplayName() const { return m_displayName; }
    QComboBox *newRole() const { return m_role; }
    QLineEdit *newPin() const { return m_pin; }
    QLineEdit *newPinAgain() const { return m_pinAgain; }
    QPushButton *addButton() const { return m_add; }

private:
    void display(const QList<UserAccount> &users);
    void add();
    void changePin();
    void changeRole();
    void toggleActive();
    QString selectedName() const;
    void setMessage(const QString &text, bool problem);
    void finish(bool ok, const QString &done, const QString &problem);

    DeskSession &m_session;
    QList<UserAccount> m_users;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QPushButton *m_add;
    QLineEdit *m_changedPin;
    QPushButton *m_setPin;
    QComboBox *m_changedRole;
    QPushButton *m_setRole;
    QPushButton *m_active;
    BusyPanel *m_busy;
    QLabel *m_message;
};

} // namespace RefundDesk
