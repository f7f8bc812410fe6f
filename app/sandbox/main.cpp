#include "FaultPlan.h"
#include "SandboxAdminApi.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSettings.h"
#include "Version.h"
#include "gateways/paynet/Jwt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {

struct SettingOption
{
    const char *option;
    const char *setting;
    bool isUrl;
};

// Command-line settings go through SandboxSettings::applyJson, so they are checked exactly
// like POST /_admin/config.
constexpr SettingOption kSettingOptions[] = {
    {"pockyt-ipn-url", "pockyt_ipn_url", true},
    {"paynet-webhook-url", "paynet_webhook_url", true},
    {"webhook-retry-ms", "webhook_retry_ms", false},
    {"paynet-settle-ms", "paynet_settle_ms", false},
    {"secpaid-auto-approve-ms", "secpaid_auto_approve_ms", false},
    {"paynet-enquiry-min-age-s", "paynet_enquiry_min_age_s", false},
    {"paynet-rtp-interval-s", "paynet_rtp_interval_s", false},
};

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "refund-sandbox: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace RefundDesk;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refund-sandbox"));
    QCoreApplication::setApplicationVersion(versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulator of the four payment gateways RefundDesk refunds through, on loopback.\n"
                       "Prints \"refund-sandbox listening on 127.0.0.1:PORT\" once it listens."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed file with credentials and sales (default: the built-in "
                                                       "seed, see --print-default-seed)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption printSeedOption(QStringLiteral("print-default-seed"),
                                             QStringLiteral("Print the built-in seed and exit."));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Arm a fault: gateway:operation:mode[:parameter][:count] (repeatable; modes below)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption ipnOption(QStringLiteral("pockyt-ipn-url"),
                                       QStringLiteral("Where Pockyt IPNs go after each refund."),
                                       QStringLiteral("URL"));
    const QCommandLineOption webhookOption(QStringLiteral("paynet-webhook-url"),
                                           QStringLiteral("Where PayNet \"Update Refund Status\" webhooks go."),
                                           QStringLiteral("URL"));
    const QCommandLineOption retryOption(
        QStringList {QStringLiteral("webhook-retry-ms"), QStringLiteral("ipn-retry-ms")},
        QStringLiteral("Pause between deliveries of one webhook (default 900000)."), QStringLiteral("MS"));
    const QCommandLineOption settleOption(QStringLiteral("paynet-settle-ms"),
                                          QStringLiteral("PayNet refunds settle this long after the refund "
                                                         "(default 3000; 0: only via /_admin/paynet/settle)."),
                                          QStringLiteral("MS"));
    const QCommandLineOption approveOption(QStringLiteral("secpaid-auto-approve-ms"),
                                           QStringLiteral("Approve SecPaid refund requests this long after they "
                                                          "arrive (default 0: only via /_admin/secpaid/review)."),
                                           QStringLiteral("MS"));
    const QCommandLineOption enquiryOption(QStringLiteral("paynet-enquiry-min-age-s"),
                                           QStringLiteral("Earliest PayNet refund enquiry after the refund; earlier "
                                                          "ones get 429 (default 3600)."),
                                           QStringLiteral("S"));
    const QCommandLineOption rtpOption(QStringLiteral("paynet-rtp-interval-s"),
                                       QStringLiteral("At most one PayNet payment enquiry per checkoutId this often; "
                                                      "more get 429 (default 30)."),
                                       QStringLiteral("S"));
    const QCommandLineOption payNetKeyOption(QStringLiteral("paynet-key"),
                                             QStringLiteral("PEM private key that signs the sandbox's PayNet webhooks "
                                                            "(default: a fresh key at every start)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption publicKeyOutOption(QStringLiteral("paynet-public-key-out"),
                                                QStringLiteral("Write the PEM public key that verifies the sandbox's "
                                                               "PayNet webhooks to FILE."),
                                                QStringLiteral("FILE"));
    const QCommandLineOption merchantKeyOption(QStringLiteral("paynet-merchant-public-key"),
                                               QStringLiteral("PEM public key of the PayNet merchant, instead of the "
                                                              "seed's public_key_file (default: a merchant key pair "
                                                              "generated at start)."),
                                               QStringLiteral("FILE"));
    const QCommandLineOption merchantKeyOutOption(QStringLiteral("paynet-merchant-key-out"),
                                                  QStringLiteral("Write the PEM private key of the PayNet merchant key "
                                                                 "pair generated at start to FILE, for the client that "
                                                                 "signs the requests (owner-only permissions)."),
                                                  QStringLiteral("FILE"));
    parser.addOptions({portOption, seedOption, printSeedOption, faultOption, ipnOption, webhookOption, retryOption,
                       settleOption, approveOption, enquiryOption, rtpOption, payNetKeyOption, publicKeyOutOption,
                       merchantKeyOption, merchantKeyOutOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText(), 2);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText() << '\n' << QString::fromUtf8(SandboxAdminApi::usageText());
        return 0;
    }
    if (parser.isSet(printSeedOption)) {
        QTextStream(stdout) << QString::fromUtf8(SandboxSeed::defaultSeedText());
        return 0;
    }

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"), 2);

    const SandboxSeedResult loaded =
        parser.isSet(seedOption) ? SandboxSeed::loadFile(parser.value(seedOption)) : SandboxSeed::loadDefault();
    if (!loaded.ok())
        return fail(loaded.message(), 2);
    SandboxSeed seed = loaded.seed();
    if (parser.isSet(merchantKeyOption)) {
        QFile file(parser.value(merchantKeyOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()), 2);
        seed.payNetMerchant.publicKeyPem = file.readAll();
    }

    QJsonObject settingsJson;
    for (const SettingOption &setting : kSettingOptions) {
        const QString name = QLatin1String(setting.option);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        if (!setting.isUrl && !isNumber)
            return fail(QStringLiteral("--%1 must be a whole number").arg(name), 2);
        settingsJson.insert(QLatin1String(setting.setting), setting.isUrl ? QJsonValue(value) : QJsonValue(number));
    }
    SandboxSettings settings;
    if (const QString error = settings.applyJson(settingsJson); !error.isEmpty())
        return fail(error, 2);

    QList<FaultPlan::Fault> faults;
    for (const QString &spec : parser.values(faultOption)) {
        const FaultPlan::Parsed parsed = FaultPlan::parseSpec(spec);
        if (!parsed.fault)
            return fail(parsed.error, 2);
        faults.append(*parsed.fault);
    }

    RsaKey payNetKey;
    if (parser.isSet(payNetKeyOption)) {
        QString error;
        payNetKey = RsaKey::fromPemFile(parser.value(payNetKeyOption), &error);
        if (payNetKey.isNull() || !payNetKey.isPrivate())
            return fail(QStringLiteral("--paynet-key needs a PEM private key: %1").arg(error), 2);
    }

    SandboxServer server(std::move(seed), settings, payNetKey);
    for (const FaultPlan::Fault &fault : std::as_const(faults))
        server.faults().add(fault);
    if (parser.isSet(publicKeyOutOption)) {
        QFile file(parser.value(publicKeyOutOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(server.payNetPublicKeyPem()) < 0)
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()), 1);
    }
    if (parser.isSet(merchantKeyOutOption)) {
        const QByteArray pem = server.generatedMerchantKeyPem();
        if (pem.isEmpty())
            return fail(QStringLiteral("--paynet-merchant-key-out: the merchant's public key was given (seed or "
                                       "--paynet-merchant-public-key), so its private key is not the sandbox's"),
                        2);
        QFile file(parser.value(merchantKeyOutOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(pem) < 0)
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()), 1);
    }
    QString error;
    if (!server.listenOnLoopback(static_cast<quint16>(port), &error))
        return fail(error, 1);

    // Exactly one line on stdout: whoever started us (tests, the demo mode) reads the port from it.
    std::fprintf(stdout, "refund-sandbox listening on 127.0.0.1:%u\n", static_cast<unsigned>(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
