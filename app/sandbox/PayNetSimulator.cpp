#include "PayNetSimulator.h"

#include "SandboxState.h"
#include "WebhookSender.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace RefundDesk {

namespace {

const QString kGateway = QStringLiteral("paynet");
constexpr int kRefundWindowDays = 90;
constexpr int kWebhookTokenLifetimeS = 300;

SandboxResponse failure(int httpStatus, const QString &message)
{
    return SandboxResponse::json(httpStatus,
                                 {{QStringLiteral("data"), QJsonValue::Null}, {QStringLiteral("message"), message}});
}

SandboxResponse ok(const QJsonObject &data)
{
    return SandboxResponse::json(200,
                                 {{QStringLiteral("data"), data}, {QStringLiteral("message"), QStringLiteral("OK")}});
}

bool isUuidV4(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

// The status word of each settlement and what the webhook and the enquiry say with it.
// Only "U002" with ACCEPTED comes from PayNet's sample; the other codes are the sandbox's.
struct Outcome
{
    const char16_t *status; // enquiry refundStatus
    const char16_t *code; // paymentStatus.code
    const char16_t *message; // reason code
};

constexpr Outcome kOutcomes[] = {
    {u"PENDING", u"ACSP", u"U000"},
    {u"ACCEPTED", u"ACTC", u"U002"},
    {u"REJECTED", u"RJCT", u"U110"},
    {u"TIMEOUT", u"ACSP", u"U901"},
};

const Outcome &outcomeOf(QStringView status)
{
    for (const Outcome &outcome : kOutcomes) {
        if (status == QStringView(outcome.status))
            return outcome;
    }
    return kOutcomes[0];
}

QJsonObject queryObject(const QUrlQuery &query)
{
    QJsonObject object;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        object.insert(name, value);
    return object;
}

// The query must be exactly one parameter, name, given once.
QString singleParameter(const QUrlQuery &query, const QString &name, QString *value)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    if (items.size() != 1 || items.first().first != name || items.first().second.isEmpty())
        return QStringLiteral("the query must be exactly %1=<value>").arg(name);
    *value = items.first().second;
    return {};
}

} // namespace

PayNetSimulator::PayNetSimulator(SandboxState &state, WebhookSender &webhooks, RsaKey merchantPublicKey, RsaKey ownKey,
                                 QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_webhooks(webhooks)
    , m_merchantKey(std::move(merchantPublicKey))
    , m_ownKey(std::move(ownKey))
{ }

QList<GatewaySimulator::Route> PayNetSimulator::routes() const
{
    return {
        {QStringLiteral("POST"), QStringLiteral("/v1/bw/refund"), QStringLiteral("refund")},
        {QStringLiteral("GET"), QStringLiteral("/v1/bw/refund"), QStringLiteral("status")},
        {QStringLiteral("GET"), QStringLiteral("/v1/bw/rtp"), QStringLiteral("query")},
    };
}

void PayNetSimulator::reset()
{
    m_usedJtis.clear();
    m_lastPaymentEnquiry.clear();
    m_refundBodies.clear();
    m_settledByAdmin.clear();
}

const SandboxSeed::PayNetSale *PayNetSimulator::findSale(QStringView checkoutId) const
{
    for (const auto &sale : m_state.seed().payNetSales) {
        if (sale.checkoutId == checkoutId)
            return &sale;
    }
    return nullptr;
}

QString PayNetSimulator::authenticate(const SandboxRequest &request, const QJsonValue &payload)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return QStringLiteral("Authorization: Bearer <JWT> is missing");
    const Jwt::Verified verified = Jwt::verifyRs256(authorization.mid(7).trimmed(), m_merchantKey, m_state.now());
    if (!verified.ok)
        return QStringLiteral("JWT refused: %1").arg(verified.message);
    const QJsonObject &claims = verified.claims;
    const SandboxSeed::PayNetMerchant &merchant = m_state.seed().payNetMerchant;
    if (!claims.value(u"exp").isDouble())
        return QStringLiteral("JWT refused: no exp claim");
    if (claims.value(u"iss").toString() != merchant.clientId)
        return QStringLiteral("JWT refused: iss is not the client id");
    if (claims.value(u"sub").toString() != merchant.merchantId)
        return QStringLiteral("JWT refused: sub is not the merchant id");
    if (claims.value(u"key").toString() != merchant.keyName)
        return QStringLiteral("JWT refused: key is not the merchant's key name");
    const QString jti = claims.value(u"jti").toString();
    if (!isUuidV4(jti))
        return QStringLiteral("JWT refused: jti must be a UUID v4");
    if (m_usedJtis.contains(jti))
        return QStringLiteral("JWT refused: jti was already used");
    m_usedJtis.insert(jti);
    if (claims.value(u"data") != payload)
        return QStringLiteral("JWT refused: the data claim does not match the request");
    return {};
}

