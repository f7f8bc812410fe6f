#include "PwV3Protocol.h"

#include "gateways/ExactJson.h"
#include "gateways/FormUrlEncoded.h"
#include "gateways/RetryAfter.h"
#include "gateways/TransportOutcome.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace RefundDesk {

namespace {

// PW v3's "Already refunded" (GATEWAYS.md §2).
const QString alreadyRefundedCode = QStringLiteral("32");
// The sandbox's "Transaction not found" (docs/gateways.md); PW's own code is not public.
const QString notFoundCode = QStringLiteral("11");

QString moneyText(const Money &amount)
{
    return QStringLiteral("%1 %2").arg(amount.currency().code(), amount.toDecimalString());
}

QUrl endpoint(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path.toString());
    return url;
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A string or number member as text; booleans, objects and arrays are no ids or words.
QString scalar(const ExactJson &object, QStringView key)
{
    const ExactJson *value = object.member(key);
    return value && (value->isString() || value->isNumber()) ? value->scalarText() : QString();
}

// PW's answer envelope: "code" ("00" or 32: string or number) and "status".
struct Answer
{
    bool readable = false;
    QString problem; // why it is not a PW answer
    QString code; // as written: "00", "32"
    bool codeIsSuccess = false; // "00", "0" or 0
    QString status; // upper case: APPROVED, DECLINED, PENDING
    QString message;
    ExactJson json;
};

Answer readAnswer(const QByteArray &body)
{
    Answer answer;
    const ExactJsonResult parsed = ExactJson::parse(body);
    if (!parsed.ok()) {
        answer.problem = parsed.message();
        return answer;
    }
    if (!parsed.value().isObject()) {
        answer.problem = PwV3Protocol::tr("the answer is not a JSON object");
        return answer;
    }
    answer.status = scalar(parsed.value(), u"status").toUpper();
    if (answer.status.isEmpty()) {
        answer.problem = PwV3Protocol::tr("the answer has no status");
        return answer;
    }
    answer.code = scalar(parsed.value(), u"code");
    answer.codeIsSuccess = isDigits(answer.code)
        && std::all_of(answer.code.cbegin(), answer.code.cend(), [](QChar c) { return c == u'0'; });
    answer.message = scalar(parsed.value(), u"message");
    answer.json = parsed.value();
    answer.readable = true;
    return answer;
}

// "(code 32: Already refunded)": the gateway's own words, for people and support.
QString codeNote(const Answer &answer)
{
    const QString code = answer.code.isEmpty() ? answer.status : PwV3Protocol::tr("code %1").arg(answer.code.left(20));
    return answer.message.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, answer.message.left(200));
}

// PW writes amounts as integer minor units, as a string ("1234") or a number (1234).
// Anything else (12.34, 1e3, -5) is refused, never rounded.
MoneyResult readMinorUnits(const ExactJson *value, Currency currency, QStringView field)
{
    if (!value || !(value->isString() || value->isNumber())) {
        return MoneyResult::failure(MoneyResult::Error::Empty, PwV3Protocol::tr("PW v3's answer has no %1.").arg(field),
                                    currency);
    }
    const QString text = value->scalarText();
    if (!isDigits(text)) {
        return MoneyResult::failure(MoneyResult::Error::InvalidCharacter,
                                    PwV3Protocol::tr("PW v3's %1 \"%2\" is not a whole number of minor units (cents).")
                                        .arg(field, text.left(40)),
                                    currency);
    }
    bool ok = false;
    const qint64 minor = text.size() <= 18 ? text.toLongLong(&ok) : 0;
    if (!ok) {
        return MoneyResult::failure(MoneyResult::Error::TooLarge,
                                    PwV3Protocol::tr("PW v3's %1 \"%2\" is too large.").arg(field, text.left(40)),
                                    currency);
    }
    return MoneyResult::success(Money(minor, currency));
}

