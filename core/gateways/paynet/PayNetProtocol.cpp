#include "PayNetProtocol.h"

#include "gateways/ExactJson.h"
#include "gateways/RetryAfter.h"
#include "gateways/TransportOutcome.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace RefundDesk {

namespace {

const Currency ringgit = *Currency::fromCode(u"MYR");
// When a 429 carries no usable Retry-After.
constexpr int defaultRetryAfterSeconds = PayNetProtocol::paymentEnquiryIntervalSeconds;
constexpr qsizetype maxQuotedChars = 200;
constexpr qsizetype maxCheckoutIdChars = 36;
constexpr qsizetype maxPaymentMethodChars = 2;
constexpr qsizetype maxAmountChars = 18;
constexpr qsizetype maxCodeChars = 35;

// The gateway's own words inside a message for people: bounded, on one line.
QString quoted(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > maxQuotedChars) {
        line = line.left(maxQuotedChars) + QStringLiteral("...");
    }
    return line;
}

int retryAfter(const HttpResult &http)
{
    return retryAfterSeconds(http, defaultRetryAfterSeconds);
}

bool isUuidV4Text(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces); // lower case
}

// A PayNet answer body: {"data": {...} | null, "message": "..."}, read defensively.
struct Answer
{
    bool isJson = false;
    ExactJson root;
    const ExactJson *data = nullptr; // the data object, when there is one
    QString message; // "message" (or "error"), as written
};

Answer answerOf(const HttpResult &http)
{
    Answer answer;
    ExactJsonResult parsed = ExactJson::parse(http.body);
    if (!parsed.ok() || !parsed.value().isObject()) {
        return answer;
    }
    answer.isJson = true;
    answer.root = parsed.value();
    const ExactJson *data = answer.root.member(u"data");
    answer.data = data && data->isObject() ? data : nullptr;
    for (const char16_t *name : {u"message", u"error", u"errorMessage"}) {
        const ExactJson *value = answer.root.member(QStringView(name));
        if (value && (value->isString() || value->isNumber())) {
            answer.message = value->scalarText();
            break;
        }
    }
    return answer;
}

// The reason code for the audit trail: PayNet's "message" when it is code-sized.
QString codeOf(const QString &message)
{
    const QString code = message.trimmed();
    return code.size() <= maxCodeChars && !code.contains(u' ') ? code : QString();
}

RefundResult refundResult(GatewayOutcome outcome, const QString &message, const QString &code = QString())
{
    RefundResult result;
    result.outcome = outcome;
    result.message = message;
    result.gatewayCode = code;
    return result;
}

QString stillUnknown(const QString &why)
{
    return PayNetProtocol::tr(
               "RefundDesk still cannot tell whether PayNet carried out the refund: %1 The refund stays open; "
               "RefundDesk will check again later.")
        .arg(why);
}

QString credentialsRefused(const HttpResult &http, const Answer &answer)
{
    return PayNetProtocol::tr(
               "PayNet refused RefundDesk's signed request (HTTP %1%2). Check the PayNet client id, merchant id, key "
               "name and private key in the settings.")
        .arg(QString::number(http.httpStatus),
             answer.message.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(quoted(answer.message)));
}

QString statusMessage(RefundStatus status, const QString &reason)
{
    const QString because = reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(quoted(reason));
    switch (status) {
    case RefundStatus::Pending:
        return PayNetProtocol::tr(
                   "PayNet is processing the refund%1. RefundDesk records the final result when PayNet reports it.")
            .arg(because);
    case RefundStatus::Succeeded:
        return PayNetProtocol::tr("PayNet accepted the refund and sent it to the customer's bank%1.").arg(because);
    case RefundStatus::Rejected:
        return PayNetProtocol::tr("PayNet rejected the refund%1. Nothing was refunded.").arg(because);
    case RefundStatus::NeedsReview:
        return PayNetProtocol::tr(
                   "PayNet reports a timeout for this refund%1. Check it in the next day's PayNet report; until a "
                   "person has done so it waits for review.")
            .arg(because);
    default:
        break;
    }
    return QString();
}