SandboxResponse PayNetSimulator::execute(const QString &operation, const SandboxRequest &request)
{
    if (operation == u"refund") {
        // Parsed with QJsonDocument because the data claim arrives as a QJsonObject; every
        // field must be a string, so no amount is ever read as a number.
        const QJsonDocument body = QJsonDocument::fromJson(request.body());
        const QJsonValue payload = body.isObject() ? QJsonValue(body.object()) : QJsonValue(QJsonValue::Undefined);
        if (const QString refused = authenticate(request, payload); !refused.isEmpty())
            return failure(401, refused);
        if (request.mediaType() != "application/json")
            return failure(415, QStringLiteral("Content-Type must be application/json"));
        return refund(body.object());
    }
    if (const QString refused = authenticate(request, queryObject(request.query())); !refused.isEmpty())
        return failure(401, refused);
    return operation == u"status" ? refundEnquiry(request) : paymentEnquiry(request);
}

SandboxResponse PayNetSimulator::refund(const QJsonObject &body)
{
    struct Field
    {
        const char16_t *name;
        qsizetype maxLength;
    };
    static constexpr Field fields[] = {
        {u"refundId", 36}, {u"checkoutId", 36}, {u"paymentMethod", 2}, {u"amount", 18}, {u"merchantReferenceId", 140},
    };
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const bool known = std::any_of(std::begin(fields), std::end(fields),
                                       [&](const Field &field) { return it.key() == QStringView(field.name); });
        if (!known)
            return failure(400, QStringLiteral("unknown field %1").arg(it.key()));
    }
    for (const Field &field : fields) {
        const QJsonValue value = body.value(QStringView(field.name));
        if (!value.isString() || value.toString().isEmpty())
            return failure(400, QStringLiteral("%1 is required, as a string").arg(QStringView(field.name)));
        if (value.toString().size() > field.maxLength) {
            return failure(
                400,
                QStringLiteral("%1 is longer than %2 characters").arg(QStringView(field.name)).arg(field.maxLength));
        }
    }
    const QString refundId = body.value(u"refundId").toString();
    const QString checkoutId = body.value(u"checkoutId").toString();
    const QString amountText = body.value(u"amount").toString();
    if (!isUuidV4(refundId))
        return failure(400, QStringLiteral("refundId must be a UUID v4"));
    static const QRegularExpression twoDecimals(QStringLiteral("^(0|[1-9][0-9]*)\\.[0-9]{2}$"));
    const MoneyResult amount = twoDecimals.match(amountText).hasMatch()
        ? Money::fromDecimalString(amountText, *Currency::fromCode(u"MYR"))
        : MoneyResult::failure(MoneyResult::Error::InvalidCharacter, QString(), *Currency::fromCode(u"MYR"));
    if (!amount.ok() || !amount.value().isPositive())
        return failure(400, QStringLiteral("amount must be more than zero with exactly 2 decimals, e.g. \"10.00\""));

    // The safe retry of GATEWAYS.md §4: the same refundId answers the first result.
    if (const SandboxState::Refund *first = m_state.findRefund(kGateway, refundId)) {
        if (m_refundBodies.value(refundId) != body)
            return failure(400, QStringLiteral("refundId was already used for a different refund"));
        return ok({{QStringLiteral("endToEndId"), first->gatewayRefundId},
                   {QStringLiteral("refundStatus"), QStringLiteral("REFUND_PENDING")}});
    }

    const SandboxSeed::PayNetSale *sale = findSale(checkoutId);
    if (!sale)
        return failure(404, QStringLiteral("checkoutId not found"));
    if (body.value(u"paymentMethod").toString() != sale->paymentMethod)
        return failure(400, QStringLiteral("paymentMethod is not the payment's (%1)").arg(sale->paymentMethod));
    if (sale->status != u"CLEARED") {
        return failure(400,
                       QStringLiteral("the payment is %1: only CLEARED payments can be refunded").arg(sale->status));
    }
    const QDateTime now = m_state.now();
    if (m_state.paidAt(sale->paidDaysAgo).addDays(kRefundWindowDays) < now)
        return failure(400,
                       QStringLiteral("refunds are allowed up to %1 days after the payment").arg(kRefundWindowDays));
    const Money refunded = m_state.refundedTotal(kGateway, checkoutId, sale->amount.currency());
    const Money remainder(sale->amount.minorUnits() - refunded.minorUnits(), sale->amount.currency());
    if (amount.value().compare(remainder) > 0) {
        return failure(400,
                       QStringLiteral("amount exceeds the refundable remainder %1").arg(remainder.toDecimalString()));
    }

    SandboxState::Refund record;
    record.gateway = kGateway;
    record.saleId = checkoutId;
    record.refundId = refundId;
    record.gatewayRefundId = QStringLiteral("%1M%2OBW%3")
                                 .arg(now.toString(QStringLiteral("yyyyMMdd")))
                                 .arg(201861, 10, 10, QLatin1Char('0'))
                                 .arg(m_state.nextSequence(), 8, 10, QLatin1Char('0'));
    record.amount = amount.value();
    record.status = QStringLiteral("PENDING");
    record.executedAt = now;
    record.updatedAt = now;
    const SandboxState::Refund &executed = m_state.addRefund(record);
    m_refundBodies.insert(refundId, body);

    if (const int delay = m_state.settings().payNetSettleMs; delay > 0) {
        const quint64 generation = m_state.generation();
        const QString outcome = sale->refundOutcome;
        QTimer::singleShot(delay, this, [this, generation, refundId, outcome] {
            if (generation != m_state.generation() || m_settledByAdmin.contains(refundId))
                return;
            applySettlement(refundId, outcome);
        });
    }
    return ok({{QStringLiteral("endToEndId"), executed.gatewayRefundId},
               {QStringLiteral("refundStatus"), QStringLiteral("REFUND_PENDING")}});
}

