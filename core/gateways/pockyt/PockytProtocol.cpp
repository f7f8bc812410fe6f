#include "PockytProtocol.h"

#include "PockytSignature.h"
#include "gateways/ExactJson.h"
#include "gateways/FormUrlEncoded.h"
#include "gateways/RetryAfter.h"
#include "gateways/TransportOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <algorithm>

namespace RefundDesk {

namespace {

const QString successCode = QStringLiteral("000100");

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

// A string or number member as text; booleans, objects and arrays are no ids or words.
QString scalar(const ExactJson &object, QStringView key)
{
    const ExactJson *value = object.member(key);
    return value && (value->isString() || value->isNumber()) ? value->scalarText() : QString();
}

// The envelope of every Pockyt answer: {"ret_code", "ret_msg", "result"}.
struct Answer
{
    bool readable = false;
    QString problem; // why it is not a Pockyt answer
    QString code;
    QString message;
    ExactJson json;

    const ExactJson *result() const { return json.member(u"result"); }
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
        answer.problem = PockytProtocol::tr("the answer is not a JSON object");
        return answer;
    }
    const ExactJson *code = parsed.value().member(u"ret_code");
    if (!code || !(code->isString() || code->isNumber())) {
        answer.problem = PockytProtocol::tr("the answer has no ret_code");
        return answer;
    }
    QString text = code->scalarText();
    if (code->isNumber()) {
        // A JSON number cannot keep the leading zeros: 100 is "000100".
        const bool digits = !text.isEmpty() && text.size() <= 6
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits) {
            answer.problem = PockytProtocol::tr("ret_code %1 is not a Pockyt code").arg(text.left(20));
            return answer;
        }
        text = text.rightJustified(6, u'0');
    }
    answer.readable = true;
    answer.code = text;
    answer.message = scalar(parsed.value(), u"ret_msg");
    answer.json = parsed.value();
    return answer;
}

// "(000040: transaction status error)": the gateway's own words, for people and support.
QString codeNote(const Answer &answer)
{
    return answer.message.isEmpty() ? answer.code : QStringLiteral("%1: %2").arg(answer.code, answer.message.left(200));
}

// An amount Pockyt wrote as a decimal string ("12.50") or number (12.50): exact, never
// rounded, never negative.
MoneyResult readAmount(const ExactJson *value, Currency currency, QStringView field)
{
    if (!value || !(value->isString() || value->isNumber())) {
        return MoneyResult::failure(MoneyResult::Error::Empty,
                                    PockytProtocol::tr("Pockyt's answer has no %1.").arg(field), currency);
    }
    const MoneyResult amount = Money::fromDecimalString(value->scalarText(), currency);
    if (!amount.ok()) {
        return MoneyResult::failure(amount.error(),
                                    PockytProtocol::tr("Pockyt's %1 cannot be used: %2").arg(field, amount.message()),
                                    currency);
    }
    if (amount.value().isNegative()) {
        return MoneyResult::failure(
            MoneyResult::Error::Sign,
            PockytProtocol::tr("Pockyt's %1 \"%2\" is negative.").arg(field, value->scalarText().left(40)), currency);
    }
    return amount;
}

struct RefundEntry
{
    GatewayRefundInfo info;
    QString status; // empty when Pockyt gives none
};

struct QueryRead
{
    LookupResult lookup;
    QString code;
    QList<RefundEntry> entries;
};