RefundResult statusResult(RefundStatus status, const QString &endToEndId, const QString &reason)
{
    RefundResult result = refundResult(GatewayOutcome::Ok, statusMessage(status, reason), codeOf(reason));
    result.status = status;
    result.gatewayRefundId = endToEndId;
    return result;
}

// An amount PayNet writes as "10.00" (documented) or 10.00, read exactly in MYR.
MoneyResult amountOf(const ExactJson *value)
{
    if (!value || !(value->isString() || value->isNumber())) {
        return MoneyResult::failure(MoneyResult::Error::Empty, PayNetProtocol::tr("The amount is missing."), ringgit);
    }
    return Money::fromDecimalString(value->scalarText(), ringgit);
}

std::optional<RefundResult> readRefundData(const Answer &answer)
{
    if (!answer.data) {
        return std::nullopt;
    }
    const QString endToEndId = answer.data->text(u"endToEndId");
    const std::optional<RefundStatus> status = PayNetProtocol::statusOf(answer.data->text(u"refundStatus"));
    if (endToEndId.isEmpty() || !status) {
        return std::nullopt;
    }
    return statusResult(*status, endToEndId, QString());
}

} // namespace

PayNetProtocol::PayNetProtocol(QUrl baseUrl, QString clientId, QString merchantId, QString keyName, RsaKey privateKey)
    : m_baseUrl(std::move(baseUrl))
    , m_clientId(std::move(clientId))
    , m_merchantId(std::move(merchantId))
    , m_keyName(std::move(keyName))
    , m_privateKey(std::move(privateKey))
{ }

std::optional<RefundStatus> PayNetProtocol::statusOf(QStringView refundStatus)
{
    QStringView word = refundStatus.trimmed();
    if (word.startsWith(u"REFUND_", Qt::CaseInsensitive)) {
        word = word.sliced(7);
    }
    if (word.compare(u"PENDING", Qt::CaseInsensitive) == 0) {
        return RefundStatus::Pending;
    }
    if (word.compare(u"ACCEPTED", Qt::CaseInsensitive) == 0) {
        return RefundStatus::Succeeded;
    }
    if (word.compare(u"REJECTED", Qt::CaseInsensitive) == 0) {
        return RefundStatus::Rejected;
    }
    // "Please verify the refund status in the next day report": never failed or succeeded.
    if (word.compare(u"TIMEOUT", Qt::CaseInsensitive) == 0) {
        return RefundStatus::NeedsReview;
    }
    return std::nullopt;
}

QUrl PayNetProtocol::endpoint(QStringView path) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path.toString());
    url.setQuery(QString());
    return url;
}

QString PayNetProtocol::signedBearer(const QJsonObject &data, const QDateTime &now, const QUuid &jti) const
{
    QJsonObject claims;
    claims.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() + tokenLifetimeSeconds);
    claims.insert(QStringLiteral("iss"), m_clientId);
    claims.insert(QStringLiteral("sub"), m_merchantId);
    claims.insert(QStringLiteral("jti"), uuidText(jti));
    claims.insert(QStringLiteral("key"), m_keyName);
    claims.insert(QStringLiteral("data"), data);
    return QString::fromLatin1(Jwt::signRs256(claims, m_privateKey));
}

QString PayNetProtocol::merchantReferenceId(const Refund &refund)
{
    // Shown to the customer by their bank: one line of printable text.
    const auto printable = [](const QString &text) {
        QString line = text.simplified();
        line.removeIf([](QChar c) { return !c.isPrint(); });
        return line;
    };
    const QString store = printable(refund.storeId);
    const QString till = printable(refund.registerId);
    QString place = store.isEmpty() || till.isEmpty() ? store + till : store + u'/' + till;
    const QString shortId = uuidText(refund.refundId).left(8);
    const QString prefix = QStringLiteral("RefundDesk ");
    const qsizetype room = maxMerchantReferenceChars - prefix.size() - 1 - shortId.size();
    if (place.size() > room) {
        place = place.left(room).trimmed();
    }
    return place.isEmpty() ? prefix + shortId : prefix + place + u' ' + shortId;
}