SandboxResponse PayNetSimulator::refundEnquiry(const SandboxRequest &request)
{
    QString refundId;
    if (const QString problem = singleParameter(request.query(), QStringLiteral("refundId"), &refundId);
        !problem.isEmpty())
        return failure(400, problem);
    const SandboxState::Refund *refund = m_state.findRefund(kGateway, refundId);
    if (!refund)
        return failure(404, QStringLiteral("refundId not found"));
    const qint64 age = refund->executedAt.secsTo(m_state.now());
    const qint64 minimumAge = m_state.settings().payNetEnquiryMinAgeS;
    if (age < minimumAge) {
        return failure(429, QStringLiteral("ask at least %1 s after the refund").arg(minimumAge))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(minimumAge - age));
    }
    const SandboxSeed::PayNetSale *sale = findSale(refund->saleId);
    const Outcome &outcome = outcomeOf(refund->status);
    return ok({
        {QStringLiteral("checkoutId"), refund->saleId},
        {QStringLiteral("endToEndId"), refund->gatewayRefundId},
        {QStringLiteral("code"), QString::fromUtf16(outcome.code)},
        {QStringLiteral("refundStatus"), refund->status},
        {QStringLiteral("issuer"), sale->issuer},
        {QStringLiteral("paymentMethod"), sale->paymentMethod},
        {QStringLiteral("amount"), refund->amount.toDecimalString()},
        {QStringLiteral("message"), QString::fromUtf16(outcome.message)},
    });
}

