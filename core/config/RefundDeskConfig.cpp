#include "RefundDeskConfig.h"

#include "IniFile.h"
#include "receipts/EmailAddress.h"
#include "receipts/EscPosTarget.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace RefundDesk {

namespace {

// Reads one section of the INI file and collects what is wrong, naming section and key.
class SectionReader
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SectionReader)

public:
    SectionReader(const IniFile &file, QString section, QStringList &errors)
        : m_file(file)
        , m_section(std::move(section))
        , m_errors(errors)
    { }

    bool exists() const { return m_file.hasSection(m_section); }

    QString text(const QString &key, const QString &fallback = QString()) const
    {
        return m_file.value(m_section, key).value_or(fallback);
    }

    QString required(const QString &key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            fail(key, tr("is required"));
        return value;
    }

    QUrl url(const QString &key, bool isRequired = true) const
    {
        const QString value = isRequired ? required(key) : text(key);
        if (value.isEmpty())
            return {};
        const QUrl parsed(value, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http")
            || parsed.host().isEmpty()) {
            fail(key, tr("'%1' is not an http(s) URL").arg(value));
            return {};
        }
        return parsed;
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QString value = text(key).toLower();
        if (value.isEmpty())
            return fallback;
        if (value == u"true" || value == u"yes" || value == u"1" || value == u"on")
            return true;
        if (value == u"false" || value == u"no" || value == u"0" || value == u"off")
            return false;
        fail(key, tr("'%1' is neither true nor false").arg(value));
        return fallback;
    }

    qint64 integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        if (!ok || parsed < minimum || parsed > maximum) {
            fail(key, tr("'%1' is not a whole number from %2 to %3").arg(value).arg(minimum).arg(maximum));
            return fallback;
        }
        return parsed;
    }

    QString existingFile(const QString &key) const
    {
        const QString value = required(key);
        if (!value.isEmpty() && !QFileInfo(value).isFile())
            fail(key, tr("the file '%1' does not exist").arg(value));
        return value;
    }

    void fail(const QString &key, const QString &problem) const
    {
        m_errors.append(QStringLiteral("[%1] %2: %3").arg(m_section, key, problem));
    }

private:
    const IniFile &m_file;
    QString m_section;
    QStringList &m_errors;
};

} // namespace

QString RefundDeskConfig::pathFromEnvironment()
{
    return QString::fromLocal8Bit(qgetenv("REFUNDDESK_CONFIG"));
}

