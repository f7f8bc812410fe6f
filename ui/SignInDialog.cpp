#include "SignInDialog.h"

#include "BusyPanel.h"
#include "DemoEnvironment.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"
#include "engine/PinHasher.h"
#include "engine/RefundEngine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

QLineEdit *pinField(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(12);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
    return edit;
}

} // namespace

SignInDialog::SignInDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_signInPage(new QWidget(this))
    , m_firstPage(new QWidget(this))
    , m_user(new QComboBox(this))
    , m_pin(pinField(this, QStringLiteral("signInPin"), tr("PIN")))
    , m_firstName(new QLineEdit(this))
    , m_firstDisplayName(new QLineEdit(this))
    , m_firstPin(pinField(this, QStringLiteral("firstPin"), tr("New PIN")))
    , m_firstPinAgain(pinField(this, QStringLiteral("firstPinAgain"), tr("New PIN again")))
    , m_busy(new BusyPanel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Sign in to RefundDesk"));
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *store =
        new QLabel(tr("<b>%1</b> · register %2")
                       .arg(m_session.store().name.toHtmlEscaped(), m_session.store().registerId.toHtmlEscaped()),
                   this);
    layout->addWidget(store);

    QWidget *signInPage = m_signInPage;
    auto *signInForm = new QFormLayout(signInPage);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setAccessibleName(tr("Employee"));
    auto *userLabel = new QLabel(tr("&Employee:"), signInPage);
    userLabel->setBuddy(m_user);
    signInForm->addRow(userLabel, m_user);
    auto *pinLabel = new QLabel(tr("&PIN:"), signInPage);
    pinLabel->setBuddy(m_pin);
    signInForm->addRow(pinLabel, m_pin);
    if (m_session.isDemo()) {
        QStringList pins;
        for (const DemoEnvironment::DemoUser &user : DemoEnvironment::users())
            pins << tr("%1 %2").arg(user.name, user.pin);
        auto *hint =
            new QLabel(tr("Demo employees and their PINs: %1.").arg(pins.join(QStringLiteral(", "))), signInPage);
        hint->setObjectName(QStringLiteral("demoPins"));
        hint->setWordWrap(true);
        signInForm->addRow(hint);
    }
    layout->addWidget(signInPage);

    QWidget *first = m_firstPage;
    auto *firstForm = new QFormLayout(first);
    auto *explain = new QLabel(tr("This ledger has no employees yet. Create the first manager; they add everyone "
                                  "else under Settings."),
                               first);
    explain->setWordWrap(true);
    firstForm->addRow(explain);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_firstName->setAccessibleName(tr("User name"));
    m_firstDisplayName->setObjectName(QStringLiteral("firstDisplayName"));
    m_firstDisplayName->setAccessibleName(tr("Full name"));
    firstForm->addRow(tr("User name:"), m_firstName);
    firstForm->addRow(tr("Full name:"), m_firstDisplayName);
    firstForm->addRow(tr("PIN (4 to 12 digits):"), m_firstPin);
    firstForm->addRow(tr("PIN again:"), m_firstPinAgain);
    first->hide();
    layout->addWidget(first);

    layout->addWidget(m_busy);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAccessibleName(tr("Sign-in problem"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    QPushButton *ok = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signInButton"));
    ok->setAccessibleName(tr("Sign in"));
    QPushButton *quit = m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setAccessibleName(tr("Quit RefundDesk"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_firstPage->isHidden())
            signIn();
        else
            createFirstManager();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_busy, &BusyPanel::wayOutClicked, this, [this] {
        ++m_generation;
        setChecking(false);
        setMessage(tr("Stopped. Enter the PIN again."));
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        m_pin->clear();
        m_pin->setFocus();
    });
    setMinimumWidth(420);
    loadUsers();
}

void SignInDialog::loadUsers()
{
    setChecking(true, tr("Reading the employee list…"));
    const int generation = ++m_generation;
    m_session.ledger().query<LedgerValue<QList<UserAccount>>>(
        [](LedgerWorker::Access &access) { return access.users.list(); }, this,
        [this, generation](const LedgerValue<QList<UserAccount>> &users) {
            if (generation != m_generation)
                return;
            setChecking(false);
            if (!users.ok()) {
                setMessage(tr("The employee list cannot be read: %1").arg(users.message()));
                return;
            }
            showUsers(users.value());
        });
}

void SignInDialog::showUsers(const QList<UserAccount> &users)
{
    m_user->clear();
    for (const UserAccount &account : users) {
        if (account.active)
            m_user->addItem(tr("%1 (%2, %3)").arg(account.displayName, account.name, roleDisplayName(account.role)),
                            account.name);
    }
    // Only the page in use takes room: the dialog is as tall as what it asks.
    m_signInPage->setVisible(!users.isEmpty());
    m_firstPage->setVisible(users.isEmpty());
    adjustSize();
    if (users.isEmpty())
        m_firstName->setFocus();
    else
        m_pin->setFocus();
}

bool SignInDialog::selectUser(const QString &name)
{
    const int index = m_user->findData(name);
    if (index < 0)
        return false;
    m_user->setCurrentIndex(index);
    return true;
}

QString SignInDialog::message() const
{
    return m_message->text();
}

bool SignInDialog::isChecking() const
{
    return m_busy->isBusy();
}

void SignInDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
    m_message->setPalette(palette);
}

void SignInDialog::setChecking(bool checking, const QString &text)
{
    if (checking)
        m_busy->start(text, tr("Cancel"));
    else
        m_busy->stop();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!checking);
    }
    m_signInPage->setEnabled(!checking);
    m_firstPage->setEnabled(!checking);
}

