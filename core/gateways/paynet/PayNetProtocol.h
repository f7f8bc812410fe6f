#pragma once

#include "Jwt.h"
#include "gateways/Gateway.h"
#include "gateways/HttpRequest.h"
#include "gateways/HttpResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace RefundDesk {

// PayNet DuitNow Online Banking/Wallets (GATEWAYS.md §4) on the wire, as plain functions:
// building the refund, refund enquiry and payment enquiry requests with their RS256 JWT,
// reading the answers, and verifying and reading the "Update Refund Status" webhook.
// Time and the JWT id come in as arguments, so every byte is testable; the unit tests and
// fuzz targets call these directly, PayNetGateway runs them.
class PayNetProtocol
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PayNetProtocol)

public:
    // Which submission an answer belongs to: the first one, or the re-send of the same
    // refundId by the lost-answer rule.
    enum class Attempt { First, Repeat };

    // A request ready to send, or why RefundDesk will not send it (then nothing is sent).
    struct Built
    {
        HttpRequest request;
        QString refusal; // for people; empty when the request can be sent
        bool ok() const { return refusal.isEmpty(); }
    };

    // How long a request's JWT is valid (exp = now + this).
    static constexpr int tokenLifetimeSeconds = 300;
    // GATEWAYS.md §4: one payment enquiry per checkoutId at most this often.
    static constexpr int paymentEnquiryIntervalSeconds = 30;
    static constexpr qsizetype maxMerchantReferenceChars = 140;

    PayNetProtocol(QUrl baseUrl, QString clientId, QString merchantId, QString keyName, RsaKey privateKey);

    // POST /v1/bw/refund {"refundId","checkoutId","paymentMethod","amount":"10.00",
    // "merchantReferenceId"}. The body depends only on the refund and the sale, so the
    // lost-answer re-send is byte for byte the same; only the JWT (exp, jti) is new.
    // Refused locally: not MYR, amount not positive, no checkoutId or payment method,
    // refund id not a UUID v4.
    Built buildRefundRequest(const RefundRequest &request, const QDateTime &now, const QUuid &jti) const;
    // GET /v1/bw/refund?refundId=...
    Built buildRefundEnquiry(const QUuid &refundId, const QDateTime &now, const QUuid &jti) const;
    // GET /v1/bw/rtp?checkoutId=...
    Built buildPaymentEnquiry(const QString &checkoutId, const QDateTime &now, const QUuid &jti) const;

    // "RefundDesk <store>/<register> <first 8 characters of the refund id>", at most 140 characters.
    static QString merchantReferenceId(const Refund &refund);

    // The refund answer: Ok with the refund's status (always pending for a new refund;
    // a repeated refundId may answer the first refund's later status). First: errors as
    // Declined/NotFound/AuthFailed/NotExecuted, anything unreadable or uncertain as
    // OutcomeUnknown. Repeat: Ok, NotExecuted (PayNet does not know the payment),
    // Declined (to be confirmed with the refund enquiry, see lostAnswerFromRepeat) or
    // OutcomeUnknown.
    static RefundResult parseRefundAnswer(const HttpResult &http, Attempt attempt);
    // The lost-answer rule after the re-send: the final result, or nullopt when PayNet
    // declined the repeated refundId; then the refund enquiry decides (lostAnswerFromEnquiry).
    static std::optional<RefundResult> lostAnswerFromRepeat(const RefundResult &repeated);
    // The refund enquiry after a declined re-send: a refund PayNet knows is Ok with its
    // status; "not found" confirms that nothing was executed (NotExecuted, with the
    // decline's words); anything else stays OutcomeUnknown.
    static RefundResult lostAnswerFromEnquiry(const HttpResult &http, const Refund &refund,
                                              const RefundResult &declined);
    // The refund enquiry answer: Ok with the mapped status (needs_review for TIMEOUT and for
    // an amount that disagrees with refund.amount).
    static RefundResult parseRefundEnquiryAnswer(const HttpResult &http, const Refund &refund);
    // The payment enquiry answer: only CLEARED is refundable.
    static LookupResult parsePaymentEnquiryAnswer(const HttpResult &http, const QString &checkoutId);

    // Checks the webhook's Authorization: Bearer JWT (RS256 with PayNet's key, exp present
    // and not passed, data claim = lowercase hex SHA-256 of the raw body); anything else is
    // BadSignature. Then reads the body (parseWebhookBody).
    static WebhookEvent verifyWebhook(const WebhookRequest &request, const RsaKey &gatewayKey, const QDateTime &now);
    // The body of a verified "Update Refund Status" webhook: Accepted, or Malformed.
    static WebhookEvent parseWebhookBody(QByteArrayView body);

    // REFUND_PENDING/PENDING -> pending, REFUND_ACCEPTED/ACCEPTED -> succeeded,
    // REFUND_REJECTED/REJECTED -> rejected, REFUND_TIMEOUT/TIMEOUT -> needs_review.
    static std::optional<RefundStatus> statusOf(QStringView refundStatus);

private:
    QUrl endpoint(QStringView path) const;
    QString signedBearer(const QJsonObject &data, const QDateTime &now, const QUuid &jti) const;
    Built signedGet(QStringView path, const QString &name, const QString &value, const QDateTime &now,
                    const QUuid &jti) const;

    QUrl m_baseUrl;
    QString m_clientId;
    QString m_merchantId;
    QString m_keyName;
    RsaKey m_privateKey;
};

} // namespace RefundDesk
