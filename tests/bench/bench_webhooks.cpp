// Webhook bench: verified webhooks per second through the real WebhookReceiver (EngineHost
// from a configuration, as `refundctl serve` builds it, on its own engine thread) into a
// SQLite ledger, against a bare QHttpServer answering 200 on another thread, with the same
// client: several keep-alive connections, each sending its next request when the previous
// answer is complete. Every webhook is signed as its gateway signs it (Pockyt: verifySign
// over the IPN form; PayNet: an RS256 JWT whose data claim is the body's SHA-256) and moves
// its own pending refund to succeeded, so each one is verified, applied, journaled and
// audited. Requests are built (and signed) before the timing starts. Rounds alternate
// the receiver and the bare server; the figures are medians.
//   bench_webhooks [--webhooks N] [--rounds N] [--connections N]
#include "BenchSamples.h"
#include "HttpLoadClient.h"
#include "engine/EngineHost.h"
#include "gateways/FormUrlEncoded.h"
#include "gateways/paynet/Jwt.h"
#include "gateways/pockyt/PockytSignature.h"
#include "webhooks/WebhookReceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace RefundDesk;
using namespace RefundDesk::Bench;

namespace {

const QString kPockytToken = QStringLiteral("testtoken");

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_webhooks: %s\n", qPrintable(message));
    std::exit(1);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs work on thread's event loop and waits for it.
void onThread(QObject *context, const std::function<void()> &work)
{
    QMetaObject::invokeMethod(context, work, Qt::BlockingQueuedConnection);
}

QByteArray httpPost(const QByteArray &path, const QByteArray &contentType, const QByteArray &body,
                    const QByteArray &authorization = {})
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    return request + "\r\n" + body;
}

// A pending refund of a sale of its own, ready for the webhook that settles it.
Refund pendingRefund(Ledger &ledger, GatewayId gateway, int number)
{
    Sale sale;
    sale.gateway = gateway;
    if (gateway == GatewayId::Pockyt) {
        sale.transactionId = QString::number(397553638300000000LL + number);
        sale.reference = QStringLiteral("POS-%1").arg(number);
        sale.amount = Money(2500, *Currency::fromCode(u"USD"));
        sale.method = QStringLiteral("alipay");
    } else {
        sale.transactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sale.amount = Money(2500, *Currency::fromCode(u"MYR"));
        sale.method = QStringLiteral("01");
    }
    sale.gatewayStatus = gateway == GatewayId::Pockyt ? QStringLiteral("success") : QStringLiteral("CLEARED");
    sale.gatewaySaysRefundable = true;
    sale.paidAt = QDateTime::currentDateTimeUtc().addDays(-1);
    sale.storeId = QStringLiteral("S1");
    sale.registerId = QStringLiteral("R1");
    if (const LedgerResult stored = ledger.upsertSale(sale); !stored.ok())
        die(stored.message());
    Refund refund;
    refund.saleLedgerId = sale.ledgerId;
    refund.amount = Money(1000, sale.amount.currency());
    refund.reason = QStringLiteral("bench");
    refund.storeId = sale.storeId;
    refund.registerId = sale.registerId;
    refund.employee = QStringLiteral("bench");
    const LedgerChange change {QStringLiteral("engine"), QString(), std::nullopt};
    if (const LedgerResult journaled = ledger.journalRefundIntent(refund, change); !journaled.ok())
        die(journaled.message());
    RefundUpdate update;
    update.gatewayRefundId =
        gateway == GatewayId::Pockyt ? QStringLiteral("RT-%1").arg(number) : QStringLiteral("E2E-%1").arg(number);
    const auto pending = ledger.transitionRefund(refund.refundId, RefundStatus::Pending, update, change);
    if (!pending.ok())
        die(pending.message());
    refund.gatewayRefundId = *update.gatewayRefundId;
    return refund;
}

// What the sandbox's PockytSimulator sends after a refund.
QByteArray pockytIpn(const Refund &refund)
{
    QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("transactionNo"), refund.transactionId},
        {QStringLiteral("transactionType"), QStringLiteral("refund")},
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("amount"), refund.amount.toDecimalString()},
        {QStringLiteral("refundAmount"), refund.amount.toDecimalString()},
        {QStringLiteral("currency"), refund.amount.currency().code()},
        {QStringLiteral("settleCurrency"), refund.amount.currency().code()},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))},
        {QStringLiteral("refundTransactionNo"), refund.gatewayRefundId},
        {QStringLiteral("refundReference"), refund.refundId.toString(QUuid::WithoutBraces)},
    };
    fields.append({QStringLiteral("verifySign"), pockytVerifySign(fields, kPockytToken)});
    return httpPost("/webhooks/pockyt", "application/x-www-form-urlencoded", FormUrlEncoded::encode(fields));
}

