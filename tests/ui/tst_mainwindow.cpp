#include "BackOfficePage.h"
#include "CounterPage.h"
#include "DeskFixture.h"
#include "MainWindow.h"
#include "RefundsPanel.h"
#include "SalePanel.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace RefundDesk;

// The shell: sign-in with a PIN, what each role sees, and a USB scanner reaching the counter
// from any screen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;

    SignInDialog *signInDialog(MainWindow &window)
    {
        SignInDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = window.findChild<SignInDialog *>()) && dialog->isVisible());
        }();
        return dialog;
    }

    void signIn(MainWindow &window, const QString &name, const QString &pin)
    {
        SignInDialog *dialog = signInDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->selectUser(name));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("signInPin"));
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, pin);
        QTest::keyClick(field, Qt::Key_Return);
    }

    // A keyboard-wedge scanner: the characters 5 ms apart, then Enter.
    static void scan(QWidget *target, const QString &text)
    {
        static quint64 timestamp = 1000000;
        const auto send = [target](QEvent::Type type, int key, const QString &character) {
            QKeyEvent event(type, key, Qt::NoModifier, character);
            event.setTimestamp(timestamp);
            QApplication::sendEvent(target, &event);
        };
        for (const QChar c : text) {
            timestamp += 5;
            const int key = c.isDigit() ? Qt::Key_0 + c.digitValue() : Qt::Key_A;
            send(QEvent::KeyPress, key, QString(c));
            send(QEvent::KeyRelease, key, QString(c));
        }
        timestamp += 5;
        send(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
        send(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void clerksSignInWithTheirPinAndSeeTheCounter()
    {
        m_fixture.session().signOut();
        MainWindow window(m_fixture.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner")));
        window.requestSignIn();
        signIn(window, QStringLiteral("clerk"), QStringLiteral("0000"));
        SignInDialog *dialog = signInDialog(window);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->message(),
                                  QStringLiteral("Wrong PIN. 4 more tries before Casey Clerk is locked out."), 10000);
        QVERIFY(!m_fixture.session().signedIn());

        signIn(window, QStringLiteral("clerk"), QStringLiteral("1111"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.session().user().name, QStringLiteral("clerk"), 10000);
        QTRY_VERIFY(!window.findChild<SignInDialog *>());
        QVERIFY(window.isTabAvailable(MainWindow::Tab::Counter));
        QVERIFY(!window.isTabAvailable(MainWindow::Tab::BackOffice));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("settingsButton"))->isHidden());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("signedInAs"))->text(),
                 QStringLiteral("Casey Clerk · Clerk"));
        QTRY_COMPARE(QApplication::focusWidget(), window.counter()->searchField());
    }

    void backOfficeStaffStartInTheBackOffice()
    {
        m_fixture.session().signOut();
        MainWindow window(m_fixture.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.requestSignIn();
        signIn(window, QStringLiteral("backoffice"), QStringLiteral("3333"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.session().user().name, QStringLiteral("backoffice"), 10000);
        QVERIFY(window.isTabAvailable(MainWindow::Tab::BackOffice));
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(), window.backOffice());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("settingsButton"))->isHidden());

        // Sign out asks again.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
        QVERIFY(!m_fixture.session().signedIn());
        QVERIFY(signInDialog(window));
    }

    void aScannerReachesTheCounterFromAnyScreen()
    {
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("manager"), QStringLiteral("2222"), &error), qPrintable(error));
        MainWindow window(m_fixture.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::Tab::BackOffice);
        QLineEdit *employee = window.backOffice()->refunds()->employeeFilter();
        employee->setFocus();
        QCOMPARE(QApplication::focusWidget(), employee);

        scan(employee, QStringLiteral("297553638300708564"));
        QCOMPARE(employee->text(), QString()); // the burst was a scan, not typing
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(), window.counter());
        QTRY_COMPARE_WITH_TIMEOUT(window.counter()->screen(), CounterPage::Screen::Sale, 10000);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("saleTitle"))->text(),
                 QStringLiteral("Pockyt 297553638300708564 (POS-PK-1003)"));
        QCOMPARE(window.counter()->salePanel()->notRefundableText(),
                 QStringLiteral("Cannot be refunded: The payment's status at Pockyt is \"pending\"; only completed "
                                "payments can be refunded."));
    }

    void smallWindowsStackTheSaleAndTheRefund()
    {
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("manager"), QStringLiteral("2222"), &error), qPrintable(error));
        MainWindow window(m_fixture.session());
        window.resize(480, 360);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.counter()->lookUp(QStringLiteral("529-1438673740-1"));
        QTRY_COMPARE_WITH_TIMEOUT(window.counter()->screen(), CounterPage::Screen::Sale, 10000);
        auto *sale = window.findChild<QWidget *>(QStringLiteral("saleTitle"))->parentWidget();
        auto *refund = window.findChild<QWidget *>(QStringLiteral("refundAmount"));
        QTRY_VERIFY(refund->mapTo(&window, QPoint()).y() > sale->mapTo(&window, QPoint()).y() + sale->height() / 2);
        QVERIFY(window.width() <= 480);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