PayNetProtocol::Built PayNetProtocol::buildRefundRequest(const RefundRequest &request, const QDateTime &now,
                                                         const QUuid &jti) const
{
    Built built;
    const Refund &refund = request.refund;
    const Sale &sale = request.sale;
    const QString refundId = uuidText(refund.refundId);
    const QString checkoutId = sale.transactionId.isEmpty() ? refund.transactionId : sale.transactionId;
    if (m_privateKey.isNull() || !m_privateKey.isPrivate()) {
        built.refusal = tr("No PayNet private key is configured, so RefundDesk cannot sign the refund. Nothing was "
                           "sent.");
    } else if (refund.refundId.isNull() || refund.refundId.version() != QUuid::Random) {
        built.refusal = tr("The refund has no valid refund id (a UUID v4). Nothing was sent; this is a fault in "
                           "RefundDesk, please report it.");
    } else if (checkoutId.isEmpty() || checkoutId.size() > maxCheckoutIdChars) {
        built.refusal = tr("\"%1\" is not a PayNet checkout id. Nothing was sent.").arg(quoted(checkoutId));
    } else if (sale.method.isEmpty() || sale.method.size() > maxPaymentMethodChars) {
        built.refusal = tr("The sale's PayNet payment method (\"%1\") is not known; look the sale up again. Nothing "
                           "was sent.")
                            .arg(quoted(sale.method));
    } else if (!(refund.amount.currency() == ringgit)) {
        built.refusal =
            tr("PayNet refunds only in MYR, not %1. Nothing was sent.").arg(refund.amount.currency().code());
    } else if (!refund.amount.isPositive() || refund.amount.toDecimalString().size() > maxAmountChars) {
        built.refusal = tr("The refund amount must be more than zero. Nothing was sent.");
    }
    if (!built.ok()) {
        return built;
    }
    ExactJson body = ExactJson::object();
    body.insert(QStringLiteral("refundId"), ExactJson::fromString(refundId));
    body.insert(QStringLiteral("checkoutId"), ExactJson::fromString(checkoutId));
    body.insert(QStringLiteral("paymentMethod"), ExactJson::fromString(sale.method));
    body.insert(QStringLiteral("amount"), ExactJson::fromString(refund.amount.toDecimalString()));
    body.insert(QStringLiteral("merchantReferenceId"), ExactJson::fromString(merchantReferenceId(refund)));
    const QByteArray bytes = body.toJson();
    // Every member is a string, so QJsonDocument holds the payload exactly for the claim.
    const QJsonObject data = QJsonDocument::fromJson(bytes).object();
    built.request = HttpRequest::post(endpoint(u"/v1/bw/refund"), QByteArrayLiteral("application/json"), bytes,
                                      HttpRequest::Purpose::Refund);
    built.request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    built.request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + signedBearer(data, now, jti).toLatin1());
    return built;
}

PayNetProtocol::Built PayNetProtocol::signedGet(QStringView path, const QString &name, const QString &value,
                                                const QDateTime &now, const QUuid &jti) const
{
    Built built;
    if (m_privateKey.isNull() || !m_privateKey.isPrivate()) {
        built.refusal = tr("No PayNet private key is configured, so RefundDesk cannot sign the request.");
        return built;
    }
    QUrl url = endpoint(path);
    QUrlQuery query;
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    QJsonObject data;
    data.insert(name, value);
    built.request = HttpRequest::get(url, HttpRequest::Purpose::Query);
    built.request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    built.request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + signedBearer(data, now, jti).toLatin1());
    return built;
}