// What the sandbox's PayNetSimulator sends when a refund is accepted.
QByteArray payNetWebhook(const Refund &refund, const RsaKey &payNetKey)
{
    const QJsonObject payload {
        {QStringLiteral("refundId"), refund.refundId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("checkoutId"), refund.transactionId},
        {QStringLiteral("endToEndId"), refund.gatewayRefundId},
        {QStringLiteral("paymentStatus"),
         QJsonObject {{QStringLiteral("code"), QStringLiteral("ACSP")},
                      {QStringLiteral("substate"), QStringLiteral("REFUND_ACCEPTED")},
                      {QStringLiteral("message"), QStringLiteral("U000")}}},
        {QStringLiteral("issuer"), QStringLiteral("MBBEMYKL")},
        {QStringLiteral("paymentMethod"), QStringLiteral("01")},
        {QStringLiteral("amount"), refund.amount.toDecimalString()},
    };
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims {
        {QStringLiteral("iss"), QStringLiteral("paynet-sandbox")},
        {QStringLiteral("sub"), QStringLiteral("M0000201861")},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + 3600},
        {QStringLiteral("data"),
         QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())},
    };
    return httpPost("/webhooks/paynet", "application/json", body, "Bearer " + Jwt::signRs256(claims, payNetKey));
}

struct Measured
{
    QString gateway;
    BenchSamples receiver; // webhooks per second
    BenchSamples bare;
};