SandboxResponse PayNetSimulator::paymentEnquiry(const SandboxRequest &request)
{
    QString checkoutId;
    if (const QString problem = singleParameter(request.query(), QStringLiteral("checkoutId"), &checkoutId);
        !problem.isEmpty())
        return failure(400, problem);
    const QDateTime now = m_state.now();
    const qint64 interval = m_state.settings().payNetRtpIntervalS;
    const auto last = m_lastPaymentEnquiry.constFind(checkoutId);
    if (last != m_lastPaymentEnquiry.constEnd()) {
        const qint64 elapsedMs = last->msecsTo(now);
        if (elapsedMs < interval * 1000) {
            const qint64 waitS = (interval * 1000 - elapsedMs + 999) / 1000; // rounded up
            return failure(429, QStringLiteral("ask at most once every %1 s per checkoutId").arg(interval))
                .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(waitS));
        }
    }
    m_lastPaymentEnquiry.insert(checkoutId, now);
    const SandboxSeed::PayNetSale *sale = findSale(checkoutId);
    if (!sale)
        return failure(404, QStringLiteral("checkoutId not found"));
    return ok({
        {QStringLiteral("checkoutId"), sale->checkoutId},
        {QStringLiteral("endToEndId"), sale->endToEndId},
        {QStringLiteral("status"), sale->status},
        {QStringLiteral("amount"), sale->amount.toDecimalString()},
        {QStringLiteral("currency"), sale->amount.currency().code()},
        {QStringLiteral("paymentMethod"), sale->paymentMethod},
        {QStringLiteral("issuer"), sale->issuer},
        {QStringLiteral("transactionDate"), m_state.paidAt(sale->paidDaysAgo).toString(Qt::ISODate)},
    });
}

QString PayNetSimulator::settle(const QString &refundId, const QString &substate)
{
    QString status = substate.toUpper();
    if (status.startsWith(u"REFUND_"))
        status = status.mid(7);
    const bool known = std::any_of(std::begin(kOutcomes), std::end(kOutcomes),
                                   [&](const Outcome &outcome) { return status == QStringView(outcome.status); });
    if (!known)
        return QStringLiteral("substate must be ACCEPTED, REJECTED, TIMEOUT or PENDING, not \"%1\"").arg(substate);
    if (!m_state.findRefund(kGateway, refundId))
        return QStringLiteral("no PayNet refund with refundId %1").arg(refundId);
    m_settledByAdmin.insert(refundId);
    applySettlement(refundId, status);
    return {};
}

void PayNetSimulator::applySettlement(const QString &refundId, const QString &status)
{
    SandboxState::Refund *refund = m_state.findRefund(kGateway, refundId);
    if (!refund)
        return;
    refund->status = status;
    refund->released = status == u"REJECTED";
    refund->updatedAt = m_state.now();
    sendWebhook(refundId);
}

void PayNetSimulator::sendWebhook(const QString &refundId)
{
    const QUrl url = m_state.settings().payNetWebhookUrl;
    const SandboxState::Refund *refund = m_state.findRefund(kGateway, refundId);
    if (url.isEmpty() || !refund)
        return;
    const SandboxSeed::PayNetSale *sale = findSale(refund->saleId);
    const Outcome &outcome = outcomeOf(refund->status);
    const QJsonObject payload {
        {QStringLiteral("refundId"), refund->refundId},
        {QStringLiteral("checkoutId"), refund->saleId},
        {QStringLiteral("endToEndId"), refund->gatewayRefundId},
        {QStringLiteral("paymentStatus"),
         QJsonObject {
             {QStringLiteral("code"), QString::fromUtf16(outcome.code)},
             {QStringLiteral("substate"), QStringLiteral("REFUND_") + refund->status},
             {QStringLiteral("message"), QString::fromUtf16(outcome.message)},
         }},
        {QStringLiteral("issuer"), sale->issuer},
        {QStringLiteral("paymentMethod"), sale->paymentMethod},
        {QStringLiteral("amount"), refund->amount.toDecimalString()},
    };
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);

    // GATEWAYS.md §4 (assumed): the data claim is the lowercase hex SHA-256 of the body bytes.
    const qint64 issuedAt = m_state.now().toSecsSinceEpoch();
    const QJsonObject claims {
        {QStringLiteral("iss"), QStringLiteral("paynet-sandbox")},
        {QStringLiteral("sub"), m_state.seed().payNetMerchant.merchantId},
        {QStringLiteral("aud"), m_state.seed().payNetMerchant.clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + kWebhookTokenLifetimeS},
        {QStringLiteral("data"),
         QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())},
    };

    WebhookSender::Notification webhook;
    webhook.gateway = kGateway;
    webhook.refundId = refundId;
    webhook.url = url;
    webhook.contentType = QByteArrayLiteral("application/json");
    webhook.body = body;
    webhook.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + Jwt::signRs256(claims, m_ownKey)}};
    webhook.acceptance = WebhookSender::Acceptance::Any2xx;
    m_webhooks.send(webhook);
}

} // namespace RefundDesk