// tran-query's result object: the payment and its refundInfo.
QString readTransaction(const ExactJson *result, QueryRead &read)
{
    if (!result || !result->isObject())
        return PockytProtocol::tr("The answer has no result.");
    Sale &sale = read.lookup.sale;
    sale.gateway = GatewayId::Pockyt;
    sale.transactionId = scalar(*result, u"transactionNo");
    if (sale.transactionId.isEmpty())
        return PockytProtocol::tr("The answer has no transactionNo.");
    sale.reference = scalar(*result, u"reference");
    const QString currencyCode = scalar(*result, u"currency");
    const std::optional<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency)
        return PockytProtocol::tr("The currency \"%1\" is unknown.").arg(currencyCode.left(20));
    const MoneyResult amount = readAmount(result->member(u"amount"), *currency, u"amount");
    if (!amount.ok())
        return amount.message();
    sale.amount = amount.value();
    sale.gatewayStatus = scalar(*result, u"status");
    if (sale.gatewayStatus.isEmpty())
        return PockytProtocol::tr("The answer has no status.");
    const QString type = scalar(*result, u"transactionType");
    // Only a successful payment can be refunded: not a refund or a void, not in any other state.
    sale.gatewaySaysRefundable = sale.gatewayStatus == u"success" && (type.isEmpty() || type == u"payment");

    Money refunded = Money::zero(*currency);
    const ExactJson *info = result->member(u"refundInfo");
    if (info && !info->isNull()) {
        if (!info->isArray())
            return PockytProtocol::tr("refundInfo is not a list.");
        for (const ExactJson &element : info->elements()) {
            if (!element.isObject())
                return PockytProtocol::tr("A refundInfo entry is not an object.");
            const QString entryCurrency = scalar(element, u"currency");
            if (!entryCurrency.isEmpty() && entryCurrency != currency->code()) {
                return PockytProtocol::tr("A refund is listed in %1, the payment is in %2.")
                    .arg(entryCurrency.left(20), currency->code());
            }
            const MoneyResult entryAmount = readAmount(element.member(u"refundAmount"), *currency, u"refundAmount");
            if (!entryAmount.ok())
                return entryAmount.message();
            RefundEntry entry;
            entry.info.ourReference = scalar(element, u"refundReference");
            // tran-query says refundTransactionId, the refund answer refundTransactionNo.
            entry.info.gatewayRefundId = scalar(element, u"refundTransactionId");
            if (entry.info.gatewayRefundId.isEmpty())
                entry.info.gatewayRefundId = scalar(element, u"refundTransactionNo");
            entry.info.amount = entryAmount.value();
            entry.status = scalar(element, u"status");
            const std::optional<RefundStatus> status = PockytProtocol::refundStatusFromPockyt(entry.status);
            if (!status || *status != RefundStatus::Failed) {
                const MoneyResult sum = refunded.plus(entryAmount.value());
                if (!sum.ok())
                    return sum.message();
                refunded = sum.value();
            }
            read.lookup.refunds.append(entry.info);
            read.entries.append(entry);
        }
    }
    read.lookup.refundedAtGateway = refunded;
    return QString();
}

LookupResult queryError(const Answer &answer)
{
    LookupResult result;
    const QString note = codeNote(answer);
    if (answer.code == u"000021") {
        result.outcome = GatewayOutcome::NotFound;
        result.message =
            PockytProtocol::tr("Pockyt has no payment with that number for this store (%1). Check the number on the "
                               "receipt.")
                .arg(note);
    } else if (answer.code == u"000030") {
        result.outcome = GatewayOutcome::AuthFailed;
        result.message = PockytProtocol::tr(
                             "Pockyt refused RefundDesk's signature (%1). Check the merchant number, store number and "
                             "API token in the settings.")
                             .arg(note);
    } else if (answer.code == u"000000" || answer.code == u"000080") {
        result.outcome = GatewayOutcome::NotExecuted;
        result.message =
            PockytProtocol::tr("Pockyt reported an error of its own (%1). Try again in a moment.").arg(note);
    } else if (answer.code == u"000022") {
        result.outcome = GatewayOutcome::Declined;
        result.message =
            PockytProtocol::tr("Pockyt says the payment does not belong to this merchant and store (%1). Check the "
                               "number on the receipt and the store number in the settings.")
                .arg(note);
    } else {
        result.outcome = GatewayOutcome::Declined;
        result.message = PockytProtocol::tr("Pockyt refused the payment query (%1).").arg(note);
    }
    return result;
}

