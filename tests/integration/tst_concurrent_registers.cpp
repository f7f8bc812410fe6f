#include "RefundctlHarness.h"
#include "TemporaryPostgres.h"
#include "ledger/LedgerFactory.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <map>
#include <vector>

using namespace RefundDesk;

namespace {

constexpr int kRegisters = 8;
// Each register's budget: how many refunds it tries before it stops.
constexpr int kAttemptsPerRegister = 40;
constexpr int kWaves = 4; // of 25 sales; a register refunds 10 of each wave's sales
// How the 100 sales are spread: the two gateways that answer at once, SecPaid (followed by
// polling, one refund per payment) and PayNet (pending until its webhook).
constexpr int kPockytSales = 35;
constexpr int kPwV3Sales = 35;
constexpr int kSecPaidSales = 20;
constexpr int kPayNetSales = 10;
constexpr int kLaneTimeoutMs = 150000;

const QString kDatabase = QStringLiteral("registers");
const QString kAuditKey = QStringLiteral("concurrent-registers-audit-key");
const QString kPwApiKey = QStringLiteral("4d41d21a935f5bba9dee7c7be4a7ca04");

// One sale, as the sandbox holds it and as refundctl is told to find it.
struct PlannedSale
{
    QString gateway; // refundctl's name: pockyt, pwv3, secpaid, paynet
    QString idOption; // --transaction or --reference
    QString id; // what refundctl is given
    QString transactionId; // the gateway's id: the sale's key at the sandbox and in the ledger
    qint64 amountMinor = 0;
    QString currency;

    QString decimal(qint64 minor) const { return Money(minor, *Currency::fromCode(currency)).toDecimalString(); }
};

// One refundctl run of one register.
struct Attempt
{
    int registerIndex = 0;
    int sale = -1;
    qint64 amountMinor = 0;
    QStringList arguments;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
    QString describe() const
    {
        return QStringLiteral("R%1 %2 -> exit %3%4\nstdout: %5\nstderr: %6")
            .arg(registerIndex + 1)
            .arg(arguments.join(u' '))
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out.trimmed()), QString::fromUtf8(err.trimmed()));
    }
};

enum class Verdict { Accepted, OverRefundByPolicy, OverRefundByLedger, OnePerPayment, Unexpected };

QString compactId(QString id)
{
    return id.remove(u'-').toLower();
}