// Reads the status call's payment into lookup; an empty string when it is usable.
QString readPayment(const ExactJson &json, LookupResult &lookup)
{
    Sale &sale = lookup.sale;
    sale.gateway = GatewayId::PwV3;
    sale.transactionId = scalar(json, u"transactionId");
    if (sale.transactionId.isEmpty())
        return PwV3Protocol::tr("The answer has no transactionId.");
    sale.reference = scalar(json, u"referenceNo");
    const QString currencyCode = scalar(json, u"currency");
    const std::optional<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency)
        return PwV3Protocol::tr("The currency \"%1\" is unknown.").arg(currencyCode.left(20));
    const MoneyResult amount = readMinorUnits(json.member(u"amount"), *currency, u"amount");
    if (!amount.ok())
        return amount.message();
    sale.amount = amount.value();
    sale.method = scalar(json, u"paymentMethod");
    sale.gatewayStatus = scalar(json, u"status");
    sale.gatewaySaysRefundable = sale.gatewayStatus.toUpper() == u"APPROVED";
    if (const ExactJson *date = json.member(u"date")) {
        const QString seconds = date->isString() || date->isNumber() ? date->scalarText() : QString();
        if (!isDigits(seconds) || seconds.size() > 12)
            return PwV3Protocol::tr("The date \"%1\" is not a time in Unix seconds.").arg(seconds.left(40));
        sale.paidAt = QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
    }
    if (const ExactJson *refunded = json.member(u"refundedAmount")) {
        const MoneyResult total = readMinorUnits(refunded, *currency, u"refundedAmount");
        if (!total.ok())
            return total.message();
        lookup.refundedAtGateway = total.value();
    }
    return QString();
}

RefundResult needsReview(RefundResult result, const QString &message)
{
    result.outcome = GatewayOutcome::Ok;
    result.status = RefundStatus::NeedsReview;
    result.message = message;
    return result;
}

QString unreadableRefundMessage(const QString &problem)
{
    return PwV3Protocol::tr(
               "PW v3's answer to the refund could not be read (%1). The refund may or may not have gone through; "
               "RefundDesk will check with PW v3 before doing anything else.")
        .arg(problem);
}

QString willCheck(const QString &message)
{
    return PwV3Protocol::tr("%1 RefundDesk will check with PW v3 whether the refund was made.").arg(message);
}

RefundResult refundApproved(const Answer &answer, const RefundRequest &request)
{
    const Refund &refund = request.refund;
    RefundResult result;
    result.gatewayCode = answer.code;
    const QString echoedReference = scalar(answer.json, u"referenceNo");
    const QString ours = PwV3Protocol::referenceNo(refund);
    if (!echoedReference.isEmpty() && echoedReference.compare(ours, Qt::CaseInsensitive) != 0) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = unreadableRefundMessage(
            PwV3Protocol::tr("it is about referenceNo %1, not %2").arg(echoedReference.left(64), ours));
        return result;
    }
    const QString echoedTransaction = scalar(answer.json, u"transactionId");
    if (!echoedTransaction.isEmpty() && echoedTransaction != request.sale.transactionId) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = unreadableRefundMessage(PwV3Protocol::tr("it is about transaction %1, not %2")
                                                     .arg(echoedTransaction.left(64), request.sale.transactionId));
        return result;
    }
    if (answer.json.member(u"amount")) {
        const QString currencyCode = scalar(answer.json, u"currency");
        if (!currencyCode.isEmpty() && currencyCode != refund.amount.currency().code()) {
            return needsReview(
                result,
                PwV3Protocol::tr("PW v3 approved a refund in %1, RefundDesk asked for %2. Check the refund in "
                                 "PW's back office.")
                    .arg(currencyCode.left(20), moneyText(refund.amount)));
        }
        const MoneyResult amount = readMinorUnits(answer.json.member(u"amount"), refund.amount.currency(), u"amount");
        if (!amount.ok()) {
            return needsReview(
                result,
                PwV3Protocol::tr("PW v3 approved the refund, but %1 Check the refund in PW's back office.")
                    .arg(amount.message()));
        }
        if (!(amount.value() == refund.amount)) {
            return needsReview(
                result,
                PwV3Protocol::tr("PW v3 refunded %1, RefundDesk asked for %2. Check the refund in PW's back "
                                 "office.")
                    .arg(moneyText(amount.value()), moneyText(refund.amount)));
        }
    }
    result.outcome = GatewayOutcome::Ok;
    result.status = RefundStatus::Succeeded;
    result.message = PwV3Protocol::tr("PW v3 approved the refund.");
    return result;
}

RefundResult refundDeclined(const Answer &answer, const HttpResult &http)
{
    RefundResult result;
    result.gatewayCode = answer.code;
    const QString note = codeNote(answer);
    if (http.httpStatus == 401 || http.httpStatus == 403 || answer.code == u"401" || answer.code == u"403") {
        result.outcome = GatewayOutcome::AuthFailed;
        result.message =
            PwV3Protocol::tr("PW v3 refused RefundDesk's API key (%1). Nothing was refunded; check the API key in the "
                             "settings.")
                .arg(note);
    } else if (answer.code == alreadyRefundedCode) {
        result.outcome = GatewayOutcome::Declined;
        result.message =
            PwV3Protocol::tr("PW v3 says this payment is already refunded (%1). Nothing more was refunded.").arg(note);
    } else if (answer.code == notFoundCode) {
        result.outcome = GatewayOutcome::NotFound;
        result.message =
            PwV3Protocol::tr("PW v3 does not know this payment (%1). Nothing was refunded; look the sale up again.")
                .arg(note);
    } else {
        result.outcome = GatewayOutcome::Declined;
        result.message = PwV3Protocol::tr("PW v3 declined the refund (%1). Nothing was refunded.").arg(note);
    }
    return result;
}

} // namespace