void SignInDialog::signIn()
{
    const QString name = m_user->currentData().toString();
    if (name.isEmpty()) {
        setMessage(tr("Pick your name first."));
        return;
    }
    if (m_pin->text().size() < 4) {
        setMessage(tr("Enter your PIN (4 to 12 digits)."));
        m_pin->setFocus();
        return;
    }
    setMessage(QString());
    setChecking(true, tr("Checking the PIN…"));
    const int generation = ++m_generation;
    m_session.engine().verifyEmployee(name, m_pin->text(), this, [this, generation](const PinCheck &check) {
        if (generation != m_generation)
            return;
        setChecking(false);
        if (check.ok()) {
            m_session.signIn(check.account);
            accept();
            return;
        }
        m_pin->clear();
        m_pin->setFocus();
        QString why = check.message;
        if (check.status == PinCheck::Status::LockedOut && check.lockedUntil.isValid())
            why = tr("%1 Try again after %2.")
                      .arg(check.message, DisplayFormat::dateTime(check.lockedUntil, m_session.store().locale));
        setMessage(why);
    });
}

void SignInDialog::createFirstManager()
{
    const QString name = m_firstName->text().trimmed();
    if (name.isEmpty() || name.contains(u' ')) {
        setMessage(tr("Choose a user name without spaces."));
        m_firstName->setFocus();
        return;
    }
    if (const QString problem = PinHasher::checkNewPin(m_firstPin->text()); !problem.isEmpty()) {
        setMessage(problem);
        m_firstPin->setFocus();
        return;
    }
    if (m_firstPin->text() != m_firstPinAgain->text()) {
        setMessage(tr("The two PINs differ; enter the same PIN twice."));
        m_firstPinAgain->clear();
        m_firstPinAgain->setFocus();
        return;
    }
    setMessage(QString());
    setChecking(true, tr("Creating the first manager…"));
    const int generation = ++m_generation;
    // Only ever offered on a ledger without a single employee: the desk's installer sets it up.
    m_session.engine().addEmployee(name, m_firstDisplayName->text().trimmed(), Role::Manager, m_firstPin->text(),
                                   Actor {QStringLiteral("setup"), Role::BackOffice}, this,
                                   [this, generation](const LedgerValue<UserAccount> &added) {
                                       if (generation != m_generation)
                                           return;
                                       setChecking(false);
                                       if (!added.ok()) {
                                           setMessage(added.message());
                                           return;
                                       }
                                       m_session.signIn(added.value());
                                       accept();
                                   });
}

} // namespace RefundDesk