QueryRead readQuery(const HttpResult &http)
{
    QueryRead read;
    LookupResult &lookup = read.lookup;
    lookup.outcome = GatewayOutcome::NotExecuted;
    lookup.message = http.userMessage;
    switch (http.outcome) {
    case HttpResult::Outcome::Cancelled:
        lookup.outcome = GatewayOutcome::Cancelled;
        lookup.message = PockytProtocol::tr("The payment query was cancelled.");
        return read;
    case HttpResult::Outcome::NotSent:
    case HttpResult::Outcome::OutcomeUnknown:
        // A query changes nothing: whether it arrived or not, asking again is safe.
        return read;
    case HttpResult::Outcome::Answered:
        break;
    }
    if (http.httpStatus == 429) {
        lookup.retryAfterSeconds = retryAfterSeconds(http);
        return read;
    }
    if (http.isServerError() || http.isRedirect())
        return read;
    const Answer answer = readAnswer(http.body);
    if (!answer.readable) {
        if (http.httpStatus == 401 || http.httpStatus == 403) {
            lookup.outcome = GatewayOutcome::AuthFailed;
        } else if (http.isSuccess()) {
            lookup.outcome = GatewayOutcome::OutcomeUnknown;
            lookup.message =
                PockytProtocol::tr("Pockyt's answer to the payment query could not be read (%1). Try again; if this "
                                   "persists, check the gateway address in the settings.")
                    .arg(answer.problem);
        }
        return read;
    }
    read.code = answer.code;
    if (answer.code != successCode) {
        read.lookup = queryError(answer);
        return read;
    }
    if (!http.isSuccess()) {
        // "Success" with an HTTP error status contradicts itself.
        lookup.outcome = GatewayOutcome::OutcomeUnknown;
        lookup.message =
            PockytProtocol::tr("%1 Pockyt's answer said success at the same time; try again.").arg(http.userMessage);
        return read;
    }
    const QString problem = readTransaction(answer.result(), read);
    if (!problem.isEmpty()) {
        read.lookup = LookupResult();
        read.entries.clear();
        read.lookup.outcome = GatewayOutcome::OutcomeUnknown;
        read.lookup.message =
            PockytProtocol::tr("Pockyt's answer to the payment query could not be used. %1").arg(problem);
        return read;
    }
    lookup.outcome = GatewayOutcome::Ok;
    lookup.message.clear();
    return read;
}

RefundResult refundError(const Answer &answer)
{
    RefundResult result;
    result.gatewayCode = answer.code;
    const QString note = codeNote(answer);
    if (answer.code == u"000000" || answer.code == u"000080") {
        // A system error while refunding says nothing about whether the refund was made.
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message =
            PockytProtocol::tr("Pockyt reported an error of its own while handling the refund (%1). The refund may or "
                               "may not have gone through; RefundDesk will check with Pockyt before doing anything "
                               "else.")
                .arg(note);
    } else if (answer.code == u"000020") {
        result.outcome = GatewayOutcome::Declined;
        result.message =
            PockytProtocol::tr("Pockyt refused the refund because a required value was missing (%1). Nothing was "
                               "refunded; check the Pockyt settings.")
                .arg(note);
    } else if (answer.code == u"000021") {
        result.outcome = GatewayOutcome::NotFound;
        result.message =
            PockytProtocol::tr("Pockyt does not know this payment (%1). Nothing was refunded; look the sale up again.")
                .arg(note);
    } else if (answer.code == u"000022") {
        result.outcome = GatewayOutcome::Declined;
        result.message =
            PockytProtocol::tr("Pockyt refused the refund because it does not match the payment, for example its "
                               "store, currency or settlement currency (%1). Nothing was refunded; check the Pockyt "
                               "settings.")
                .arg(note);
    } else if (answer.code == u"000023") {
        result.outcome = GatewayOutcome::Declined;
        result.message =
            PockytProtocol::tr("Pockyt refused a value in the refund request (%1). Nothing was refunded.").arg(note);
    } else if (answer.code == u"000030") {
        result.outcome = GatewayOutcome::AuthFailed;
        result.message =
            PockytProtocol::tr("Pockyt refused RefundDesk's signature (%1). Nothing was refunded; check the merchant "
                               "number, store number and API token in the settings.")
                .arg(note);
    } else if (answer.code == u"000040") {
        result.outcome = GatewayOutcome::Declined;
        result.message =
            PockytProtocol::tr("Pockyt refused the refund: the payment cannot be refunded in its current state, or the "
                               "amount is more than what is left to refund (%1). Nothing was refunded.")
                .arg(note);
    } else {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = PockytProtocol::tr(
                             "Pockyt answered the refund with a code RefundDesk does not know (%1). The refund may or "
                             "may not have gone through; RefundDesk will check with Pockyt before doing anything "
                             "else.")
                             .arg(note);
    }
    return result;
}

