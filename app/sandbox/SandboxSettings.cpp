#include "SandboxSettings.h"

#include <QJsonValue>

namespace RefundDesk {

namespace {

QString readUrl(const QJsonObject &object, const char *key, QUrl *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isString())
        return QStringLiteral("%1 must be a string (empty to switch it off)").arg(QLatin1String(key));
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!value.toString().isEmpty() && (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")))
        return QStringLiteral("%1 must be an http or https URL").arg(QLatin1String(key));
    *out = url;
    return {};
}

QString readInt(const QJsonObject &object, const char *key, int minimum, int *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    const qint64 number = value.toInteger(-1);
    if (!value.isDouble() || number < minimum || number > std::numeric_limits<int>::max())
        return QStringLiteral("%1 must be an integer of at least %2").arg(QLatin1String(key)).arg(minimum);
    *out = static_cast<int>(number);
    return {};
}

} // namespace

QJsonObject SandboxSettings::toJson() const
{
    return {
        {QStringLiteral("pockyt_ipn_url"), pockytIpnUrl.toString()},
        {QStringLiteral("paynet_webhook_url"), payNetWebhookUrl.toString()},
        {QStringLiteral("webhook_retry_ms"), webhookRetryMs},
        {QStringLiteral("paynet_settle_ms"), payNetSettleMs},
        {QStringLiteral("secpaid_auto_approve_ms"), secPaidAutoApproveMs},
        {QStringLiteral("paynet_enquiry_min_age_s"), payNetEnquiryMinAgeS},
        {QStringLiteral("paynet_rtp_interval_s"), payNetRtpIntervalS},
    };
}

QString SandboxSettings::applyJson(const QJsonObject &object)
{
    static const QStringList known = {
        QStringLiteral("pockyt_ipn_url"),          QStringLiteral("paynet_webhook_url"),
        QStringLiteral("webhook_retry_ms"),        QStringLiteral("paynet_settle_ms"),
        QStringLiteral("secpaid_auto_approve_ms"), QStringLiteral("paynet_enquiry_min_age_s"),
        QStringLiteral("paynet_rtp_interval_s"),
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown setting %1 (known: %2)").arg(it.key(), known.join(QStringLiteral(", ")));
    }
    SandboxSettings next = *this;
    for (const QString &error : {
             readUrl(object, "pockyt_ipn_url", &next.pockytIpnUrl),
             readUrl(object, "paynet_webhook_url", &next.payNetWebhookUrl),
             readInt(object, "webhook_retry_ms", 1, &next.webhookRetryMs),
             readInt(object, "paynet_settle_ms", 0, &next.payNetSettleMs),
             readInt(object, "secpaid_auto_approve_ms", 0, &next.secPaidAutoApproveMs),
             readInt(object, "paynet_enquiry_min_age_s", 0, &next.payNetEnquiryMinAgeS),
             readInt(object, "paynet_rtp_interval_s", 0, &next.payNetRtpIntervalS),
         }) {
        if (!error.isEmpty())
            return error;
    }
    *this = next;
    return {};
}

} // namespace RefundDesk
