#include "engine/EngineThread.h"
#include "engine/RefundEngine.h"
#include "engine/RefundSync.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// The desktop application's engine runs on a thread of its own: requests made from the UI
// thread are answered on the UI thread, and the work never runs there.
class TestEngineThread : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    RefundDeskConfig config() const
    {
        RefundDeskConfig config;
        config.store.id = QStringLiteral("S1");
        config.store.currency = *Currency::fromCode(u"EUR");
        config.ledger.url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger.db"));
        return config;
    }

private Q_SLOTS:
    void answersOnTheCallersThread()
    {
        EngineThread thread(config(), EngineThread::Options {});
        QSignalSpy ready(&thread, &EngineThread::ready);
        QSignalSpy failed(&thread, &EngineThread::failed);
        thread.start();
        QTRY_COMPARE(ready.count() + failed.count(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(thread.engine());
        QVERIFY(thread.engine()->thread() != QThread::currentThread());
        QCOMPARE(thread.sync()->thread(), thread.engine()->thread());

        std::optional<SaleView> view;
        QThread *answeredOn = nullptr;
        thread.engine()->findSale({GatewayId::PwV3, SaleIdKind::Reference, QStringLiteral("R-1")},
                                  RefundEngine::LookupMode::LedgerFirst, this, [&](const SaleView &found) {
                                      view = found;
                                      answeredOn = QThread::currentThread();
                                  });
        QTRY_VERIFY(view.has_value());
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(view->status, SaleView::Status::Unavailable); // no PW v3 account configured
        QVERIFY(view->message.contains(QStringLiteral("not configured")));

        std::optional<LedgerValue<UserAccount>> added;
        thread.engine()->addEmployee(QStringLiteral("max"), QString(), Role::Manager, QStringLiteral("1357"),
                                     Actor {QStringLiteral("setup"), Role::BackOffice}, this,
                                     [&](const LedgerValue<UserAccount> &result) { added = result; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok(), qPrintable(added->message()));
        std::optional<PinCheck> check;
        thread.engine()->verifyEmployee(QStringLiteral("max"), QStringLiteral("1357"), this,
                                        [&](const PinCheck &result) { check = result; });
        QTRY_VERIFY(check.has_value());
        QVERIFY(check->ok());
    }

    void badConfigurationFails()
    {
        RefundDeskConfig broken = config();
        broken.ledger.url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("missing/folder/ledger.db"));
        EngineThread thread(broken, EngineThread::Options {});
        QSignalSpy failed(&thread, &EngineThread::failed);
        thread.start();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!thread.engine());
    }
};

QTEST_GUILESS_MAIN(TestEngineThread)
#include "tst_enginethread.moc"