PwV3Protocol::PwV3Protocol(PwV3Account account)
    : m_account(std::move(account))
{ }

const QStringList &PwV3Protocol::refundableMethods()
{
    static const QStringList methods = {QStringLiteral("CREDITCARD"), QStringLiteral("VISA"),
                                        QStringLiteral("GIFTCARD"),   QStringLiteral("IDEAL"),
                                        QStringLiteral("CUP"),        QStringLiteral("PAYPAL")};
    return methods;
}

QString PwV3Protocol::referenceNo(const Refund &refund)
{
    return refund.refundId.toString(QUuid::Id128);
}

HttpRequest PwV3Protocol::post(QStringView path, const QList<std::pair<QString, QString>> &fields,
                               HttpRequest::Purpose purpose) const
{
    HttpRequest request =
        HttpRequest::post(endpoint(m_account.baseUrl, path), QByteArrayLiteral("application/x-www-form-urlencoded"),
                          FormUrlEncoded::encode(fields), purpose);
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

PwV3Protocol::Built PwV3Protocol::buildStatusRequest(const SaleRef &ref) const
{
    Built built;
    const QString id = ref.id.trimmed();
    if (ref.kind != SaleIdKind::Reference) {
        built.refusal = tr("PW v3 can only find a payment by its reference number (referenceNo), not by its "
                           "transaction id. Scan the receipt's reference or type the reference number.");
    } else if (id.isEmpty()) {
        built.refusal = tr("Enter or scan the PW v3 reference number first.");
    } else {
        built.request = post(u"/pw/v3/payment/status",
                             {{QStringLiteral("apiKey"), m_account.apiKey}, {QStringLiteral("referenceNo"), id}},
                             HttpRequest::Purpose::Query);
    }
    return built;
}

PwV3Protocol::Built PwV3Protocol::buildStatusRequest(const Sale &sale) const
{
    if (sale.reference.isEmpty()) {
        Built built;
        built.refusal = tr("RefundDesk does not know the PW v3 reference number of this payment, so it cannot ask "
                           "PW v3 about the refund.");
        return built;
    }
    SaleRef ref;
    ref.gateway = GatewayId::PwV3;
    ref.kind = SaleIdKind::Reference;
    ref.id = sale.reference;
    return buildStatusRequest(ref);
}

PwV3Protocol::Built PwV3Protocol::buildRefundRequest(const RefundRequest &request) const
{
    Built built;
    const Refund &refund = request.refund;
    const Sale &sale = request.sale;
    const QString method = sale.method.trimmed().toUpper();
    if (!refund.amount.isPositive()) {
        built.refusal = tr("The refund amount must be more than zero.");
    } else if (!(refund.amount.currency() == sale.amount.currency())) {
        built.refusal = tr("The refund is in %1 but the payment was in %2; a refund must be in the payment's "
                           "currency.")
                            .arg(refund.amount.currency().code(), sale.amount.currency().code());
    } else if (sale.transactionId.isEmpty()) {
        built.refusal = tr("RefundDesk does not know PW v3's transaction id of this payment; look the sale up first.");
    } else if (method.isEmpty()) {
        built.refusal = tr("RefundDesk does not know how this payment was paid, and PW v3 refunds only some payment "
                           "methods; look the sale up again.");
    } else if (!refundableMethods().contains(method)) {
        built.refusal = tr("PW v3 cannot refund payments made with %1; only %2 can be refunded. Refund the customer "
                           "another way.")
                            .arg(sale.method.left(40), refundableMethods().join(QStringLiteral(", ")));
    } else if (!refund.fullRefund && !m_account.partialRefunds) {
        built.refusal = tr("This PW v3 account cannot make partial refunds (PW enables them per account; see "
                           "partial_refunds in the settings). Refund the full amount, or refund the customer another "
                           "way.");
    } else if (refund.refundId.isNull()) {
        built.refusal = tr("The refund has no id yet, so it cannot be sent.");
    }
    if (!built.refusal.isEmpty())
        return built;

    QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("apiKey"), m_account.apiKey},
        {QStringLiteral("transactionId"), sale.transactionId},
        {QStringLiteral("referenceNo"), referenceNo(refund)},
    };
    // GATEWAYS.md: a full refund sends neither amount nor currency.
    if (!refund.fullRefund) {
        fields.append({QStringLiteral("amount"), QString::number(refund.amount.minorUnits())});
        fields.append({QStringLiteral("currency"), refund.amount.currency().code()});
    }
    built.request = post(u"/pw/v3/payment/refund", fields, HttpRequest::Purpose::Refund);
    return built;
}