QString unreadableRefundMessage(const QString &problem)
{
    return PockytProtocol::tr(
               "Pockyt's answer to the refund could not be read (%1). The refund may or may not have gone through; "
               "RefundDesk will check with Pockyt before doing anything else.")
        .arg(problem);
}

RefundResult needsReview(RefundResult result, const QString &message)
{
    result.outcome = GatewayOutcome::Ok;
    result.status = RefundStatus::NeedsReview;
    result.message = message;
    return result;
}

RefundResult refundSuccess(const Answer &answer, const Refund &refund)
{
    RefundResult result;
    result.gatewayCode = answer.code;
    const ExactJson *details = answer.result();
    if (!details || !details->isObject()) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = unreadableRefundMessage(PockytProtocol::tr("it has no result"));
        return result;
    }
    const QString status = scalar(*details, u"status");
    if (status.isEmpty()) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = unreadableRefundMessage(PockytProtocol::tr("it has no status"));
        return result;
    }
    const QString ours = PockytProtocol::refundReference(refund);
    const QString echoed = scalar(*details, u"refundReference");
    if (!echoed.isEmpty() && echoed.compare(ours, Qt::CaseInsensitive) != 0) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message =
            unreadableRefundMessage(PockytProtocol::tr("it is about refund %1, not %2").arg(echoed.left(64), ours));
        return result;
    }
    result.gatewayRefundId = scalar(*details, u"refundTransactionNo");

    const std::optional<RefundStatus> mapped = PockytProtocol::refundStatusFromPockyt(status);
    if (!mapped) {
        return needsReview(
            result,
            PockytProtocol::tr("Pockyt accepted the refund but reports the status \"%1\", which RefundDesk "
                               "does not know. Check the refund in Pockyt's dashboard.")
                .arg(status.left(40)));
    }
    if (details->member(u"refundAmount")) {
        const QString currencyCode = scalar(*details, u"currency");
        if (!currencyCode.isEmpty() && currencyCode != refund.amount.currency().code()) {
            return needsReview(
                result,
                PockytProtocol::tr("Pockyt made the refund in %1, RefundDesk asked for %2. Check the refund "
                                   "in Pockyt's dashboard.")
                    .arg(currencyCode.left(20), moneyText(refund.amount)));
        }
        const MoneyResult amount =
            readAmount(details->member(u"refundAmount"), refund.amount.currency(), u"refundAmount");
        if (!amount.ok()) {
            return needsReview(
                result,
                PockytProtocol::tr("Pockyt accepted the refund, but %1 Check the refund in Pockyt's dashboard.")
                    .arg(amount.message()));
        }
        if (!(amount.value() == refund.amount)) {
            return needsReview(
                result,
                PockytProtocol::tr("Pockyt refunded %1, RefundDesk asked for %2. Check the refund in Pockyt's "
                                   "dashboard.")
                    .arg(moneyText(amount.value()), moneyText(refund.amount)));
        }
    }
    result.outcome = GatewayOutcome::Ok;
    result.status = *mapped;
    switch (*mapped) {
    case RefundStatus::Succeeded:
        result.message = PockytProtocol::tr("Pockyt made the refund.");
        break;
    case RefundStatus::Pending:
        result.message = PockytProtocol::tr("Pockyt accepted the refund and is still processing it.");
        break;
    default:
        result.message = PockytProtocol::tr("Pockyt reports the refund as %1.").arg(status.left(40));
        break;
    }
    return result;
}

} // namespace

PockytProtocol::PockytProtocol(PockytAccount account)
    : m_account(std::move(account))
{ }

QString PockytProtocol::refundReference(const Refund &refund)
{
    return refund.refundId.toString(QUuid::WithoutBraces);
}

std::optional<RefundStatus> PockytProtocol::refundStatusFromPockyt(QStringView status)
{
    const QString word = status.toString().toLower();
    if (word == u"success")
        return RefundStatus::Succeeded;
    if (word == u"init" || word == u"dealing" || word == u"pending")
        return RefundStatus::Pending;
    if (word == u"failed" || word == u"closed")
        return RefundStatus::Failed;
    return std::nullopt;
}