QJsonObject pockytSale(int number, const QString &transactionNo, const QString &amount)
{
    return {{QStringLiteral("transactionNo"), transactionNo},
            {QStringLiteral("reference"), QStringLiteral("CR-PK-%1").arg(number, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("merchantNo"), QStringLiteral("200043")},
            {QStringLiteral("storeNo"), QStringLiteral("300014")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("settleCurrency"), QStringLiteral("USD")},
            {QStringLiteral("status"), QStringLiteral("success")},
            {QStringLiteral("paid_days_ago"), 1}};
}

// The sandbox's seed: the credentials RefundctlHarness configures, and the sales.
QJsonObject seedFor(const QList<PlannedSale> &sales)
{
    QJsonArray pockyt, pwv3, secpaid, paynet;
    for (int i = 0; i < sales.size(); ++i) {
        const PlannedSale &sale = sales.at(i);
        const QString amount = sale.decimal(sale.amountMinor);
        if (sale.gateway == u"pockyt") {
            pockyt.append(pockytSale(i, sale.transactionId, amount));
        } else if (sale.gateway == u"pwv3") {
            pwv3.append(QJsonObject {
                {QStringLiteral("transactionId"), sale.transactionId},
                {QStringLiteral("referenceNo"), sale.id},
                {QStringLiteral("account"), QStringLiteral("pw-partial")},
                {QStringLiteral("amount"), amount},
                {QStringLiteral("currency"), sale.currency},
                {QStringLiteral("paymentMethod"), i % 2 ? QStringLiteral("VISA") : QStringLiteral("CREDITCARD")},
                {QStringLiteral("status"), QStringLiteral("APPROVED")},
                {QStringLiteral("paid_days_ago"), 1}});
        } else if (sale.gateway == u"secpaid") {
            secpaid.append(QJsonObject {{QStringLiteral("pay_id"), sale.transactionId.toInt()},
                                        {QStringLiteral("account"), QStringLiteral("secpaid-main")},
                                        {QStringLiteral("amount"), amount},
                                        {QStringLiteral("currency"), sale.currency},
                                        {QStringLiteral("status"), QStringLiteral("paid")},
                                        {QStringLiteral("disputed"), false},
                                        {QStringLiteral("paid_days_ago"), 1}});
        } else {
            paynet.append(QJsonObject {{QStringLiteral("checkoutId"), sale.transactionId},
                                       {QStringLiteral("endToEndId"),
                                        QStringLiteral("20240925M0000201861OBW1%1").arg(i, 7, 10, QLatin1Char('0'))},
                                       {QStringLiteral("amount"), amount},
                                       {QStringLiteral("currency"), sale.currency},
                                       {QStringLiteral("paymentMethod"), QStringLiteral("01")},
                                       {QStringLiteral("issuer"), QStringLiteral("Maybank")},
                                       {QStringLiteral("status"), QStringLiteral("CLEARED")},
                                       {QStringLiteral("paid_days_ago"), 1},
                                       {QStringLiteral("refund_outcome"), QStringLiteral("ACCEPTED")}});
        }
    }
    return {
        {QStringLiteral("format"), QStringLiteral("refund-sandbox-seed/1")},
        {QStringLiteral("description"), QStringLiteral("tst_concurrent_registers: 100 sales over the four gateways")},
        {QStringLiteral("pockyt"),
         QJsonObject {{QStringLiteral("merchants"),
                       QJsonArray {QJsonObject {{QStringLiteral("merchantNo"), QStringLiteral("200043")},
                                                {QStringLiteral("storeNo"), QStringLiteral("300014")},
                                                {QStringLiteral("apiToken"), QStringLiteral("testtoken")}}}},
                      {QStringLiteral("sales"), pockyt}}},
        {QStringLiteral("pwv3"),
         QJsonObject {{QStringLiteral("accounts"),
                       QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("pw-partial")},
                                                {QStringLiteral("apiKey"), kPwApiKey},
                                                {QStringLiteral("partial_refunds"), true}}}},
                      {QStringLiteral("sales"), pwv3}}},
        {QStringLiteral("secpaid"),
         QJsonObject {
             {QStringLiteral("accounts"),
              QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("secpaid-main")},
                                       {QStringLiteral("token"), QStringLiteral("secpaid-sandbox-token-main")}}}},
             {QStringLiteral("sales"), secpaid}}},
        {QStringLiteral("paynet"),
         QJsonObject {{QStringLiteral("merchant"),
                       QJsonObject {{QStringLiteral("clientId"), QStringLiteral("sandbox-client-0001")},
                                    {QStringLiteral("merchantId"), QStringLiteral("M0000201861")},
                                    {QStringLiteral("keyName"), QStringLiteral("sandbox-merchant-key-1")}}},
                      {QStringLiteral("sales"), paynet}}},
    };
}

QList<PlannedSale> planSales(QRandomGenerator &random)
{
    QList<PlannedSale> sales;
    auto add = [&](const QString &gateway, const QString &idOption, const QString &id, const QString &transactionId,
                   const QString &currency) {
        // 20.00 to 300.00
        sales.append(PlannedSale {gateway, idOption, id, transactionId, random.bounded(2000, 30001), currency});
    };
    for (int i = 0; i < kPockytSales; ++i) {
        const QString transactionNo = QStringLiteral("2980000000000%1").arg(i, 5, 10, QLatin1Char('0'));
        add(QStringLiteral("pockyt"), QStringLiteral("--transaction"), transactionNo, transactionNo,
            QStringLiteral("USD"));
    }
    for (int i = 0; i < kPwV3Sales; ++i) {
        add(QStringLiteral("pwv3"), QStringLiteral("--reference"),
            QStringLiteral("2-1700000000-%1-01").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("530-1700000000-%1").arg(i), QStringLiteral("EUR"));
    }
    for (int i = 0; i < kSecPaidSales; ++i) {
        const QString payId = QString::number(60001 + i);
        add(QStringLiteral("secpaid"), QStringLiteral("--transaction"), payId, payId, QStringLiteral("EUR"));
    }
    for (int i = 0; i < kPayNetSales; ++i) {
        const QString checkoutId = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        add(QStringLiteral("paynet"), QStringLiteral("--transaction"), checkoutId, checkoutId, QStringLiteral("MYR"));
    }
    return sales;
}