PayNetProtocol::Built PayNetProtocol::buildRefundEnquiry(const QUuid &refundId, const QDateTime &now,
                                                         const QUuid &jti) const
{
    if (refundId.isNull()) {
        Built built;
        built.refusal = tr("The refund has no refund id to ask PayNet about.");
        return built;
    }
    return signedGet(u"/v1/bw/refund", QStringLiteral("refundId"), uuidText(refundId), now, jti);
}

PayNetProtocol::Built PayNetProtocol::buildPaymentEnquiry(const QString &checkoutId, const QDateTime &now,
                                                          const QUuid &jti) const
{
    if (checkoutId.isEmpty() || checkoutId.size() > maxCheckoutIdChars) {
        Built built;
        built.refusal = tr("\"%1\" is not a PayNet checkout id.").arg(quoted(checkoutId));
        return built;
    }
    return signedGet(u"/v1/bw/rtp", QStringLiteral("checkoutId"), checkoutId, now, jti);
}

RefundResult PayNetProtocol::parseRefundAnswer(const HttpResult &http, Attempt attempt)
{
    const bool repeat = attempt == Attempt::Repeat;
    const auto unknown = [repeat](const QString &why) {
        return refundResult(GatewayOutcome::OutcomeUnknown, repeat ? stillUnknown(why) : why);
    };
    TransportOutcome::Rules rules(GatewayId::PayNet, defaultRetryAfterSeconds);
    if (repeat)
        rules.stillUnknown = stillUnknown; // the re-send is the lost-answer rule
    if (const std::optional<RefundResult> decided = TransportOutcome::forRefund(http, rules))
        return *decided;
    const Answer answer = answerOf(http);
    if (http.httpStatus == 409) {
        // A conflict on our own refundId may mean PayNet already has this refund.
        return unknown(
            tr("PayNet reported a conflict with this refund id (HTTP 409%1). The refund may already "
               "exist; RefundDesk will check with PayNet before doing anything else.")
                .arg(answer.message.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(quoted(answer.message))));
    }
    if (http.httpStatus == 401 || http.httpStatus == 403) {
        const QString message = credentialsRefused(http, answer);
        return repeat ? unknown(message) : refundResult(GatewayOutcome::AuthFailed, message, codeOf(answer.message));
    }
    if (http.isSuccess()) {
        if (const std::optional<RefundResult> result = readRefundData(answer)) {
            RefundResult known = *result;
            known.gatewayCode = codeOf(answer.message);
            return known;
        }
        const QString why = tr("PayNet's answer could not be understood (HTTP %1).").arg(http.httpStatus);
        return unknown(repeat ? why
                              : tr("%1 The refund may or may not have gone through; RefundDesk will check with "
                                   "PayNet before doing anything else.")
                                    .arg(why));
    }
    // A 4xx: PayNet refused the request.
    if (!answer.isJson) {
        return repeat ? unknown(http.userMessage) : refundResult(GatewayOutcome::NotExecuted, http.userMessage);
    }
    const QString words = quoted(answer.message);
    if (http.httpStatus == 404) {
        return refundResult(repeat ? GatewayOutcome::NotExecuted : GatewayOutcome::NotFound,
                            tr("PayNet does not know this payment (\"%1\"). Nothing was refunded; check the checkout "
                               "id on the receipt.")
                                .arg(words),
                            codeOf(answer.message));
    }
    return refundResult(GatewayOutcome::Declined,
                        tr("PayNet refused the refund: \"%1\". Nothing was refunded.").arg(words),
                        codeOf(answer.message));
}

std::optional<RefundResult> PayNetProtocol::lostAnswerFromRepeat(const RefundResult &repeated)
{
    if (repeated.outcome == GatewayOutcome::Declined) {
        return std::nullopt;
    }
    return repeated;
}