HttpRequest PockytProtocol::signedPost(QStringView path, QList<std::pair<QString, QString>> fields,
                                       HttpRequest::Purpose purpose) const
{
    fields.append({QStringLiteral("verifySign"), pockytVerifySign(fields, m_account.apiToken)});
    HttpRequest request =
        HttpRequest::post(endpoint(m_account.baseUrl, path), QByteArrayLiteral("application/x-www-form-urlencoded"),
                          FormUrlEncoded::encode(fields), purpose);
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

PockytProtocol::Built PockytProtocol::buildQueryRequest(const SaleRef &ref) const
{
    Built built;
    const QString id = ref.id.trimmed();
    if (id.isEmpty()) {
        built.refusal = tr("Enter or scan the Pockyt transaction number or reference first.");
        return built;
    }
    const QString name =
        ref.kind == SaleIdKind::TransactionId ? QStringLiteral("transactionNo") : QStringLiteral("reference");
    built.request = signedPost(u"/app-data-search/v3/tran-query",
                               {{QStringLiteral("merchantNo"), m_account.merchantNo},
                                {QStringLiteral("storeNo"), m_account.storeNo},
                                {name, id}},
                               HttpRequest::Purpose::Query);
    return built;
}

PockytProtocol::Built PockytProtocol::buildQueryRequest(const Sale &sale, const Refund &refund) const
{
    SaleRef ref;
    ref.gateway = GatewayId::Pockyt;
    ref.kind = SaleIdKind::TransactionId;
    ref.id = !sale.transactionId.isEmpty() ? sale.transactionId : refund.transactionId;
    if (ref.id.isEmpty()) {
        ref.kind = SaleIdKind::Reference;
        ref.id = sale.reference;
    }
    if (ref.id.isEmpty()) {
        Built built;
        built.refusal = tr("RefundDesk knows neither the Pockyt transaction number nor the reference of this "
                           "payment, so it cannot ask Pockyt about the refund.");
        return built;
    }
    return buildQueryRequest(ref);
}

PockytProtocol::Built PockytProtocol::buildRefundRequest(const RefundRequest &request) const
{
    Built built;
    const Refund &refund = request.refund;
    const Sale &sale = request.sale;
    const Currency currency = refund.amount.currency();
    if (!refund.amount.isPositive()) {
        built.refusal = tr("The refund amount must be more than zero.");
    } else if (!(currency == sale.amount.currency())) {
        built.refusal = tr("The refund is in %1 but the payment was in %2; a refund must be in the payment's "
                           "currency.")
                            .arg(currency.code(), sale.amount.currency().code());
    } else if (currency.exponent() > 2) {
        // Pockyt's refundAmount has at most 2 decimals; rounding a refund is never an option.
        built.refusal = tr("Pockyt takes amounts with at most 2 decimals, and %1 has %n, so RefundDesk cannot "
                           "refund this payment through Pockyt.",
                           nullptr, currency.exponent())
                            .arg(currency.code());
    } else if (refund.refundId.isNull()) {
        built.refusal = tr("The refund has no id yet, so it cannot be sent.");
    } else if (m_account.settleCurrency.isEmpty()) {
        built.refusal = tr("The Pockyt settlement currency is not configured (settle_currency).");
    } else if (sale.transactionId.isEmpty() && sale.reference.isEmpty()) {
        built.refusal = tr("RefundDesk knows neither the Pockyt transaction number nor the reference of this "
                           "payment; look the sale up first.");
    }
    if (!built.refusal.isEmpty())
        return built;

    QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("merchantNo"), m_account.merchantNo},
        {QStringLiteral("storeNo"), m_account.storeNo},
    };
    // Exactly one of the two: the transaction number when RefundDesk has it.
    if (!sale.transactionId.isEmpty())
        fields.append({QStringLiteral("transactionNo"), sale.transactionId});
    else
        fields.append({QStringLiteral("reference"), sale.reference});
    fields.append({QStringLiteral("refundAmount"), refund.amount.toDecimalString()});
    fields.append({QStringLiteral("currency"), currency.code()});
    fields.append({QStringLiteral("settleCurrency"), m_account.settleCurrency});
    fields.append({QStringLiteral("refundReference"), refundReference(refund)});
    built.request = signedPost(u"/app-data-search/v3/refund", fields, HttpRequest::Purpose::Refund);
    return built;
}

