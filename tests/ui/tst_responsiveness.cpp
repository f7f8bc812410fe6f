#include "BusyPanel.h"
#include "CounterPage.h"
#include "DeskFixture.h"
#include "RefundPanel.h"
#include "ResultPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace RefundDesk;

// The UI thread never waits on the network: with the sandbox answering a refund 5 s late,
// a 5 ms timer on the UI thread keeps ticking, and the person can walk away from the wait.
class TestResponsiveness : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;

    void openSale(CounterPage &page, const QString &typed, const QString &amount)
    {
        page.searchField()->setFocus();
        QTest::keyClicks(page.searchField(), typed);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        QTest::keyClicks(field, amount);
        QTRY_VERIFY(page.refundPanel()->canRefund());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
    }

    void uiKeepsTickingWhileTheGatewayTakesFiveSeconds()
    {
        QString error;
        // No IPN: the sandbox would announce the refund before its delayed answer, and the
        // result screen would then come from the webhook instead of the slow call measured here.
        QVERIFY2(m_fixture.configureSandbox({{QStringLiteral("pockyt_ipn_url"), QString()}}, &error),
                 qPrintable(error));
        QVERIFY2(m_fixture.addFault(QStringLiteral("pockyt"), QStringLiteral("refund"),
                                    QStringLiteral("delay-after:5000"), &error),
                 qPrintable(error));
        CounterPage page(m_fixture.session());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openSale(page, QStringLiteral("297553638300708562"), QStringLiteral("5.00"));

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGapMs = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGapMs = std::max(longestGapMs, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        ticker.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(page.isBusy());
        auto *busy = page.findChildren<BusyPanel *>().constLast();
        QCOMPARE(busy->text(), QStringLiteral("Sending the refund to Pockyt…"));
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Result, 20000);
        ticker.stop();
        const qint64 elapsed = clock.elapsed();

        // The sandbox's delay runs on a coarse timer (up to 5 % early): the wait really happened.
        QVERIFY2(elapsed >= 4700, qPrintable(QStringLiteral("the refund took only %1 ms").arg(elapsed)));
        QCOMPARE(page.resultPage()->headline(), QStringLiteral("Refund succeeded"));
        QVERIFY2(longestGapMs < 50,
                 qPrintable(QStringLiteral("the UI thread stalled for %1 ms (%2 ticks in %3 ms)")
                                .arg(longestGapMs)
                                .arg(ticks)
                                .arg(elapsed)));
        qInfo("longest stall %lld ms over %lld ms, %d ticks", longestGapMs, elapsed, ticks);
    }

    void dontWaitLeavesTheRefundRunning()
    {
        QString error;
        QVERIFY2(m_fixture.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"),
                                    QStringLiteral("delay-after:3000"), &error),
                 qPrintable(error));
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy notices(&page, &CounterPage::notice);
        openSale(page, QStringLiteral("529-1438673740-1"), QStringLiteral("4.00"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(page.isBusy());
        QPushButton *dontWait = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>(QStringLiteral("busyWayOut"))) {
            if (button->isVisibleTo(&page) && button->text() == QStringLiteral("Don't wait"))
                dontWait = button;
        }
        QVERIFY(dontWait);
        QTest::mouseClick(dontWait, Qt::LeftButton);
        QCOMPARE(page.screen(), CounterPage::Screen::Search);
        QVERIFY(!page.isBusy());
        QCOMPARE(page.searchMessage(),
                 QStringLiteral("The refund goes on without you: nothing is sent twice, and "
                                "Back office shows how it ends."));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 10000);
        QCOMPARE(notices.constFirst().constFirst().toString(),
                 QStringLiteral("Refund of €4.00 for 529-1438673740-1: Succeeded"));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
