// Refund bench: refunds per second through the RefundEngine (policy, journal, claim, the PW v3
// adapter's HTTP job with its audit rows, the answer applied to the ledger) against a real
// refund-sandbox process, and bare QNetworkAccessManager POSTs of the same refund form to the
// same sandbox endpoint. Both keep the same number of requests in flight; each refund is of
// a sale of its own (the sandbox's seed holds one per refund), so the sandbox does the same
// work for both. The engine runs on its own thread (EngineThread, as in the desktop
// application) over a SQLite ledger; its sales are looked up once before the timing starts,
// as the counter does before a refund. Rounds alternate the two; figures are medians.
// A third, untargeted path shows what is the engine's own cost: bare POSTs of both exchanges
// a PW v3 refund makes (the payment's status, then the refund), one after the other.
//   bench_refunds [--refunds N] [--rounds N] [--in-flight N]
#include "BenchSamples.h"
#include "SandboxProcess.h"
#include "engine/EngineThread.h"
#include "engine/RefundEngine.h"
#include "gateways/FormUrlEncoded.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace RefundDesk;
using namespace RefundDesk::Bench;

namespace {

const QString kApiKey = QStringLiteral("4d41d21a935f5bba9dee7c7be4a7ca04"); // the seed's pw-partial account

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_refunds: %s\n", qPrintable(message));
    std::exit(1);
}

QString transactionId(int sale)
{
    return QStringLiteral("529-%1-9").arg(1500000000 + sale);
}

QString referenceNo(int sale)
{
    return QStringLiteral("BENCH-%1").arg(sale, 8, 10, QLatin1Char('0'));
}

// The built-in seed with `count` more PW v3 sales (approved VISA payments of 49.99 EUR on
// the account that allows partial refunds), one per refund the bench makes.
QByteArray seedWithSales(int count)
{
    QFile file(QStringLiteral(REFUNDDESK_DEFAULT_SEED));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(file.fileName()));
    QJsonObject seed = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject pw = seed.value(u"pwv3").toObject();
    QJsonArray sales = pw.value(u"sales").toArray();
    for (int i = 0; i < count; ++i) {
        sales.append(QJsonObject {{QStringLiteral("transactionId"), transactionId(i)},
                                  {QStringLiteral("referenceNo"), referenceNo(i)},
                                  {QStringLiteral("account"), QStringLiteral("pw-partial")},
                                  {QStringLiteral("amount"), QStringLiteral("49.99")},
                                  {QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("paymentMethod"), QStringLiteral("VISA")},
                                  {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                  {QStringLiteral("paid_days_ago"), 1}});
    }
    pw.insert(QStringLiteral("sales"), sales);
    seed.insert(QStringLiteral("pwv3"), pw);
    return QJsonDocument(seed).toJson();
}

