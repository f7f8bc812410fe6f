#include "ScreenshotTour.h"

#include "Appearance.h"
#include "AuditTrailPanel.h"
#include "BackOfficePage.h"
#include "CounterPage.h"
#include "DeskLauncher.h"
#include "DeskSession.h"
#include "EmployeesPanel.h"
#include "MainWindow.h"
#include "NeedsReviewPanel.h"
#include "RefundPanel.h"
#include "RefundsPanel.h"
#include "RefundsTableModel.h"
#include "ResultPage.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "engine/RefundEngine.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTableWidget>

#include <memory>

namespace RefundDesk {

namespace {

constexpr int kPollMs = 100;
constexpr int kStepTimeoutMs = 20000;

void pressEnter(QWidget *target)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QCoreApplication::sendEvent(target, &release);
}

// As if typed: the field emits textEdited, like for a person.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
}

} // namespace

ScreenshotTour::ScreenshotTour(DeskLauncher &launcher, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_directory(directory)
{
    m_directory.mkpath(QStringLiteral("."));
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
    connect(&m_launcher, &DeskLauncher::windowReady, this, [this] {
        if (m_steps.empty()) {
            buildSteps();
            next();
        }
    });
}

void ScreenshotTour::buildSteps()
{
    MainWindow *window = m_launcher.window();
    DeskSession *session = m_launcher.session();
    CounterPage *counter = window->counter();
    BackOfficePage *backOffice = window->backOffice();
    const auto dialog = [window] {
        return window->findChild<SignInDialog *>();
    };
    const auto field = [window](const char *name) {
        return window->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    const auto settings = [window] {
        return window->findChild<SettingsDialog *>();
    };
    auto account = std::make_shared<UserAccount>();
    const auto switchUser = [session, account](const QString &name, const QString &pin) {
        return [session, account, name, pin] {
            account->name.clear();
            session->engine().verifyEmployee(name, pin, session, [session, account](const PinCheck &check) {
                if (check.ok()) {
                    *account = check.account;
                    session->signIn(check.account);
                }
            });
        };
    };
    const auto signedInAs = [session](const QString &name) {
        return [session, name] {
            return session->user().name == name;
        };
    };
    const auto onScreen = [counter](CounterPage::Screen screen) {
        return [counter, screen] {
            return counter->screen() == screen && !counter->isBusy();
        };
    };

    window->resize(1100, 720);
    m_steps = {
        {QStringLiteral("sign in"), nullptr,
         [dialog, window] {
             SignInDialog *signIn = dialog();
             if (!signIn || signIn->isChecking() || !signIn->selectUser(QStringLiteral("clerk")))
                 return false;
             auto *pin = window->findChild<QLineEdit *>(QStringLiteral("signInPin"));
             if (pin->text().isEmpty())
                 typeInto(pin, QStringLiteral("1111"));
             return true;
         },
         QStringLiteral("01-sign-in.png")},
        {QStringLiteral("counter"),
         [dialog, counter] {
             dialog()->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
             typeInto(counter->searchField(), QStringLiteral("297553638300708562"));
         },
         signedInAs(QStringLiteral("clerk")), QStringLiteral("02-counter-search.png")},
        {QStringLiteral("sale and partial refund"), [counter] { counter->lookUp(counter->searchField()->text()); },
         [counter, field] {
             if (counter->screen() != CounterPage::Screen::Sale || counter->isBusy())
                 return false;
             QLineEdit *amount = field("refundAmount");
             if (amount->text() != QStringLiteral("5.00"))
                 typeInto(amount, QStringLiteral("5.00"));
             return counter->refundPanel()->canRefund();
         },
         QStringLiteral("03-sale-partial-refund.png")},
        {QStringLiteral("refund succeeded"), [field] { pressEnter(field("refundAmount")); },
         onScreen(CounterPage::Screen::Result), QStringLiteral("04-result-succeeded.png")},
        {QStringLiteral("manager approval"), [counter] { counter->lookUp(QStringLiteral("12350")); },
         [counter, field] {
             if (counter->screen() != CounterPage::Screen::Sale || counter->isBusy())
                 return false;
             QLineEdit *amount = field("refundAmount");
             if (amount->text() != QStringLiteral("60.00"))
                 typeInto(amount, QStringLiteral("60.00"));
             if (!counter->refundPanel()->approvalVisible())
                 return false;
             QLineEdit *pin = field("approvalPin");
             if (pin->text().isEmpty())
                 typeInto(pin, QStringLiteral("2222"));
             return counter->refundPanel()->canRefund();
         },
         QStringLiteral("05-manager-approval.png")},
        {QStringLiteral("refund pending"), [field] { pressEnter(field("approvalPin")); },
         onScreen(CounterPage::Screen::Result), QStringLiteral("06-result-pending.png")},
        {QStringLiteral("not refundable"), [counter] { counter->lookUp(QStringLiteral("529-1438673740-3")); },
         onScreen(CounterPage::Screen::Sale), QStringLiteral("07-not-refundable.png")},
        {QStringLiteral("a refund that times out"),
         [counter] { counter->lookUp(QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218")); },
         [counter] { return counter->screen() == CounterPage::Screen::Sale && counter->refundPanel()->canRefund(); },
         QString()},
        {QStringLiteral("needs review"), [field] { pressEnter(field("refundAmount")); },
         [counter] {
             return counter->screen() == CounterPage::Screen::Result
                 && counter->resultPage()->refund().status == RefundStatus::NeedsReview;
         },
         QStringLiteral("08-result-needs-review.png")},
        {QStringLiteral("back office"), switchUser(QStringLiteral("backoffice"), QStringLiteral("3333")),
         [signedInAs, backOffice] {
             return signedInAs(QStringLiteral("backoffice"))() && backOffice->refunds()->model()->totalCount() >= 0
                 && backOffice->isVisible();
         },
         QStringLiteral("09-back-office-refunds.png")},
        {QStringLiteral("needs-review queue"),
         [backOffice] {
             backOffice->showTab(BackOfficePage::Tab::NeedsReview);
             NeedsReviewPanel *review = backOffice->needsReview();
             review->table()->selectRow(0);
             review->note()->setPlainText(QStringLiteral("PayNet report of today, line 3: accepted"));
         },
         [backOffice] { return backOffice->needsReview()->resolveButton()->isEnabled(); },
         QStringLiteral("10-needs-review.png")},
        {QStringLiteral("review closed"), [backOffice] { backOffice->needsReview()->resolveButton()->click(); },
         [backOffice] { return !backOffice->needsReview()->message().isEmpty(); }, QString()},
        {QStringLiteral("audit trail"),
         [backOffice] {
             backOffice->showTab(BackOfficePage::Tab::AuditTrail);
             backOffice->auditTrail()->verifyChain();
         },
         [backOffice] {
             return !backOffice->auditTrail()->isVerifying() && !backOffice->auditTrail()->verifyResult().isEmpty();
         },
         QStringLiteral("11-audit-trail.png")},
        {QStringLiteral("settings"),
         [window, settings] {
             window->openSettings();
             settings()->showTab(SettingsDialog::Tab::Gateways);
         },
         [settings] { return settings() && settings()->isVisible(); }, QStringLiteral("12-settings-gateways.png")},
        {QStringLiteral("employees"), [settings] { settings()->showTab(SettingsDialog::Tab::Employees); },
         [settings] { return settings()->employees()->table()->rowCount() > 0; },
         QStringLiteral("13-settings-employees.png")},
        {QStringLiteral("dark"),
         [settings, backOffice] {
             settings()->reject();
             Appearance::apply(Appearance::Mode::Dark);
             backOffice->showTab(BackOfficePage::Tab::Refunds);
         },
         [backOffice] { return backOffice->refunds()->model()->rowCount() > 0; },
         QStringLiteral("14-dark-back-office.png")},
        {QStringLiteral("small window"),
         [window, counter, switchUser] {
             Appearance::apply(Appearance::Mode::Light);
             window->resize(560, 640);
             switchUser(QStringLiteral("manager"), QStringLiteral("2222"))();
             window->showTab(MainWindow::Tab::Counter);
             counter->lookUp(QStringLiteral("529-1438673740-1"));
         },
         [signedInAs, counter] {
             return signedInAs(QStringLiteral("manager"))() && counter->screen() == CounterPage::Screen::Sale
                 && counter->refundPanel()->canRefund();
         },
         QStringLiteral("15-small-window.png")},
    };
}

void ScreenshotTour::next()
{
    if (m_current >= m_steps.size()) {
        Q_EMIT finished(0);
        return;
    }
    const Step &step = m_steps.at(m_current);
    if (step.action)
        step.action();
    m_waitedMs = 0;
    m_poll.start();
}

void ScreenshotTour::poll()
{
    const Step &step = m_steps.at(m_current);
    m_waitedMs += kPollMs;
    if (!step.ready()) {
        if (m_waitedMs > kStepTimeoutMs)
            fail(QStringLiteral("the step \"%1\" did not finish").arg(step.description));
        return;
    }
    m_poll.stop();
    // One more turn of the event loop so layouts and repaints settle before the picture.
    QTimer::singleShot(300, this, [this] {
        const Step &done = m_steps.at(m_current);
        if (!done.shot.isEmpty())
            save(done.shot);
        ++m_current;
        next();
    });
}

void ScreenshotTour::save(const QString &name)
{
    MainWindow *window = m_launcher.window();
    // The screen, not the widget: dialogs on top of the window belong in the picture.
    QPixmap picture;
    if (QScreen *screen = window->screen())
        picture = screen->grabWindow(0, window->x(), window->y(), window->width(), window->height());
    if (picture.isNull())
        picture = window->grab();
    if (!picture.save(m_directory.filePath(name)))
        fail(QStringLiteral("cannot write %1").arg(m_directory.filePath(name)));
}

void ScreenshotTour::fail(const QString &why)
{
    m_poll.stop();
    qCritical("screenshot tour: %s", qUtf8Printable(why));
    Q_EMIT finished(1);
}

} // namespace RefundDesk
