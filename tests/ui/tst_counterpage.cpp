#include "CounterPage.h"
#include "DemoEnvironment.h"
#include "DeskSession.h"
#include "RefundPanel.h"
#include "ResultPage.h"
#include "SalePanel.h"
#include "engine/RefundEngine.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;

class TestCounterPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<DeskSession> m_session;

    void signIn(const QString &name, const QString &pin)
    {
        bool done = false;
        PinCheck result;
        m_session->engine().verifyEmployee(name, pin, this, [&](const PinCheck &check) {
            result = check;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result.ok(), qPrintable(result.message));
        m_session->signIn(result.account);
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoEnvironment::Options options;
        options.sandbox.payNetSettleMs = 0;
        options.sandbox.secPaidAutoApproveMs = 0;
        m_demo = std::make_unique<DemoEnvironment>(options);
        QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
        QSignalSpy failed(m_demo.get(), &DemoEnvironment::failed);
        m_demo->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_session = std::make_unique<DeskSession>(m_demo->config(), m_demo->configPath(), true);
        QSignalSpy sessionReady(m_session.get(), &DeskSession::ready);
        m_session->start();
        QVERIFY(sessionReady.wait(20000));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_demo.reset();
    }

    void partialRefundAtEachGateway_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("remaining");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("headline");
        QTest::newRow("Pockyt") << QStringLiteral("297553638300708562") << QStringLiteral("USD\u00A025.00")
                                << QStringLiteral("5.00") << QStringLiteral("Refund succeeded");
        QTest::newRow("PW v3") << QStringLiteral("529-1438673740-1") << QStringLiteral("€49.99")
                               << QStringLiteral("10.00") << QStringLiteral("Refund succeeded");
        QTest::newRow("SecPaid") << QStringLiteral("12345") << QStringLiteral("€49.99") << QStringLiteral("9.99")
                                 << QStringLiteral("Refund pending");
        QTest::newRow("PayNet") << QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3")
                                << QStringLiteral("MYR\u00A0100.00") << QStringLiteral("10.00")
                                << QStringLiteral("Refund pending");
    }

    void partialRefundAtEachGateway()
    {
        QFETCH(QString, typed);
        QFETCH(QString, remaining);
        QFETCH(QString, amount);
        QFETCH(QString, headline);
        signIn(QStringLiteral("clerk"), QStringLiteral("1111"));
        CounterPage page(*m_session);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.searchField()->setFocus();
        QTest::keyClicks(page.searchField(), typed);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QCOMPARE(page.salePanel()->remainingText(), remaining);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), QStringLiteral("refundAmount"));
        QTest::keyClicks(focused, amount);
        QTest::keyClick(focused, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Result, 15000);
        QCOMPARE(page.resultPage()->headline(), headline);
    }
};

QTEST_MAIN(TestCounterPage)
#include "tst_counterpage.moc"