LookupResult PwV3Protocol::parseStatusAnswer(const HttpResult &http)
{
    LookupResult lookup;
    lookup.outcome = GatewayOutcome::NotExecuted;
    lookup.message = http.userMessage;
    switch (http.outcome) {
    case HttpResult::Outcome::Cancelled:
        lookup.outcome = GatewayOutcome::Cancelled;
        lookup.message = tr("The payment query was cancelled.");
        return lookup;
    case HttpResult::Outcome::NotSent:
    case HttpResult::Outcome::OutcomeUnknown:
        // A status call changes nothing: whether it arrived or not, asking again is safe.
        return lookup;
    case HttpResult::Outcome::Answered:
        break;
    }
    if (http.httpStatus == 429) {
        lookup.retryAfterSeconds = retryAfterSeconds(http);
        return lookup;
    }
    if (http.isServerError() || http.isRedirect())
        return lookup;
    const Answer answer = readAnswer(http.body);
    if (http.httpStatus == 401 || http.httpStatus == 403 || (answer.readable && answer.code == u"401")) {
        lookup.outcome = GatewayOutcome::AuthFailed;
        if (answer.readable) {
            lookup.message =
                tr("PW v3 refused RefundDesk's API key (%1). Check the API key in the settings.").arg(codeNote(answer));
        }
        return lookup;
    }
    if (!answer.readable) {
        if (http.isSuccess()) {
            lookup.outcome = GatewayOutcome::OutcomeUnknown;
            lookup.message = tr("PW v3's answer to the payment query could not be read (%1). Try again; if this "
                                "persists, check the gateway address in the settings.")
                                 .arg(answer.problem);
        }
        return lookup;
    }
    if (!answer.codeIsSuccess) {
        if (answer.code == notFoundCode) {
            lookup.outcome = GatewayOutcome::NotFound;
            lookup.message = tr("PW v3 has no payment with that reference number (%1). Check the number on the "
                                "receipt.")
                                 .arg(codeNote(answer));
        } else {
            lookup.outcome = GatewayOutcome::Declined;
            lookup.message = tr("PW v3 refused the payment query (%1).").arg(codeNote(answer));
        }
        return lookup;
    }
    if (!http.isSuccess()) {
        // "Success" with an HTTP error status contradicts itself.
        lookup.outcome = GatewayOutcome::OutcomeUnknown;
        lookup.message = tr("%1 PW v3's answer said success at the same time; try again.").arg(http.userMessage);
        return lookup;
    }
    const QString problem = readPayment(answer.json, lookup);
    if (!problem.isEmpty()) {
        LookupResult unusable;
        unusable.outcome = GatewayOutcome::OutcomeUnknown;
        unusable.message = tr("PW v3's answer to the payment query could not be used. %1").arg(problem);
        return unusable;
    }
    lookup.outcome = GatewayOutcome::Ok;
    lookup.message.clear();
    return lookup;
}

RefundResult PwV3Protocol::parseRefundAnswer(const HttpResult &http, const RefundRequest &request)
{
    if (const std::optional<RefundResult> decided =
            TransportOutcome::forRefund(http, TransportOutcome::Rules(GatewayId::PwV3)))
        return *decided;
    RefundResult result;
    result.message = http.userMessage;
    const Answer answer = readAnswer(http.body);
    if (!answer.readable) {
        if (http.httpStatus == 401 || http.httpStatus == 403) {
            result.outcome = GatewayOutcome::AuthFailed;
            return result;
        }
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = http.isSuccess() ? unreadableRefundMessage(answer.problem) : willCheck(http.userMessage);
        return result;
    }
    if (answer.status == u"DECLINED" && !answer.codeIsSuccess)
        return refundDeclined(answer, http);
    if (http.isSuccess() && answer.codeIsSuccess) {
        if (answer.status == u"APPROVED")
            return refundApproved(answer, request);
        if (answer.status == u"PENDING") {
            result.outcome = GatewayOutcome::Ok;
            result.status = RefundStatus::Pending;
            result.gatewayCode = answer.code;
            result.message = tr("PW v3 accepted the refund and has not finished it yet.");
            return result;
        }
    }
    // APPROVED with an error code, an unknown status, success with an HTTP error: no clear answer.
    result.outcome = GatewayOutcome::OutcomeUnknown;
    result.gatewayCode = answer.code;
    result.message = unreadableRefundMessage(
        tr("status %1 with %2")
            .arg(answer.status.left(40),
                 answer.code.isEmpty() ? tr("no code") : tr("code %1").arg(answer.code.left(20))));
    return result;
}