// Each register's budget of refunds, in a random order of its own: the sales are dealt into
// waves (the same for every register), and in each wave a register refunds a random part of
// that wave's sales, each for a random 15% to 65% of the sale. The registers move through the
// waves at about the same pace, so many of them work on the same sale at the same moment, and
// a sale's third or fourth refund usually asks for more than is left.
QList<QList<Attempt>> planRefunds(QRandomGenerator &random, const QList<PlannedSale> &sales)
{
    auto shuffle = [&random](QList<int> &list) {
        for (int i = static_cast<int>(list.size()) - 1; i > 0; --i)
            list.swapItemsAt(i, random.bounded(i + 1));
    };
    QList<int> dealt;
    for (int i = 0; i < sales.size(); ++i)
        dealt.append(i);
    shuffle(dealt);
    const int perWave = static_cast<int>(sales.size()) / kWaves;
    QList<QList<Attempt>> lanes;
    for (int r = 0; r < kRegisters; ++r) {
        QList<Attempt> lane;
        for (int wave = 0; wave < kWaves; ++wave) {
            QList<int> order = dealt.mid(wave * perWave, perWave);
            shuffle(order);
            for (int n = 0; n < kAttemptsPerRegister / kWaves; ++n) {
                const PlannedSale &sale = sales.at(order.at(n));
                Attempt attempt;
                attempt.registerIndex = r;
                attempt.sale = order.at(n);
                attempt.amountMinor = std::max<qint64>(1, sale.amountMinor * random.bounded(15, 66) / 100);
                attempt.arguments = QStringList {QStringLiteral("refund"),
                                                 QStringLiteral("--gateway"),
                                                 sale.gateway,
                                                 sale.idOption,
                                                 sale.id,
                                                 QStringLiteral("--amount"),
                                                 sale.decimal(attempt.amountMinor),
                                                 QStringLiteral("--actor"),
                                                 QStringLiteral("register-%1").arg(r + 1),
                                                 QStringLiteral("--json")};
                lane.append(attempt);
            }
        }
        lanes.append(lane);
    }
    return lanes;
}

