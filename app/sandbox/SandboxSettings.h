#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace RefundDesk {

// What can be tuned at start (command line) and at run time (POST /_admin/config).
// Defaults follow GATEWAYS.md where it gives a number, and keep the demo lively where
// it does not; docs/gateways.md lists them.
struct SandboxSettings
{
    QUrl pockytIpnUrl; // empty: no IPN is sent
    QUrl payNetWebhookUrl; // empty: refunds still settle, no webhook is sent
    // Pause between deliveries of one webhook (Pockyt IPN, PayNet refund status). The
    // default spreads Pockyt's 8 resends over two hours.
    int webhookRetryMs = 15 * 60 * 1000;
    // PayNet refunds settle (and the webhook goes out) this long after the refund; 0: only
    // when POST /_admin/paynet/settle says so.
    int payNetSettleMs = 3000;
    // SecPaid refund requests are approved this long after the request; 0: only when
    // POST /_admin/secpaid/review says so (a SecPaid admin decides: the default).
    int secPaidAutoApproveMs = 0;
    // GATEWAYS.md: call the refund enquiry at least one hour after the refund.
    int payNetEnquiryMinAgeS = 3600;
    // GATEWAYS.md: the payment enquiry at most once every 30 s per checkoutId.
    int payNetRtpIntervalS = 30;

    // Webhook deliveries per notification: the first one plus Pockyt's 8 resends.
    static constexpr int kWebhookAttempts = 9;

    QJsonObject toJson() const;
    // Applies the keys present in object (names as toJson writes them); on a bad value
    // nothing changes and the answer says why.
    QString applyJson(const QJsonObject &object);
};

} // namespace RefundDesk