RefundResult PayNetProtocol::lostAnswerFromEnquiry(const HttpResult &http, const Refund &refund,
                                                   const RefundResult &declined)
{
    RefundResult enquired = parseRefundEnquiryAnswer(http, refund);
    if (enquired.outcome == GatewayOutcome::Ok) {
        return enquired;
    }
    if (enquired.outcome == GatewayOutcome::NotFound) {
        return refundResult(
            GatewayOutcome::NotExecuted,
            tr("%1 PayNet has no refund with this refund id, so nothing was refunded.").arg(declined.message),
            declined.gatewayCode);
    }
    RefundResult result =
        refundResult(GatewayOutcome::OutcomeUnknown,
                     stillUnknown(tr("PayNet refused the repeated refund (%1), and the refund enquiry did not answer "
                                     "clearly: %2")
                                      .arg(quoted(declined.message), enquired.message)),
                     declined.gatewayCode);
    result.retryAfterSeconds = enquired.retryAfterSeconds;
    return result;
}

namespace {

// What enquiries (GET) have in common: nothing is at stake, so failures are plain errors.
struct EnquiryFailure
{
    GatewayOutcome outcome = GatewayOutcome::Ok; // Ok: the data object is there
    QString message;
    QString code;
    int retryAfterSeconds = 0;
};

EnquiryFailure enquiryFailure(const HttpResult &http, const Answer &answer, const QString &notFound)
{
    EnquiryFailure failure;
    const auto fail = [&failure](GatewayOutcome outcome, const QString &message) {
        failure.outcome = outcome;
        failure.message = message;
        return failure;
    };
    switch (http.outcome) {
    case HttpResult::Outcome::Cancelled:
        return fail(GatewayOutcome::Cancelled, http.userMessage);
    case HttpResult::Outcome::NotSent:
        return fail(GatewayOutcome::NotExecuted, http.userMessage);
    case HttpResult::Outcome::OutcomeUnknown:
        return fail(GatewayOutcome::OutcomeUnknown, http.userMessage);
    case HttpResult::Outcome::Answered:
        break;
    }
    failure.code = codeOf(answer.message);
    if (http.httpStatus == 429) {
        failure.retryAfterSeconds = retryAfter(http);
        return fail(GatewayOutcome::NotExecuted,
                    PayNetProtocol::tr("PayNet asks RefundDesk to wait %n second(s) before asking again.", nullptr,
                                       failure.retryAfterSeconds));
    }
    if (http.httpStatus == 401 || http.httpStatus == 403) {
        return fail(GatewayOutcome::AuthFailed, credentialsRefused(http, answer));
    }
    if (http.httpStatus == 404 && answer.isJson) {
        return fail(GatewayOutcome::NotFound, notFound.arg(quoted(answer.message)));
    }
    if (!http.isSuccess()) {
        return fail(GatewayOutcome::NotExecuted,
                    answer.message.isEmpty() ? http.userMessage
                                             : PayNetProtocol::tr("PayNet refused the enquiry (HTTP %1): \"%2\".")
                                                   .arg(QString::number(http.httpStatus), quoted(answer.message)));
    }
    if (!answer.data) {
        return fail(
            GatewayOutcome::NotExecuted,
            PayNetProtocol::tr("PayNet's answer could not be read (HTTP %1). Nothing was changed; try again later.")
                .arg(http.httpStatus));
    }
    return failure;
}

} // namespace

RefundResult PayNetProtocol::parseRefundEnquiryAnswer(const HttpResult &http, const Refund &refund)
{
    const Answer answer = answerOf(http);
    const EnquiryFailure failure =
        enquiryFailure(http, answer, tr("PayNet has no refund with this refund id (\"%1\")."));
    if (failure.outcome != GatewayOutcome::Ok) {
        RefundResult result = refundResult(failure.outcome, failure.message, failure.code);
        result.retryAfterSeconds = failure.retryAfterSeconds;
        return result;
    }
    const ExactJson &data = *answer.data;
    const QString refundStatus = data.text(u"refundStatus");
    const QString reason = data.text(u"message");
    const QString endToEndId = data.text(u"endToEndId");
    const std::optional<RefundStatus> status = statusOf(refundStatus);
    RefundResult result = statusResult(status.value_or(RefundStatus::NeedsReview), endToEndId, reason);
    if (result.gatewayCode.isEmpty()) {
        result.gatewayCode = codeOf(data.text(u"code"));
    }
    if (!status) {
        result.message = tr("PayNet reports the refund as \"%1\", which RefundDesk does not know. A person must check "
                            "it in the PayNet report.")
                             .arg(quoted(refundStatus));
        return result;
    }
    const MoneyResult amount = amountOf(data.member(u"amount"));
    if (!amount.ok() || !(amount.value() == refund.amount)) {
        result.status = RefundStatus::NeedsReview;
        result.message = tr("PayNet reports the refund as %1 with the amount \"%2\", but RefundDesk asked for %3 %4: "
                            "the amounts disagree. A person must check it in the PayNet report.")
                             .arg(quoted(refundStatus), quoted(data.text(u"amount")), refund.amount.toDecimalString(),
                                  refund.amount.currency().code());
    }
    return result;
}

