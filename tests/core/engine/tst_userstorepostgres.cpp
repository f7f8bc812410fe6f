#include "TemporaryPostgres.h"
#include "engine/UserDirectory.h"
#include "engine/UserStore.h"
#include "ledger/LedgerFactory.h"

#include <QTest>

using namespace RefundDesk;

// The employee list with its SQL as PostgreSQL runs it, on a server of the test's own.
class TestUserStorePostgres : public QObject
{
    Q_OBJECT

private:
    TemporaryPostgres m_postgres;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("users_1")), qPrintable(m_postgres.errorString()));
    }

    void addVerifyAndLockOut()
    {
        const QString url = m_postgres.url(QStringLiteral("users_1"));
        LedgerResult result = LedgerResult::success();
        const std::unique_ptr<Ledger> ledger = LedgerFactory::openLedger(url, &result);
        QVERIFY2(ledger, qPrintable(result.message()));
        ledger->setAuditKey(QByteArrayLiteral("postgres-test-key"));
        const std::unique_ptr<UserStore> store = UserStore::open(url, &result);
        QVERIFY2(store, qPrintable(result.message()));
        QDateTime now(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        UserDirectory users(*store, *ledger, UserDirectory::Place {QStringLiteral("S1"), QStringLiteral("R1")},
                            std::chrono::seconds(60), [&now] { return now; });

        const auto added = users.addUser(QStringLiteral("max"), QStringLiteral("Max"), Role::Manager,
                                         QStringLiteral("1357"), QStringLiteral("admin"));
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(
            users
                .addUser(QStringLiteral("max"), QString(), Role::Clerk, QStringLiteral("2468"), QStringLiteral("admin"))
                .error(),
            LedgerResult::Error::Conflict);
        UserUpdate limit;
        limit.dailyLimitMinor = std::optional<qint64>(12345);
        QCOMPARE(users.updateUser(QStringLiteral("max"), limit, QStringLiteral("admin")).value().dailyLimitMinor,
                 std::optional<qint64>(12345));
        QVERIFY(users.verifyPin(QStringLiteral("max"), QStringLiteral("1357")).ok());
        for (int attempt = 1; attempt < UserDirectory::kMaxFailures; ++attempt)
            QCOMPARE(users.verifyPin(QStringLiteral("max"), QStringLiteral("0000")).status, PinCheck::Status::WrongPin);
        QCOMPARE(users.verifyPin(QStringLiteral("max"), QStringLiteral("0000")).status, PinCheck::Status::LockedOut);
        QCOMPARE(users.verifyPin(QStringLiteral("max"), QStringLiteral("1357")).status, PinCheck::Status::LockedOut);
        now = now.addSecs(60);
        QVERIFY(users.verifyPin(QStringLiteral("max"), QStringLiteral("1357")).ok());
        const auto listed = users.list();
        QVERIFY2(listed.ok(), qPrintable(listed.message()));
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().constFirst().dailyLimitMinor, std::optional<qint64>(12345));
        QVERIFY(ledger->verifyAuditChain().value().intact);
    }
};

QTEST_GUILESS_MAIN(TestUserStorePostgres)
#include "tst_userstorepostgres.moc"