LookupResult PockytProtocol::parseQueryAnswer(const HttpResult &http)
{
    return readQuery(http).lookup;
}

RefundResult PockytProtocol::parseRefundAnswer(const HttpResult &http, const Refund &refund)
{
    if (const std::optional<RefundResult> decided =
            TransportOutcome::forRefund(http, TransportOutcome::Rules(GatewayId::Pockyt)))
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
        result.message = http.isSuccess()
            ? unreadableRefundMessage(answer.problem)
            : tr("%1 RefundDesk will check with Pockyt whether the refund was made.").arg(http.userMessage);
        return result;
    }
    if (answer.code != successCode)
        return refundError(answer);
    if (!http.isSuccess()) {
        // "Success" with an HTTP error status contradicts itself.
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.gatewayCode = answer.code;
        result.message = tr("%1 RefundDesk will check with Pockyt whether the refund was made.").arg(http.userMessage);
        return result;
    }
    return refundSuccess(answer, refund);
}

RefundResult PockytProtocol::parseRefundCheck(const HttpResult &http, const Refund &refund, Check check)
{
    const bool lostAnswer = check == Check::LostAnswer;
    const QueryRead read = readQuery(http);
    RefundResult result;
    result.gatewayCode = read.code;
    result.retryAfterSeconds = read.lookup.retryAfterSeconds;
    if (read.lookup.outcome != GatewayOutcome::Ok) {
        if (lostAnswer) {
            // Not knowing is never "not executed": only a clean answer can show that.
            result.outcome = GatewayOutcome::OutcomeUnknown;
            result.message = tr("RefundDesk could not yet check with Pockyt whether the refund was made: %1")
                                 .arg(read.lookup.message);
        } else {
            result.outcome = read.lookup.outcome;
            result.message = tr("RefundDesk could not ask Pockyt about the refund: %1").arg(read.lookup.message);
        }
        return result;
    }

    const QString ours = refundReference(refund);
    QList<RefundEntry> matches;
    for (const RefundEntry &entry : read.entries) {
        if (entry.info.ourReference.compare(ours, Qt::CaseInsensitive) == 0)
            matches.append(entry);
    }
    if (matches.isEmpty()) {
        if (lostAnswer) {
            result.outcome = GatewayOutcome::NotExecuted;
            result.message = tr("Pockyt lists no refund with RefundDesk's reference %1 on the payment: the refund was "
                                "not made.")
                                 .arg(ours);
        } else {
            result.outcome = GatewayOutcome::Ok;
            result.status = RefundStatus::Pending;
            result.message = tr("Pockyt does not list the refund on the payment yet.");
        }
        return result;
    }
    result.gatewayRefundId = matches.first().info.gatewayRefundId;
    if (matches.size() > 1) {
        return needsReview(result,
                           tr("Pockyt lists %n refunds with RefundDesk's reference %1 on the payment: it was "
                              "carried out more than once. Check the payment in Pockyt's dashboard.",
                              nullptr, static_cast<int>(matches.size()))
                               .arg(ours));
    }
    const RefundEntry &entry = matches.first();
    if (entry.info.amount && !(*entry.info.amount == refund.amount)) {
        return needsReview(result,
                           tr("Pockyt refunded %1, RefundDesk asked for %2. Check the refund in Pockyt's "
                              "dashboard.")
                               .arg(moneyText(*entry.info.amount), moneyText(refund.amount)));
    }
    // GATEWAYS.md: an entry with our reference means the refund happened; a status on the
    // entry, when Pockyt gives one, says more.
    const std::optional<RefundStatus> status =
        entry.status.isEmpty() ? std::optional(RefundStatus::Succeeded) : refundStatusFromPockyt(entry.status);
    if (!status) {
        return needsReview(result,
                           tr("Pockyt lists the refund with the status \"%1\", which RefundDesk does not "
                              "know. Check the refund in Pockyt's dashboard.")
                               .arg(entry.status.left(40)));
    }
    result.outcome = GatewayOutcome::Ok;
    result.status = *status;
    result.message = tr("Pockyt lists the refund on the payment.");
    return result;
}