// Runs each lane's attempts one after another through its register's refundctl, the lanes
// side by side; the first process of every lane is started at the same moment. False when
// they did not all finish within timeoutMs (the rest are killed).
bool runLanes(const std::vector<std::unique_ptr<RefundctlHarness>> &registers, QList<QList<Attempt>> &lanes,
              int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    std::vector<std::unique_ptr<QProcess>> processes(static_cast<size_t>(lanes.size()));
    std::vector<qsizetype> next(static_cast<size_t>(lanes.size()), 0);
    qsizetype running = lanes.size();
    std::function<void(qsizetype)> startNext;
    auto finish = [&](qsizetype lane, int exitCode, bool crashed) {
        const auto index = static_cast<size_t>(lane);
        Attempt &done = lanes[lane][next[index]];
        QProcess *process = processes[index].release();
        done.finishedMs = clock.elapsed();
        done.exitCode = exitCode;
        done.crashed = crashed;
        done.out = process->readAllStandardOutput();
        done.err = process->readAllStandardError();
        process->disconnect(&loop);
        process->deleteLater();
        ++next[index];
        startNext(lane);
    };
    startNext = [&](qsizetype lane) {
        const auto index = static_cast<size_t>(lane);
        if (next[index] >= lanes[lane].size()) {
            if (--running == 0)
                loop.quit();
            return;
        }
        Attempt &attempt = lanes[lane][next[index]];
        attempt.startedMs = clock.elapsed();
        processes[index] = registers.at(static_cast<size_t>(attempt.registerIndex))->start(attempt.arguments);
        QProcess *process = processes[index].get();
        QObject::connect(process, &QProcess::finished, &loop,
                         [&finish, lane](int exitCode, QProcess::ExitStatus status) {
                             finish(lane, exitCode, status != QProcess::NormalExit);
                         });
        QObject::connect(process, &QProcess::errorOccurred, &loop, [&finish, lane](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(lane, -1, true);
        });
        // A program that cannot be started at all may say so before the connections exist.
        if (process->state() == QProcess::NotRunning)
            QTimer::singleShot(0, &loop, [&finish, lane] { finish(lane, -1, true); });
    };
    for (qsizetype lane = 0; lane < lanes.size(); ++lane)
        startNext(lane);
    bool timedOut = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    if (running > 0)
        loop.exec();
    for (std::unique_ptr<QProcess> &process : processes) {
        if (!process)
            continue;
        process->disconnect(&loop);
        process->kill();
        process->waitForFinished(5000);
    }
    return !timedOut;
}

Verdict verdictOf(const Attempt &attempt, const PlannedSale &sale)
{
    if (attempt.crashed)
        return Verdict::Unexpected;
    const QJsonObject json = attempt.json();
    const QString stderrLine = QString::fromUtf8(attempt.err).trimmed();
    if (attempt.exitCode == 0) {
        const QString status = json.value(QLatin1String("status")).toString();
        const bool amountRight = json.value(QLatin1String("amount")).toString() == sale.decimal(attempt.amountMinor);
        return amountRight && (status == u"succeeded" || status == u"pending") ? Verdict::Accepted
                                                                               : Verdict::Unexpected;
    }
    if (attempt.exitCode != 1)
        return Verdict::Unexpected;
    // Every other refusal: one line on stderr, the same as {"error": ...} on stdout.
    const QString error = json.value(QLatin1String("error")).toString();
    if (error.isEmpty() || error != stderrLine)
        return Verdict::Unexpected;
    // The policy's words when it already sees too little left; the ledger's when another
    // register took it between the policy and the journal.
    static const QRegularExpression byPolicy(QStringLiteral(
        "^(At most .+ can still be refunded on this sale\\.|Nothing is left to refund on this sale\\.)$"));
    static const QRegularExpression byLedger(QStringLiteral(
        "^[A-Z]{3} [0-9.]+ is more than the [A-Z]{3} [0-9.]+ left to refund on this sale \\(paid [A-Z]{3} "
        "[0-9.]+; refunded or in progress [A-Z]{3} [0-9.]+\\)\\.$"));
    if (byPolicy.match(error).hasMatch())
        return Verdict::OverRefundByPolicy;
    if (byLedger.match(error).hasMatch())
        return Verdict::OverRefundByLedger;
    if (sale.gateway == u"secpaid"
        && error
            == u"SecPaid allows only one refund per payment, and this payment "
               u"already has one.")
        return Verdict::OnePerPayment;
    return Verdict::Unexpected;
}

// Attempts on a sale while another register's attempt on the same sale was running.
int collidingAttempts(const QList<QList<Attempt>> &lanes)
{
    QList<const Attempt *> all;
    for (const QList<Attempt> &lane : lanes) {
        for (const Attempt &attempt : lane)
            all.append(&attempt);
    }
    int colliding = 0;
    for (const Attempt *a : all) {
        for (const Attempt *b : all) {
            if (a->registerIndex != b->registerIndex && a->sale == b->sale && a->startedMs < b->finishedMs
                && b->startedMs < a->finishedMs) {
                ++colliding;
                break;
            }
        }
    }
    return colliding;
}

struct ServerFigures
{
    qint64 deadlocks = -1;
    qint64 rollbacks = -1;
    QString error;
};