RefundResult PwV3Protocol::parseRefundCheck(const HttpResult &http, const Refund &refund, const Sale &sale, Check check)
{
    const bool lostAnswer = check == Check::LostAnswer;
    const LookupResult lookup = parseStatusAnswer(http);
    RefundResult result;
    result.retryAfterSeconds = lookup.retryAfterSeconds;
    const auto cannotTell = [&](const QString &message) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = message;
        return result;
    };
    if (lookup.outcome != GatewayOutcome::Ok) {
        if (lostAnswer) {
            // Not knowing is never "not executed": only a clean answer can show that.
            return cannotTell(
                tr("RefundDesk could not yet check with PW v3 whether the refund was made: %1").arg(lookup.message));
        }
        result.outcome = lookup.outcome;
        result.message = tr("RefundDesk could not ask PW v3 about the refund: %1").arg(lookup.message);
        return result;
    }
    if (!sale.transactionId.isEmpty() && lookup.sale.transactionId != sale.transactionId) {
        return cannotTell(tr("PW v3 answered about payment %1, not %2, so RefundDesk cannot tell whether the refund "
                             "was made.")
                              .arg(lookup.sale.transactionId.left(64), sale.transactionId));
    }
    if (!lookup.refundedAtGateway) {
        return cannotTell(tr("PW v3's status answer does not say how much of the payment was refunded, so RefundDesk "
                             "cannot tell whether the refund was made."));
    }
    const Money now = *lookup.refundedAtGateway;
    if (!(now.currency() == refund.amount.currency())) {
        return cannotTell(tr("PW v3 reports the payment's refunds in %1, the refund is in %2, so RefundDesk cannot "
                             "tell whether the refund was made.")
                              .arg(now.currency().code(), refund.amount.currency().code()));
    }

    if (!refund.gatewayRefundedBefore) {
        // Without the figure from before, only "nothing refunded at all" tells anything.
        if (now.isZero()) {
            if (lostAnswer) {
                result.outcome = GatewayOutcome::NotExecuted;
                result.message = tr("PW v3 shows nothing refunded on the payment: the refund was not made.");
            } else {
                result.outcome = GatewayOutcome::Ok;
                result.status = RefundStatus::Pending;
                result.message = tr("PW v3 does not show the refund on the payment yet.");
            }
            return result;
        }
        return cannotTell(tr("PW v3 shows %1 refunded on the payment, and RefundDesk did not record how much that was "
                             "before this refund, so it cannot tell whether this refund of %2 was made. Check the "
                             "payment in PW's back office.")
                              .arg(moneyText(now), moneyText(refund.amount)));
    }
    const Money before = *refund.gatewayRefundedBefore;
    if (!(before.currency() == now.currency())) {
        return cannotTell(tr("RefundDesk recorded the earlier refunds in %1, PW v3 reports them in %2, so it cannot "
                             "tell whether the refund was made.")
                              .arg(before.currency().code(), now.currency().code()));
    }
    const MoneyResult increase = now.minus(before);
    if (increase.ok() && increase.value() == refund.amount) {
        result.outcome = GatewayOutcome::Ok;
        result.status = RefundStatus::Succeeded;
        result.message = tr("PW v3's refunded total for the payment rose by exactly this refund (from %1 to %2): the "
                            "refund was made.")
                             .arg(moneyText(before), moneyText(now));
        return result;
    }
    if (increase.ok() && increase.value().isZero()) {
        if (lostAnswer) {
            result.outcome = GatewayOutcome::NotExecuted;
            result.message = tr("PW v3's refunded total for the payment is unchanged (%1): the refund was not made.")
                                 .arg(moneyText(now));
        } else {
            result.outcome = GatewayOutcome::Ok;
            result.status = RefundStatus::Pending;
            result.message = tr("PW v3 does not show the refund on the payment yet.");
        }
        return result;
    }
    const QString disagree = tr("PW v3's refunded total for the payment went from %1 to %2, which does not match this "
                                "refund of %3. Check the payment in PW's back office.")
                                 .arg(moneyText(before), moneyText(now), moneyText(refund.amount));
    if (lostAnswer)
        return cannotTell(disagree);
    return needsReview(result, disagree);
}

} // namespace RefundDesk