LookupResult PayNetProtocol::parsePaymentEnquiryAnswer(const HttpResult &http, const QString &checkoutId)
{
    LookupResult result;
    const Answer answer = answerOf(http);
    const EnquiryFailure failure = enquiryFailure(
        http, answer, tr("PayNet does not know this payment (\"%1\"). Check the checkout id on the receipt."));
    if (failure.outcome != GatewayOutcome::Ok) {
        result.outcome = failure.outcome;
        result.message = failure.message;
        result.retryAfterSeconds = failure.retryAfterSeconds;
        return result;
    }
    const ExactJson &data = *answer.data;
    const QString answeredId = data.text(u"checkoutId");
    if (!answeredId.isEmpty() && answeredId != checkoutId) {
        result.outcome = GatewayOutcome::NotExecuted;
        result.message = tr("PayNet answered about another payment (%1 instead of %2). Nothing was changed; try again "
                            "later.")
                             .arg(quoted(answeredId), quoted(checkoutId));
        return result;
    }
    const QString currency = data.text(u"currency").trimmed();
    if (!currency.isEmpty() && currency != u"MYR") {
        result.outcome = GatewayOutcome::Refused;
        result.message = tr("PayNet lists this payment in %1; RefundDesk refunds PayNet payments in MYR only.")
                             .arg(quoted(currency));
        return result;
    }
    const QString status = data.text(u"status").trimmed();
    const MoneyResult amount = amountOf(data.member(u"amount"));
    if (status.isEmpty() || !amount.ok() || !amount.value().isPositive()) {
        result.outcome = GatewayOutcome::NotExecuted;
        result.message = status.isEmpty()
            ? tr("PayNet's answer has no payment status. Nothing was changed; try again later.")
            : tr("PayNet lists the payment with an amount RefundDesk cannot read exactly (\"%1\"). %2")
                  .arg(quoted(data.text(u"amount")), amount.message());
        return result;
    }
    result.outcome = GatewayOutcome::Ok;
    Sale &sale = result.sale;
    sale.gateway = GatewayId::PayNet;
    sale.transactionId = checkoutId;
    sale.reference = data.text(u"endToEndId");
    sale.amount = amount.value();
    sale.method = data.text(u"paymentMethod");
    sale.gatewayStatus = status;
    sale.gatewaySaysRefundable = status.compare(u"CLEARED", Qt::CaseInsensitive) == 0;
    for (const char16_t *name : {u"transactionDate", u"transactionDateTime", u"paidAt"}) {
        const QDateTime paidAt = QDateTime::fromString(data.text(QStringView(name)), Qt::ISODate);
        // Only a time with a zone or offset is trusted for the 90-day window.
        if (paidAt.isValid() && paidAt.timeSpec() != Qt::LocalTime) {
            sale.paidAt = paidAt.toUTC();
            break;
        }
    }
    return result;
}