// What PostgreSQL counted for the database: deadlocks (each one makes the ledger run its
// transaction again) and transactions rolled back (refusals by the ledger among them).
ServerFigures serverFigures(const TemporaryPostgres &postgres)
{
    ServerFigures figures;
    const QString name = QStringLiteral("tst_concurrent_registers-stats");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(TemporaryPostgres::host());
        db.setPort(postgres.port());
        db.setDatabaseName(kDatabase);
        db.setUserName(TemporaryPostgres::userName());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT deadlocks, xact_rollback FROM pg_stat_database WHERE datname = '%1'")
                               .arg(kDatabase))
                && query.next()) {
                figures.deadlocks = query.value(0).toLongLong();
                figures.rollbacks = query.value(1).toLongLong();
            } else {
                figures.error = query.lastError().text();
            }
        } else {
            figures.error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return figures;
}

} // namespace

// Issue 8's proof that registers cannot over-refund: eight refundctl registers of one store
// share a PostgreSQL ledger and refund random amounts of the same 100 sales at the same
// moments, against the real refund-sandbox. The random seed is printed; set
// REFUNDDESK_CONCURRENCY_SEED to replay a run's plan.
class TestConcurrentRegisters : public QObject
{
    Q_OBJECT

private:
    TemporaryPostgres m_postgres;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::vector<std::unique_ptr<RefundctlHarness>> m_registers;
    QList<PlannedSale> m_sales;
    quint32 m_seed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray fixed = qgetenv("REFUNDDESK_CONCURRENCY_SEED");
        m_seed = fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
        qInfo("random seed %u (replay the plan with REFUNDDESK_CONCURRENCY_SEED=%u)", m_seed, m_seed);
        QRandomGenerator random(m_seed);
        m_sales = planSales(random);
        QCOMPARE(m_sales.size(), 100);

        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QVERIFY2(m_postgres.createDatabase(kDatabase), qPrintable(m_postgres.errorString()));