RefundDeskConfig::Loaded RefundDeskConfig::load(const QString &path)
{
    Loaded loaded;
    if (!QFileInfo(path).isFile()) {
        loaded.errors.append(tr("The configuration file %1 does not exist.").arg(path));
        return loaded;
    }
    const IniFile::Parsed ini = IniFile::read(path);
    if (!ini.ok) {
        for (const QString &error : ini.errors)
            loaded.errors.append(QStringLiteral("%1: %2").arg(path, error));
        return loaded;
    }
    const IniFile &settings = ini.file;
    QStringList &errors = loaded.errors;
    RefundDeskConfig &config = loaded.config;

    const SectionReader store(settings, QStringLiteral("store"), errors);
    config.store.id = store.required(QStringLiteral("id"));
    config.store.name = store.text(QStringLiteral("name"), config.store.id);
    config.store.registerId = store.text(QStringLiteral("register"), QStringLiteral("1"));
    const QString currencyCode = store.required(QStringLiteral("currency"));
    if (const auto currency = Currency::fromCode(currencyCode))
        config.store.currency = *currency;
    else if (!currencyCode.isEmpty())
        store.fail(QStringLiteral("currency"), tr("'%1' is not an ISO 4217 currency code").arg(currencyCode));
    const QString localeName = store.text(QStringLiteral("locale"));
    config.store.locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    if (!localeName.isEmpty() && config.store.locale.language() == QLocale::C && localeName != u"C")
        store.fail(QStringLiteral("locale"), tr("'%1' is not a locale name like de_DE").arg(localeName));
    constexpr qint64 kMaxAmount = 1'000'000'000'000;
    config.store.approvalThresholdMinor =
        store.integer(QStringLiteral("approval_threshold_minor"), config.store.approvalThresholdMinor, 0, kMaxAmount);
    config.store.clerkDailyLimitMinor =
        store.integer(QStringLiteral("clerk_daily_limit_minor"), config.store.clerkDailyLimitMinor, 0, kMaxAmount);
    config.store.managerDailyLimitMinor =
        store.integer(QStringLiteral("manager_daily_limit_minor"), config.store.managerDailyLimitMinor, 0, kMaxAmount);
    config.store.refundWindowDays = static_cast<int>(store.integer(QStringLiteral("refund_window_days"), 0, 0, 3650));
    config.store.pinLockoutSeconds = static_cast<int>(
        store.integer(QStringLiteral("pin_lockout_seconds"), config.store.pinLockoutSeconds, 1, 7 * 24 * 3600));

    const SectionReader ledger(settings, QStringLiteral("ledger"), errors);
    config.ledger.url = ledger.required(QStringLiteral("url"));
    if (!config.ledger.url.isEmpty() && !config.ledger.url.startsWith(u"sqlite:")
        && !config.ledger.url.startsWith(u"postgresql://")) {
        ledger.fail(QStringLiteral("url"), tr("must start with sqlite: or postgresql://"));
    }
    config.ledger.auditKey = SecretValue(ledger.text(QStringLiteral("audit_key")));

    const SectionReader pockyt(settings, QStringLiteral("gateway.pockyt"), errors);
    if (pockyt.exists()) {
        PockytConfig gateway;
        gateway.baseUrl = pockyt.url(QStringLiteral("base_url"));
        gateway.merchantNo = pockyt.required(QStringLiteral("merchant_no"));
        gateway.storeNo = pockyt.required(QStringLiteral("store_no"));
        gateway.apiToken = SecretValue(pockyt.required(QStringLiteral("api_token")));
        gateway.settleCurrency = pockyt.text(QStringLiteral("settle_currency"), QStringLiteral("USD"));
        config.pockyt = gateway;
    }
    const SectionReader pwv3(settings, QStringLiteral("gateway.pwv3"), errors);
    if (pwv3.exists()) {
        PwV3Config gateway;
        gateway.baseUrl = pwv3.url(QStringLiteral("base_url"));
        gateway.apiKey = SecretValue(pwv3.required(QStringLiteral("api_key")));
        gateway.partialRefunds = pwv3.boolean(QStringLiteral("partial_refunds"), false);
        config.pwv3 = gateway;
    }
    const SectionReader secpaid(settings, QStringLiteral("gateway.secpaid"), errors);
    if (secpaid.exists()) {
        SecPaidConfig gateway;
        gateway.baseUrl = secpaid.url(QStringLiteral("base_url"));
        gateway.token = SecretValue(secpaid.required(QStringLiteral("token")));
        config.secpaid = gateway;
    }
    const SectionReader paynet(settings, QStringLiteral("gateway.paynet"), errors);
    if (paynet.exists()) {
        PayNetConfig gateway;
        gateway.baseUrl = paynet.url(QStringLiteral("base_url"));
        gateway.clientId = paynet.required(QStringLiteral("client_id"));
        gateway.merchantId = paynet.required(QStringLiteral("merchant_id"));
        gateway.keyName = paynet.required(QStringLiteral("key_name"));
        gateway.privateKeyPath = paynet.existingFile(QStringLiteral("private_key"));
        gateway.gatewayPublicKeyPath = paynet.existingFile(QStringLiteral("gateway_public_key"));
        config.paynet = gateway;
    }

    const SectionReader webhooks(settings, QStringLiteral("webhooks"), errors);
    const QString listen = webhooks.text(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8089"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port > 65535) {
        webhooks.fail(QStringLiteral("listen"), tr("'%1' is not HOST:PORT").arg(listen));
    } else {
        config.webhooks.listenHost = listen.left(colon);
        config.webhooks.listenPort = static_cast<quint16>(port);
    }
    config.webhooks.publicUrl = webhooks.url(QStringLiteral("public_url"), false);

    const SectionReader sync(settings, QStringLiteral("sync"), errors);
    config.sync.intervalSeconds =
        static_cast<int>(sync.integer(QStringLiteral("interval_seconds"), config.sync.intervalSeconds, 1, 24 * 3600));
    config.sync.payNetEnquiryMinAgeSeconds = static_cast<int>(sync.integer(
        QStringLiteral("paynet_enquiry_min_age_seconds"), config.sync.payNetEnquiryMinAgeSeconds, 0, 7 * 24 * 3600));

    const SectionReader smtp(settings, QStringLiteral("smtp"), errors);
    if (smtp.exists()) {
        SmtpConfig mail;
        mail.host = smtp.required(QStringLiteral("host"));
        const QString security = smtp.text(QStringLiteral("security"), smtpSecurityKey(mail.security));
        if (const auto parsed = smtpSecurityFromKey(security))
            mail.security = *parsed;
        else
            smtp.fail(QStringLiteral("security"), tr("'%1' is not starttls, tls or none").arg(security));
        mail.port =
            static_cast<quint16>(smtp.integer(QStringLiteral("port"), defaultSmtpPort(mail.security), 1, 65535));
        mail.user = smtp.text(QStringLiteral("user"));
        mail.password = SecretValue(smtp.text(QStringLiteral("password")));
        if (mail.user.isEmpty() && !mail.password.isEmpty())
            smtp.fail(QStringLiteral("password"), tr("is set, but user is not"));
        const QString from = smtp.required(QStringLiteral("from"));
        if (!from.isEmpty()) {
            const EmailAddress::Checked checked = EmailAddress::check(from);
            if (checked.ok)
                mail.from = checked.address;
            else
                smtp.fail(QStringLiteral("from"), checked.message);
        }
        mail.fromName = smtp.text(QStringLiteral("from_name"));
        mail.caFile = smtp.text(QStringLiteral("ca_file"));
        if (!mail.caFile.isEmpty() && !QFileInfo(mail.caFile).isFile())
            smtp.fail(QStringLiteral("ca_file"), tr("the file '%1' does not exist").arg(mail.caFile));
        mail.timeoutSeconds =
            static_cast<int>(smtp.integer(QStringLiteral("timeout_seconds"), mail.timeoutSeconds, 1, 600));
        config.smtp = mail;
    }

    const SectionReader printer(settings, QStringLiteral("printer"), errors);
    config.printer.escpos = printer.text(QStringLiteral("escpos"));
    if (!config.printer.escpos.isEmpty()) {
        const EscPosTarget target = EscPosTarget::parse(config.printer.escpos);
        if (!target.isValid())
            printer.fail(QStringLiteral("escpos"), target.error);
    }
    config.printer.baudRate =
        static_cast<qint32>(printer.integer(QStringLiteral("baud_rate"), config.printer.baudRate, 50, 4000000));

    const SectionReader network(settings, QStringLiteral("network"), errors);
    config.httpTimeoutSeconds = static_cast<int>(network.integer(QStringLiteral("timeout_seconds"), 15, 1, 600));

    loaded.ok = errors.isEmpty();
    return loaded;
}

} // namespace RefundDesk