WebhookEvent PockytProtocol::parseIpn(const WebhookRequest &request, QStringView apiToken)
{
    WebhookEvent event;
    event.verdict = WebhookEvent::Verdict::Malformed;
    const QByteArray mediaType = request.contentType.split(';').first().trimmed().toLower();
    if (!mediaType.isEmpty() && mediaType != "application/x-www-form-urlencoded") {
        event.message = tr("A Pockyt notification must be a form (application/x-www-form-urlencoded), not %1.")
                            .arg(QString::fromLatin1(mediaType.left(80)));
        return event;
    }
    const std::optional<FormUrlEncoded::Fields> fields = FormUrlEncoded::decode(request.body);
    if (!fields) {
        event.message = tr("The Pockyt notification is not a readable form.");
        return event;
    }
    QHash<QString, QString> values;
    for (const auto &[name, value] : *fields) {
        if (values.contains(name)) {
            // Which of the two would count is anyone's guess: trust neither.
            event.message = tr("The Pockyt notification carries the field %1 twice.").arg(name.left(40));
            return event;
        }
        values.insert(name, value);
    }
    if (!pockytSignatureMatches(*fields, apiToken)) {
        event.verdict = WebhookEvent::Verdict::BadSignature;
        event.message = tr("The Pockyt notification's verifySign does not match: it was not sent by Pockyt for this "
                           "store, or the API token in the settings is wrong.");
        return event;
    }

    const QString transactionNo = values.value(QStringLiteral("transactionNo"));
    const QString status = values.value(QStringLiteral("status"));
    if (transactionNo.isEmpty() || status.isEmpty()) {
        event.message = tr("The Pockyt notification has no transactionNo or status.");
        return event;
    }
    const QString type = values.value(QStringLiteral("transactionType"));
    const bool refundFields = values.contains(QStringLiteral("refundReference"))
        || values.contains(QStringLiteral("refundTransactionNo")) || values.contains(QStringLiteral("refundAmount"));
    const bool aboutRefund = type.isEmpty() ? refundFields : type == u"refund";
    event.transactionId = transactionNo;
    event.answerBody = QByteArrayLiteral("success");
    if (!aboutRefund) {
        // Signed and well-formed: answer "success" so Pockyt stops resending.
        event.verdict = WebhookEvent::Verdict::Ignored;
        event.message = tr("A Pockyt notification about a payment, not a refund.");
        return event;
    }

    event.ourReference = values.value(QStringLiteral("refundReference"));
    const QUuid refundId = QUuid::fromString(event.ourReference);
    if (!refundId.isNull())
        event.refundId = refundId;
    event.gatewayRefundId = values.value(QStringLiteral("refundTransactionNo"));
    event.gatewayCode = status;

    // refundAmount is the refund's own amount; amount is all an older IPN may carry.
    const QString amountText = values.contains(QStringLiteral("refundAmount"))
        ? values.value(QStringLiteral("refundAmount"))
        : values.value(QStringLiteral("amount"));
    if (!amountText.isEmpty()) {
        const std::optional<Currency> currency = Currency::fromCode(values.value(QStringLiteral("currency")));
        if (!currency) {
            event.answerBody.clear();
            event.message = tr("The Pockyt notification's currency \"%1\" is unknown.")
                                .arg(values.value(QStringLiteral("currency")).left(20));
            return event;
        }
        const MoneyResult amount = Money::fromDecimalString(amountText, *currency);
        if (!amount.ok() || amount.value().isNegative()) {
            event.answerBody.clear();
            event.message = tr("The Pockyt notification's amount cannot be used: %1")
                                .arg(amount.ok() ? amountText.left(40) : amount.message());
            return event;
        }
        event.amount = amount.value();
    }
    if (event.ourReference.isEmpty() && !event.amount) {
        event.answerBody.clear();
        event.message = tr("The Pockyt notification names neither the refund nor its amount.");
        return event;
    }

    const std::optional<RefundStatus> mapped = refundStatusFromPockyt(status);
    event.verdict = WebhookEvent::Verdict::Accepted;
    if (mapped) {
        event.status = *mapped;
    } else {
        event.status = RefundStatus::NeedsReview;
        event.message = tr("Pockyt reports the refund with the status \"%1\", which RefundDesk does not know.")
                            .arg(status.left(40));
    }
    return event;
}

} // namespace RefundDesk