        QVERIFY(m_dir.isValid());
        const QString seedPath = m_dir.filePath(QStringLiteral("seed.json"));
        QFile seedFile(seedPath);
        QVERIFY(seedFile.open(QIODevice::WriteOnly));
        QVERIFY(seedFile.write(QJsonDocument(seedFor(m_sales)).toJson()) > 0);
        seedFile.close();
        // PayNet refunds stay pending at the sandbox (no settlement, no webhook to receive).
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList {QStringLiteral("--seed"), seedPath, QStringLiteral("--paynet-merchant-key-out"),
                         m_dir.filePath(QStringLiteral("paynet-merchant.pem")), QStringLiteral("--paynet-settle-ms"),
                         QStringLiteral("0")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->lastError()));

        for (int r = 0; r < kRegisters; ++r) {
            RefundctlHarness::Options options;
            options.pwApiKey = kPwApiKey;
            options.registerId = QStringLiteral("R%1").arg(r + 1);
            options.ledgerUrl = m_postgres.url(kDatabase);
            options.auditKey = kAuditKey;
            // The sandbox answers PayNet's refund enquiry only an hour after the refund.
            options.payNetEnquiryMinAgeSeconds = 3600;
            m_registers.push_back(std::make_unique<RefundctlHarness>(*m_sandbox, options));
            QVERIFY2(m_registers.back()->setUp(), qPrintable(m_registers.back()->lastError()));
        }
    }

    void eightRegistersRefundTheSameSales()
    {
        // The ledger learns each sale from its gateway through refundctl lookup: the first
        // register alone (it also creates the schema), then all registers side by side.
        auto lookupOf = [this](int sale) {
            Attempt lookup;
            lookup.registerIndex = sale % kRegisters;
            lookup.sale = sale;
            lookup.arguments =
                QStringList {QStringLiteral("lookup"),  QStringLiteral("--gateway"), m_sales.at(sale).gateway,
                             m_sales.at(sale).idOption, m_sales.at(sale).id,         QStringLiteral("--json")};
            return lookup;
        };
        QList<QList<Attempt>> firstLookup {{lookupOf(0)}};
        QVERIFY(runLanes(m_registers, firstLookup, kLaneTimeoutMs));
        QList<QList<Attempt>> lookups(kRegisters);
        for (int i = 1; i < m_sales.size(); ++i)
            lookups[i % kRegisters].append(lookupOf(i));
        QVERIFY(runLanes(m_registers, lookups, kLaneTimeoutMs));
        for (const QList<Attempt> &lane : firstLookup + lookups) {
            for (const Attempt &lookup : lane) {
                const PlannedSale &planned = m_sales.at(lookup.sale);
                const QJsonObject sale = lookup.json();
                QVERIFY2(lookup.exitCode == 0 && sale.value(QLatin1String("refundable")).toBool()
                             && sale.value(QLatin1String("remaining")).toString()
                                 == planned.decimal(planned.amountMinor),
                         qPrintable(lookup.describe()));
            }
        }

        // The storm.
        QRandomGenerator random(m_seed ^ 0x5eed5eedu);
        QList<QList<Attempt>> lanes = planRefunds(random, m_sales);
        QElapsedTimer storm;
        storm.start();
        QVERIFY2(runLanes(m_registers, lanes, kLaneTimeoutMs), "the registers did not finish in time");
        const qint64 stormMs = storm.elapsed();

        int attempts = 0;
        std::map<Verdict, int> tally;
        QStringList unexpected;
        QHash<QString, const Attempt *> printedRefunds; // refund id -> the attempt that printed it
        for (const QList<Attempt> &lane : std::as_const(lanes)) {
            for (const Attempt &attempt : lane) {
                ++attempts;
                const Verdict verdict = verdictOf(attempt, m_sales.at(attempt.sale));
                ++tally[verdict];
                if (verdict == Verdict::Unexpected)
                    unexpected << attempt.describe();
                const QString refundId = attempt.json().value(QLatin1String("refund_id")).toString();
                if (!refundId.isEmpty())
                    printedRefunds.insert(refundId, &attempt);
            }
        }
        const int accepted = tally[Verdict::Accepted];
        const int byPolicy = tally[Verdict::OverRefundByPolicy];
        const int byLedger = tally[Verdict::OverRefundByLedger];
        const int onePerPayment = tally[Verdict::OnePerPayment];
        const int colliding = collidingAttempts(lanes);
        const ServerFigures server = serverFigures(m_postgres);
        qInfo("%d registers, %d refund attempts in %lld ms: %d accepted, %d refused for more than the remainder "
              "(%d by the policy, %d by the ledger's re-check under the sale's lock), %d refused for SecPaid's one "
              "refund per payment, %d unexpected; %d attempts ran while another register worked on the same sale",
              kRegisters, attempts, stormMs, accepted, byPolicy + byLedger, byPolicy, byLedger, onePerPayment,
              static_cast<int>(unexpected.size()), colliding);
        qInfo("%s",
              qUtf8Printable(server.error.isEmpty()
                                 ? QStringLiteral("PostgreSQL: %1 deadlocks (each retried by the ledger), %2 "
                                                  "transactions rolled back")
                                       .arg(server.deadlocks)
                                       .arg(server.rollbacks)
                                 : QStringLiteral("PostgreSQL's statistics cannot be read: %1").arg(server.error)));
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral("\n\n"))));
        QCOMPARE(attempts, kRegisters * kAttemptsPerRegister);
        QCOMPARE(accepted + byPolicy + byLedger + onePerPayment, attempts);
        QVERIFY2(colliding >= 50, "too few attempts collided to prove anything");
        QVERIFY2(byPolicy + byLedger >= 40, "too few attempts asked for more than was left");
        QVERIFY(accepted >= 100);

        // SecPaid names its refunds only in its transaction list: one sync pass learns the ids.
        const RefundctlHarness::Run sync = m_registers.front()->run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));

        // The ledger, as the registers left it.
        LedgerResult opened;
        const std::unique_ptr<Ledger> ledger = LedgerFactory::openLedger(m_postgres.url(kDatabase), &opened);
        QVERIFY2(ledger, qPrintable(opened.message()));
        const auto listed = ledger->listRefunds(RefundFilter {});
        QVERIFY2(listed.ok(), qPrintable(listed.message()));
        QHash<QString, int> saleIndex; // "gateway/transaction id" -> m_sales index
        for (int i = 0; i < m_sales.size(); ++i)
            saleIndex.insert(m_sales.at(i).gateway + u'/' + m_sales.at(i).transactionId, i);
        QHash<qint64, int> saleOfLedgerId;
        QList<qint64> reservedPerSale(m_sales.size(), 0);
        QHash<QString, Refund> executedInLedger; // pending or succeeded, by compact refund id
        QHash<QString, int> sentPerGateway;
        for (const Refund &refund : listed.value()) {
            const QString id = refund.refundId.toString(QUuid::WithoutBraces);
            if (!saleOfLedgerId.contains(refund.saleLedgerId)) {
                const auto sale = ledger->saleById(refund.saleLedgerId);
                QVERIFY2(sale.ok(), qPrintable(sale.message()));
                const QString key = gatewayKey(sale.value().gateway) + u'/' + sale.value().transactionId;
                QVERIFY2(saleIndex.contains(key), qPrintable(key));
                saleOfLedgerId.insert(refund.saleLedgerId, saleIndex.value(key));
            }
            const int sale = saleOfLedgerId.value(refund.saleLedgerId);
            // Every refund in the ledger is one a register printed, with its amount and register.
            const Attempt *attempt = printedRefunds.value(id);
            QVERIFY2(attempt, qPrintable(QStringLiteral("refund %1 in the ledger, printed by no register").arg(id)));
            QCOMPARE(attempt->sale, sale);
            QCOMPARE(refund.amount.minorUnits(), attempt->amountMinor);
            QCOMPARE(refund.storeId, QStringLiteral("S1"));
            QCOMPARE(refund.registerId, QStringLiteral("R%1").arg(attempt->registerIndex + 1));
            QCOMPARE(refundStatusKey(refund.status), attempt->json().value(QLatin1String("status")).toString());
            switch (refund.status) {
            case RefundStatus::Pending:
            case RefundStatus::Succeeded:
                reservedPerSale[sale] += refund.amount.minorUnits();
                executedInLedger.insert(compactId(id), refund);
                sentPerGateway[gatewayKey(refund.gateway)] += 1;
                break;
            case RefundStatus::Failed:
                // Only the SecPaid refunds that lost the one slot to another register, unsent.
                QCOMPARE(gatewayKey(refund.gateway), QStringLiteral("secpaid"));
                QVERIFY2(refund.message.contains(u"Nothing was sent"), qPrintable(refund.message));
                break;
            case RefundStatus::Draft:
            case RefundStatus::Submitting:
            case RefundStatus::NeedsReview:
            case RefundStatus::Rejected:
                QFAIL(qPrintable(
                    QStringLiteral("refund %1 is %2: %3").arg(id, refundStatusKey(refund.status), refund.message)));
            }
        }
        QCOMPARE(listed.value().size(), printedRefunds.size());
        QCOMPARE(executedInLedger.size(), accepted);

        // The sandbox: every refund it executed is in the ledger, the same, and the other way round.
        const QJsonObject state = m_sandbox->state();
        const QJsonArray sandboxRefunds = state.value(QLatin1String("refunds")).toArray();
        QSet<QString> matched;
        for (const QJsonValue &value : sandboxRefunds) {
            const QJsonObject executed = value.toObject();
            const QString gateway = executed.value(QLatin1String("gateway")).toString();
            const QString gatewayRefundId = executed.value(QLatin1String("gateway_refund_id")).toString();
            QString key = compactId(executed.value(QLatin1String("refund_id")).toString());
            if (key.isEmpty()) {
                // SecPaid keeps no id of ours: its own id, learned by the sync, names the refund.
                for (auto it = executedInLedger.constBegin(); it != executedInLedger.constEnd(); ++it) {
                    if (gatewayKey(it.value().gateway) == gateway && it.value().gatewayRefundId == gatewayRefundId)
                        key = it.key();
                }
            }
            const QString what = QString::fromUtf8(QJsonDocument(executed).toJson(QJsonDocument::Compact));
            QVERIFY2(executedInLedger.contains(key), qPrintable(QStringLiteral("not in the ledger: %1").arg(what)));
            QVERIFY2(!matched.contains(key), qPrintable(QStringLiteral("executed twice: %1").arg(what)));
            matched.insert(key);
            const Refund &refund = executedInLedger.value(key);
            QCOMPARE(gatewayKey(refund.gateway), gateway);
            QCOMPARE(refund.transactionId, executed.value(QLatin1String("sale")).toString());
            QCOMPARE(refund.amount.minorUnits(), executed.value(QLatin1String("amount_minor")).toInteger());
            QCOMPARE(refund.gatewayRefundId, gatewayRefundId);
            QCOMPARE(executed.value(QLatin1String("released")).toBool(), false);
        }
        QCOMPARE(matched.size(), executedInLedger.size());

        // Per sale: never more than paid, and the ledger's sum is what the sandbox refunded.
        QHash<QString, QJsonObject> sandboxSales;
        const QJsonArray salesAtSandbox = state.value(QLatin1String("sales")).toArray();
        for (const QJsonValue &value : salesAtSandbox) {
            const QJsonObject sale = value.toObject();
            sandboxSales.insert(sale.value(QLatin1String("gateway")).toString() + u'/'
                                    + sale.value(QLatin1String("sale")).toString(),
                                sale);
        }
        int fullyRefunded = 0;
        for (int i = 0; i < m_sales.size(); ++i) {
            const PlannedSale &sale = m_sales.at(i);
            const QString key = sale.gateway + u'/' + sale.transactionId;
            QVERIFY2(reservedPerSale.at(i) <= sale.amountMinor, qPrintable(key));
            QVERIFY2(sandboxSales.contains(key), qPrintable(key));
            QCOMPARE(sandboxSales.value(key).value(QLatin1String("refunded_minor")).toInteger(), reservedPerSale.at(i));
            if (reservedPerSale.at(i) == sale.amountMinor)
                ++fullyRefunded;
        }

        // At most once: one refund request per refund that was sent.
        const QJsonObject requests = state.value(QLatin1String("requests")).toObject();
        QCOMPARE(requests.value(QLatin1String("POST /app-data-search/v3/refund")).toInt(),
                 sentPerGateway.value(QStringLiteral("pockyt")));
        QCOMPARE(requests.value(QLatin1String("POST /pw/v3/payment/refund")).toInt(),
                 sentPerGateway.value(QStringLiteral("pwv3")));
        QCOMPARE(requests.value(QLatin1String("POST /api/v2/refundPayment")).toInt(),
                 sentPerGateway.value(QStringLiteral("secpaid")));
        QCOMPARE(requests.value(QLatin1String("POST /v1/bw/refund")).toInt(),
                 sentPerGateway.value(QStringLiteral("paynet")));

        // Every decision left its row, and the chain written by eight programs holds.
        const auto auditRows = ledger->auditCount();
        QVERIFY2(auditRows.ok(), qPrintable(auditRows.message()));
        QVERIFY(auditRows.value() >= attempts);
        const RefundctlHarness::Run verify =
            m_registers.back()->run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        qInfo("ledger: %lld refunds (%lld executed, all at the sandbox), %d of 100 sales refunded in full, %lld audit "
              "rows, chain intact",
              static_cast<qint64>(listed.value().size()), static_cast<qint64>(executedInLedger.size()), fullyRefunded,
              auditRows.value());
    }

    void cleanupTestCase()
    {
        m_registers.clear();
        m_sandbox.reset();
        m_postgres.stop();
    }
};

QTEST_GUILESS_MAIN(TestConcurrentRegisters)
#include "tst_concurrent_registers.moc"