// Runs `count` jobs with at most inFlight at once; start(i, done) begins job i and calls
// done(ok) when it is over. Returns the elapsed nanoseconds.
qint64 runWindow(int count, int inFlight, const std::function<void(int, std::function<void(bool)>)> &start)
{
    QEventLoop loop;
    int started = 0;
    int finished = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&] {
        if (started >= count)
            return;
        const int job = started++;
        start(job, [&](bool ok) {
            if (!ok)
                die(QStringLiteral("job %1 failed").arg(job));
            if (++finished == count)
                loop.quit();
            else
                next();
        });
    };
    for (int i = 0; i < std::min(count, inFlight); ++i)
        next();
    loop.exec();
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RefundDesk refund throughput bench."));
    parser.addHelpOption();
    const QCommandLineOption refundsOption(QStringLiteral("refunds"),
                                           QStringLiteral("Refunds per round and path (default 100)."),
                                           QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds (default 10)."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"),
                                            QStringLiteral("Requests in flight at once (default 4)."),
                                            QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({refundsOption, roundsOption, inFlightOption});
    parser.process(app);
    const int perRound = std::max(1, parser.value(refundsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int inFlight = std::max(1, parser.value(inFlightOption).toInt());
    // An untimed first round, then the timed ones; the engine and the bare POSTs each
    // refund sales of their own.
    const int perPath = perRound * (rounds + 1);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString seedPath = dir.filePath(QStringLiteral("seed.json"));
    {
        QFile seed(seedPath);
        const QByteArray json = seedWithSales(3 * perPath);
        if (!seed.open(QIODevice::WriteOnly) || seed.write(json) != json.size())
            die(QStringLiteral("cannot write %1").arg(seedPath));
    }
    SandboxProcess sandbox({QStringLiteral("--seed"), seedPath});
    if (!sandbox.start())
        die(sandbox.lastError());

    const QString configPath = dir.filePath(QStringLiteral("refunddesk.ini"));
    {
        const QString ini = QStringLiteral("[store]\nid=S1\nname=Bench store\ncurrency=EUR\nlocale=en_US\nregister=R1\n"
                                           "[ledger]\nurl=sqlite:%1\n"
                                           "[gateway.pwv3]\nbase_url=http://127.0.0.1:%2\napi_key=%3\n"
                                           "partial_refunds=true\n")
                                .arg(dir.filePath(QStringLiteral("ledger.db")))
                                .arg(sandbox.port())
                                .arg(kApiKey);
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly) || config.write(ini.toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(configPath));
    }
    const RefundDeskConfig::Loaded config = RefundDeskConfig::load(configPath);
    if (!config.ok)
        die(config.errors.join(u'\n'));

    EngineThread engineThread(config.config, {false, false});
    {
        QEventLoop loop;
        QObject::connect(&engineThread, &EngineThread::ready, &loop, &QEventLoop::quit);
        QObject::connect(&engineThread, &EngineThread::failed, &loop, [](const QString &message) { die(message); });
        engineThread.start();
        loop.exec();
    }
    RefundEngine &engine = *engineThread.engine();
    const Actor manager {QStringLiteral("bench-manager"), Role::Manager};
    const Money amount(1000, *Currency::fromCode(u"EUR"));

    // The counter finds the sale before it refunds it: untimed.
    std::printf("looking up %d sales...\n", perPath);
    std::fflush(stdout);
    QList<qint64> saleIds(perPath);
    runWindow(perPath, inFlight, [&](int i, std::function<void(bool)> done) {
        engine.findSale(
            {GatewayId::PwV3, SaleIdKind::Reference, referenceNo(i)}, RefundEngine::LookupMode::Refresh, &app,
            [&saleIds, i, done](const SaleView &view) {
                if (!view.found() || !view.refundable)
                    die(QStringLiteral("sale %1: %2 %3").arg(i).arg(view.message, view.notRefundableReason));
                saleIds[i] = view.sale.ledgerId;
                done(true);
            });
    });

    QNetworkAccessManager network;
    const QUrl refundUrl = sandbox.url(QStringLiteral("/pw/v3/payment/refund"));
    const auto engineRefunds = [&](int round) {
        return runWindow(perRound, inFlight, [&, round](int i, std::function<void(bool)> done) {
            RefundSubmission submission;
            submission.saleLedgerId = saleIds.at(round * perRound + i);
            submission.amount = amount;
            submission.reason = QStringLiteral("bench");
            submission.actor = manager;
            engine.refund(submission, &app, [done](const RefundOutcome &outcome) {
                const bool ok = outcome.status == RefundOutcome::Status::Recorded
                    && outcome.refund.status == RefundStatus::Succeeded;
                if (!ok)
                    std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
                done(ok);
            });
        });
    };
    const std::function<void(int, std::function<void(bool)>)> barePost = [&](int sale, std::function<void(bool)> done) {
        // The form the adapter sends for a partial refund.
        const QByteArray body = FormUrlEncoded::encode({
            {QStringLiteral("apiKey"), kApiKey},
            {QStringLiteral("transactionId"), transactionId(sale)},
            {QStringLiteral("referenceNo"), QUuid::createUuid().toString(QUuid::Id128)},
            {QStringLiteral("amount"), QString::number(amount.minorUnits())},
            {QStringLiteral("currency"), amount.currency().code()},
        });
        QNetworkRequest request(refundUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const bool ok =
                reply->error() == QNetworkReply::NoError && answer.value(u"status").toString() == u"APPROVED";
            if (!ok)
                std::fprintf(stderr, "bare POST: %s\n", qPrintable(reply->errorString()));
            reply->deleteLater();
            done(ok);
        });
    };
    const auto barePosts = [&](int round) {
        return runWindow(perRound, inFlight, [&, round](int i, std::function<void(bool)> done) {
            barePost(perPath + round * perRound + i, std::move(done));
        });
    };

    const QUrl statusUrl = sandbox.url(QStringLiteral("/pw/v3/payment/status"));
    const auto barePairs = [&](int round) {
        return runWindow(perRound, inFlight, [&, round](int i, std::function<void(bool)> done) {
            const int sale = 2 * perPath + round * perRound + i;
            QNetworkRequest request(statusUrl);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Accept", "application/json");
            QNetworkReply *reply = network.post(request,
                                                FormUrlEncoded::encode({
                                                    {QStringLiteral("apiKey"), kApiKey},
                                                    {QStringLiteral("referenceNo"), referenceNo(sale)},
                                                }));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, sale, done] {
                const bool ok = reply->error() == QNetworkReply::NoError;
                reply->deleteLater();
                if (!ok) {
                    std::fprintf(stderr, "bare status POST: %s\n", qPrintable(reply->errorString()));
                    done(false);
                    return;
                }
                barePost(sale, done);
            });
        });
    };

    BenchSamples engineRate;
    BenchSamples bareRate;
    BenchSamples pairRate;
    const auto rate = [perRound](qint64 nanoseconds) {
        return perRound / (double(nanoseconds) / 1e9);
    };
    for (int round = 0; round <= rounds; ++round) {
        qint64 engineTime = 0;
        qint64 bareTime = 0;
        if (round % 2 == 0) {
            engineTime = engineRefunds(round);
            bareTime = barePosts(round);
        } else {
            bareTime = barePosts(round);
            engineTime = engineRefunds(round);
        }
        const qint64 pairTime = barePairs(round);
        if (round == 0)
            continue; // warm-up
        engineRate.add(rate(engineTime));
        bareRate.add(rate(bareTime));
        pairRate.add(rate(pairTime));
    }
    const int executed = sandbox.requestCount(QStringLiteral("POST /pw/v3/payment/refund"));
    if (executed != 3 * perPath)
        die(QStringLiteral("the sandbox saw %1 refund requests, %2 were made").arg(executed).arg(3 * perPath));

    const double engineMedian = engineRate.median();
    const double bareMedian = bareRate.median();
    std::printf("\n%d refunds per round and path, %d in flight; medians of %d rounds; %d engine refunds "
                "succeeded\n\n",
                perRound, inFlight, rounds, perPath);
    std::printf("| path | refunds/s | ratio | target | met |\n|---|---:|---:|---|---|\n");
    std::printf("| RefundEngine (journal, HTTP, ledger) | %.1f | %.2f | >= 0.5 of bare | %s |\n", engineMedian,
                engineMedian / bareMedian, engineMedian >= bareMedian / 2 ? "yes" : "NO");
    std::printf("| bare QNetworkAccessManager POST | %.1f | 1.00 | | |\n", bareMedian);
    const double pairMedian = pairRate.median();
    std::printf("| bare status POST, then refund POST (a PW v3 refund's two exchanges) | %.1f | %.2f | | |\n",
                pairMedian, pairMedian / bareMedian);
    std::printf("\nRefundEngine against the bare pair: %.2f\n", engineMedian / pairMedian);
    return 0;
}