WebhookEvent PayNetProtocol::verifyWebhook(const WebhookRequest &request, const RsaKey &gatewayKey,
                                           const QDateTime &now)
{
    WebhookEvent event;
    const auto refuse = [&event](const QString &message) {
        event.verdict = WebhookEvent::Verdict::BadSignature;
        event.message = message;
        return event;
    };
    if (gatewayKey.isNull()) {
        return refuse(tr("No PayNet public key is configured, so PayNet's webhooks cannot be verified."));
    }
    QByteArray authorization;
    int authorizationHeaders = 0;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            authorization = value.trimmed();
            ++authorizationHeaders;
        }
    }
    if (authorizationHeaders != 1 || authorization.size() <= 7
        || authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) != 0) {
        return refuse(tr("The PayNet webhook has no single \"Authorization: Bearer\" token."));
    }
    const Jwt::Verified verified = Jwt::verifyRs256(authorization.sliced(7).trimmed(), gatewayKey, now);
    if (!verified.ok) {
        return refuse(tr("The PayNet webhook's token was refused: %1.").arg(verified.message));
    }
    if (!verified.claims.value(u"exp").isDouble()) {
        return refuse(tr("The PayNet webhook's token has no expiry time."));
    }
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    const QJsonValue data = verified.claims.value(u"data");
    if (!data.isString() || data.toString() != expected) {
        return refuse(tr("The PayNet webhook's token does not match its body (data is not the body's SHA-256)."));
    }
    return parseWebhookBody(request.body);
}

WebhookEvent PayNetProtocol::parseWebhookBody(QByteArrayView body)
{
    WebhookEvent event;
    const auto malformed = [&event](const QString &message) {
        event = WebhookEvent();
        event.verdict = WebhookEvent::Verdict::Malformed;
        event.message = message;
        return event;
    };
    const ExactJsonResult parsed = ExactJson::parse(body);
    if (!parsed.ok() || !parsed.value().isObject()) {
        return malformed(tr("The PayNet webhook is not a JSON object."));
    }
    const ExactJson &root = parsed.value();
    const ExactJson *refundId = root.member(u"refundId");
    const ExactJson *paymentStatus = root.member(u"paymentStatus");
    if (!refundId || !refundId->isString() || !isUuidV4Text(refundId->scalarText())) {
        return malformed(tr("The PayNet webhook has no refund id (a UUID v4)."));
    }
    if (!paymentStatus || !paymentStatus->isObject()) {
        return malformed(tr("The PayNet webhook has no paymentStatus."));
    }
    const QString substate = paymentStatus->text(u"substate").trimmed();
    const QString code = paymentStatus->text(u"code").trimmed().toUpper();
    const QString reason = paymentStatus->text(u"message").trimmed();
    const std::optional<RefundStatus> status =
        substate.startsWith(u"REFUND_", Qt::CaseInsensitive) ? statusOf(substate) : std::nullopt;
    if (!status) {
        return malformed(tr("The PayNet webhook's substate \"%1\" is not one RefundDesk knows.").arg(quoted(substate)));
    }
    const MoneyResult amount = amountOf(root.member(u"amount"));
    if (!amount.ok()) {
        return malformed(tr("The PayNet webhook's amount cannot be read exactly: %1").arg(amount.message()));
    }
    event.verdict = WebhookEvent::Verdict::Accepted;
    event.refundId = QUuid::fromString(refundId->scalarText());
    event.gatewayRefundId = root.text(u"endToEndId");
    event.transactionId = root.text(u"checkoutId");
    event.status = *status;
    event.gatewayCode = codeOf(reason);
    event.amount = amount.value();
    event.message = statusMessage(*status, reason);
    // RJCT goes only with REFUND_REJECTED, and REFUND_REJECTED only with RJCT: a webhook
    // that contradicts itself is for a person to read, not to apply.
    const bool rejectedCode = code == u"RJCT";
    if (!code.isEmpty() && rejectedCode != (*status == RefundStatus::Rejected)) {
        event.status = RefundStatus::NeedsReview;
        event.message = tr("PayNet's webhook contradicts itself (code %1 with %2). A person must check the refund in "
                           "the PayNet report.")
                            .arg(quoted(code), quoted(substate));
    }
    return event;
}

} // namespace RefundDesk
