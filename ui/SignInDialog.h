#pragma once

#include "engine/UserAccount.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace RefundDesk {

class BusyPanel;
class DeskSession;

// Who works at this desk: an employee picks their name and enters their PIN. The PIN is
// checked by the engine on its own thread (PBKDF2 takes a good fraction of a second; five
// wrong PINs lock the employee out), with a moving bar and Cancel meanwhile. On a fresh
// ledger without employees it asks for the first manager instead. In the demo it names the
// demo employees and their PINs.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(DeskSession &session, QWidget *parent = nullptr);

    // Selects the employee by user name; false when there is no such active employee.
    bool selectUser(const QString &name);
    QString message() const;
    bool isChecking() const;

private:
    void loadUsers();
    void showUsers(const QList<UserAccount> &users);
    void signIn();
    void createFirstManager();
    void setMessage(const QString &text);
    void setChecking(bool checking, const QString &text = QString());

    DeskSession &m_session;
    QWidget *m_signInPage;
    QWidget *m_firstPage; // a ledger without employees: the first manager
    QComboBox *m_user;
    QLineEdit *m_pin;
    QLineEdit *m_firstName;
    QLineEdit *m_firstDisplayName;
    QLineEdit *m_firstPin;
    QLineEdit *m_firstPinAgain;
    BusyPanel *m_busy;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    int m_generation = 0;
};

} // namespace RefundDesk