double perSecond(const HttpLoadClient::Result &result)
{
    return result.answered / (double(result.nanoseconds) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RefundDesk webhook ingest bench."));
    parser.addHelpOption();
    const QCommandLineOption webhooksOption(QStringLiteral("webhooks"),
                                            QStringLiteral("Webhooks per round and gateway (default 2000)."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Concurrent keep-alive connections (default 8)."),
                                               QStringLiteral("n"), QStringLiteral("8"));
    parser.addOptions({webhooksOption, roundsOption, connectionsOption});
    parser.process(app);
    const int perRound = std::max(1, parser.value(webhooksOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int connections = std::max(1, parser.value(connectionsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    // PayNet's own key signs its webhooks; the merchant's key is needed to set up the adapter.
    const RsaKey payNetKey = RsaKey::generate();
    const QString payNetPublic = dir.filePath(QStringLiteral("paynet-public.pem"));
    const QString merchantPrivate = dir.filePath(QStringLiteral("merchant.pem"));
    const QString configPath = dir.filePath(QStringLiteral("refunddesk.ini"));
    const QString ini =
        QStringLiteral("[store]\nid=S1\nname=Bench store\ncurrency=USD\nlocale=en_US\nregister=R1\n"
                       "[ledger]\nurl=sqlite:%1\n"
                       "[gateway.pockyt]\nbase_url=http://127.0.0.1:9/\nmerchant_no=200043\nstore_no=300014\n"
                       "api_token=%2\nsettle_currency=USD\n"
                       "[gateway.paynet]\nbase_url=http://127.0.0.1:9/\nclient_id=sandbox-client-0001\n"
                       "merchant_id=M0000201861\nkey_name=sandbox-merchant-key-1\nprivate_key=%3\n"
                       "gateway_public_key=%4\n"
                       "[webhooks]\nlisten=127.0.0.1:8089\npublic_url=http://127.0.0.1:8089/\n")
            .arg(dir.filePath(QStringLiteral("ledger.db")), kPockytToken, merchantPrivate, payNetPublic);
    if (!writeFile(payNetPublic, payNetKey.publicKeyPem())
        || !writeFile(merchantPrivate, RsaKey::generate().privateKeyPem()) || !writeFile(configPath, ini.toUtf8()))
        die(QStringLiteral("cannot write into %1").arg(dir.path()));
    const RefundDeskConfig::Loaded config = RefundDeskConfig::load(configPath);
    if (!config.ok)
        die(config.errors.join(u'\n'));

    // The engine thread, as in the desktop application and refundctl serve.
    QThread engineThread;
    engineThread.start();
    QObject engineContext;
    engineContext.moveToThread(&engineThread);
    std::unique_ptr<EngineHost> host;
    quint16 receiverPort = 0;
    // One set of refunds for an untimed first round, then one per timed round.
    QList<QList<QByteArray>> pockytRequests;
    QList<QList<QByteArray>> payNetRequests;
    std::printf("preparing %d pending refunds and their signed webhooks...\n", 2 * perRound * (rounds + 1));
    std::fflush(stdout);
    onThread(&engineContext, [&] {
        EngineHost::Opened opened = EngineHost::open(config.config);
        if (!opened.host)
            die(opened.error);
        host = std::move(opened.host);
        QString error;
        if (!host->startWebhooks(&error, quint16(0)))
            die(error);
        receiverPort = host->webhooks()->port();
        int number = 0;
        for (int round = 0; round <= rounds; ++round) {
            QList<QByteArray> pockyt;
            QList<QByteArray> payNet;
            for (int i = 0; i < perRound; ++i) {
                pockyt.append(pockytIpn(pendingRefund(host->ledger(), GatewayId::Pockyt, ++number)));
                payNet.append(payNetWebhook(pendingRefund(host->ledger(), GatewayId::PayNet, ++number), payNetKey));
            }
            pockytRequests.append(pockyt);
            payNetRequests.append(payNet);
        }
    });

    // The bare server: Qt HttpServer's own routing, answering 200 "success" to anything.
    QThread bareThread;
    bareThread.start();
    QObject bareContext;
    bareContext.moveToThread(&bareThread);
    std::unique_ptr<QHttpServer> bare;
    quint16 barePort = 0;
    onThread(&bareContext, [&] {
        bare = std::make_unique<QHttpServer>();
        bare->route(QStringLiteral("/webhooks/<arg>"),
                    [](const QString &) { return QHttpServerResponse("text/plain", QByteArrayLiteral("success")); });
        barePort = quint16(bare->listen(QHostAddress::LocalHost, 0));
    });
    if (barePort == 0)
        die(QStringLiteral("the bare server cannot listen"));

    HttpLoadClient toReceiver(QHostAddress::LocalHost, receiverPort, connections);
    HttpLoadClient toBare(QHostAddress::LocalHost, barePort, connections);
    if (!toReceiver.connectAll() || !toBare.connectAll())
        die(QStringLiteral("cannot connect"));

    QList<Measured> measured {{QStringLiteral("Pockyt IPN (verifySign)"), {}, {}},
                              {QStringLiteral("PayNet (RS256 JWT)"), {}, {}}};
    const auto check = [](const HttpLoadClient::Result &result, int expected, const char *what) {
        if (result.ok != expected)
            die(QStringLiteral("%1: %2 of %3 answers ok; first problem: %4")
                    .arg(QLatin1String(what))
                    .arg(result.ok)
                    .arg(expected)
                    .arg(QString::fromUtf8(result.firstProblem)));
    };
    for (int round = 0; round <= rounds; ++round) {
        for (int g = 0; g < 2; ++g) {
            const QList<QByteArray> &requests = (g == 0 ? pockytRequests : payNetRequests).at(round);
            // The receiver answers Pockyt "success" and PayNet an empty 200.
            const QByteArray expected = g == 0 ? QByteArrayLiteral("success") : QByteArray();
            HttpLoadClient::Result receiver;
            HttpLoadClient::Result bareResult;
            if (round % 2 == 0) {
                receiver = toReceiver.run(requests, expected);
                bareResult = toBare.run(requests, QByteArrayLiteral("success"));
            } else {
                bareResult = toBare.run(requests, QByteArrayLiteral("success"));
                receiver = toReceiver.run(requests, expected);
            }
            check(receiver, perRound, "receiver");
            check(bareResult, perRound, "bare server");
            if (round == 0)
                continue; // warm-up
            measured[g].receiver.add(perSecond(receiver));
            measured[g].bare.add(perSecond(bareResult));
        }
    }

    // Every webhook was applied: each refund moved on, once.
    qint64 succeeded = 0;
    onThread(&engineContext, [&] {
        RefundFilter filter;
        filter.statuses = {RefundStatus::Succeeded};
        const auto counted = host->ledger().countRefunds(filter);
        succeeded = counted.ok() ? counted.value() : -1;
        host.reset();
    });
    onThread(&bareContext, [&] { bare.reset(); });
    engineThread.quit();
    bareThread.quit();
    engineThread.wait();
    bareThread.wait();
    const qint64 sent = 2LL * perRound * (rounds + 1);
    if (succeeded != sent)
        die(QStringLiteral("%1 refunds succeeded, %2 webhooks were sent").arg(succeeded).arg(sent));

    std::printf("\n%d webhooks per round and gateway over %d keep-alive connections; medians of %d rounds; all %lld "
                "applied\n\n",
                perRound, connections, rounds, static_cast<long long>(sent));
    std::printf("| webhook | receiver (/s) | bare QHttpServer (/s) | receiver/bare | target | met |\n"
                "|---|---:|---:|---:|---|---|\n");
    for (const Measured &row : std::as_const(measured)) {
        const double receiver = row.receiver.median();
        const double bareRate = row.bare.median();
        std::printf("| %s | %.0f | %.0f | %.2f | >= 5000/s | %s |\n", qPrintable(row.gateway), receiver, bareRate,
                    receiver / bareRate, receiver >= 5000 ? "yes" : "NO");
    }
    return 0;
}
