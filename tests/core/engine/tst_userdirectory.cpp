#include "EngineFixture.h"
#include "engine/PinHasher.h"

#include <QSqlQuery>
#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::PinCheck::Status)

class TestUserDirectory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_fx;

    UserDirectory &users() { return *m_fx->users; }

    QString storedHash(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_fx->dir.filePath(QStringLiteral("ledger.db")));
        QString hash;
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT pin_hash FROM users WHERE name = ?"));
            query.addBindValue(name);
            if (query.exec() && query.next())
                hash = query.value(0).toString();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return hash;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(m_fx->open(&error), qPrintable(error));
        QVERIFY(users()
                    .addUser(QStringLiteral("max"), QStringLiteral("Max Mustermann"), Role::Manager,
                             QStringLiteral("1357"), QStringLiteral("admin"))
                    .ok());
    }
    void cleanup() { m_fx.reset(); }

    void pinIsStoredAsAPbkdf2Hash()
    {
        const QString hash = storedHash(QStringLiteral("max"));
        QVERIFY2(hash.startsWith(QStringLiteral("pbkdf2-sha256$600000$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("1357")));
        QVERIFY(PinHasher::verify(QStringLiteral("1357"), hash));
        QVERIFY(users().find(QStringLiteral("max")).value().pinHash.isEmpty());
        QVERIFY(users()
                    .addUser(QStringLiteral("mia"), QString(), Role::Manager, QStringLiteral("1357"),
                             QStringLiteral("admin"))
                    .ok());
        QVERIFY(storedHash(QStringLiteral("mia")) != hash); // a salt per user
        QCOMPARE(m_fx->auditActions(), (QStringList {QStringLiteral("user.added"), QStringLiteral("user.added")}));
    }

    void rightPinSignsIn()
    {
        const PinCheck check = users().verifyPin(QStringLiteral("max"), QStringLiteral("1357"));
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.account.role, Role::Manager);
        QCOMPARE(check.account.displayName, QStringLiteral("Max Mustermann"));
        QVERIFY(check.account.pinHash.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<PinCheck::Status>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong pin") << QStringLiteral("max") << QStringLiteral("0000") << PinCheck::Status::WrongPin
                                   << QStringLiteral("Wrong PIN. 4 more tries before Max Mustermann is locked out.");
        QTest::newRow("unknown") << QStringLiteral("nobody") << QStringLiteral("1357") << PinCheck::Status::UnknownUser
                                 << QStringLiteral("There is no employee named \"nobody\".");
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, pin);
        QFETCH(PinCheck::Status, expected);
        QFETCH(QString, message);
        const PinCheck check = users().verifyPin(name, pin);
        QCOMPARE(check.status, expected);
        QCOMPARE(check.message, message);
        QCOMPARE(m_fx->auditActions().constLast(), QStringLiteral("pin.failed"));
    }

    void fiveWrongPinsLockOut()
    {
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const PinCheck check = users().verifyPin(QStringLiteral("max"), QStringLiteral("9999"));
            QCOMPARE(check.status, PinCheck::Status::WrongPin);
            QCOMPARE(check.attemptsLeft, 5 - attempt);
        }
        const PinCheck fifth = users().verifyPin(QStringLiteral("max"), QStringLiteral("9999"));
        QCOMPARE(fifth.status, PinCheck::Status::LockedOut);
        QCOMPARE(fifth.lockedUntil, m_fx->now.addSecs(900));
        QCOMPARE(m_fx->auditActions().constLast(), QStringLiteral("pin.locked_out"));

        // Locked: even the right PIN is refused, and nothing is counted.
        m_fx->now = m_fx->now.addSecs(899);
        QCOMPARE(users().verifyPin(QStringLiteral("max"), QStringLiteral("1357")).status, PinCheck::Status::LockedOut);

        m_fx->now = m_fx->now.addSecs(1);
        QVERIFY(users().verifyPin(QStringLiteral("max"), QStringLiteral("1357")).ok());
        // A success starts the count again.
        QCOMPARE(users().verifyPin(QStringLiteral("max"), QStringLiteral("9999")).attemptsLeft, 4);
    }

    void newPinsAreChecked_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("too short") << QStringLiteral("123");
        QTest::newRow("letters") << QStringLiteral("12ab");
        QTest::newRow("too long") << QStringLiteral("1234567890123");
    }

    void newPinsAreChecked()
    {
        QFETCH(QString, pin);
        const auto added = users().addUser(QStringLiteral("zoe"), QString(), Role::Clerk, pin, QStringLiteral("admin"));
        QCOMPARE(added.error(), LedgerResult::Error::Invalid);
        QCOMPARE(users().find(QStringLiteral("zoe")).error(), LedgerResult::Error::NotFound);
    }

    void namesAreUnique()
    {
        const auto again =
            users().addUser(QStringLiteral("max"), QString(), Role::Clerk, QStringLiteral("2468"), QStringLiteral("a"));
        QCOMPARE(again.error(), LedgerResult::Error::Conflict);
    }

    void changedPinAndDisabledAccount()
    {
        QVERIFY(users().changePin(QStringLiteral("max"), QStringLiteral("8642"), QStringLiteral("bo")).ok());
        QCOMPARE(users().verifyPin(QStringLiteral("max"), QStringLiteral("1357")).status, PinCheck::Status::WrongPin);
        QVERIFY(users().verifyPin(QStringLiteral("max"), QStringLiteral("8642")).ok());
        UserUpdate disable;
        disable.active = false;
        QVERIFY(users().updateUser(QStringLiteral("max"), disable, QStringLiteral("bo")).ok());
        QCOMPARE(users().verifyPin(QStringLiteral("max"), QStringLiteral("8642")).status, PinCheck::Status::Inactive);
    }

    void engineChecksPinsOffTheCallersThread()
    {
        const auto check = m_fx->wait<PinCheck>([&](QObject *context, auto done) {
            m_fx->engine->verifyEmployee(QStringLiteral("max"), QStringLiteral("1357"), context, done);
        });
        QVERIFY(check);
        QVERIFY(check->ok());
        const auto added = m_fx->wait<LedgerValue<UserAccount>>([&](QObject *context, auto done) {
            m_fx->engine->addEmployee(QStringLiteral("cleo"), QString(), Role::Clerk, QStringLiteral("2468"), clerk(),
                                      context, done);
        });
        QVERIFY(added);
        QCOMPARE(added->error(), LedgerResult::Error::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
