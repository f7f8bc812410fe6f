#include "SecPaidProtocol.h"

#include "gateways/ExactJson.h"
#include "gateways/RetryAfter.h"
#include "gateways/TransportOutcome.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace RefundDesk {

namespace {

const Currency euro = *Currency::fromCode(u"EUR");
// When a 429 carries no usable Retry-After.
constexpr int defaultRetryAfterSeconds = 60;
constexpr qsizetype maxQuotedChars = 200;

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

// SecPaid writes flags as true, "True", 1 or "1".
std::optional<bool> flag(const ExactJson *value)
{
    if (!value) {
        return std::nullopt;
    }
    if (value->isBool()) {
        return value->boolean();
    }
    if (!value->isString() && !value->isNumber()) {
        return std::nullopt;
    }
    const QString text = value->scalarText().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes") {
        return true;
    }
    if (text == u"false" || text == u"0" || text == u"no") {
        return false;
    }
    return std::nullopt;
}

// ResponseCode (1 or "1" / 0 or "0") and Result ("True"/"False" or a boolean) together.
struct Verdict
{
    enum class Kind { Success, Failure, Unclear };
    Kind kind = Kind::Unclear;
    QString code; // ResponseCode as written
    QString message; // ResponseMsg
};

Verdict verdictOf(const ExactJson &root)
{
    Verdict verdict;
    const ExactJson *code = root.member(u"ResponseCode");
    if (!code || !(code->isNumber() || code->isString())) {
        return verdict;
    }
    verdict.code = code->scalarText().trimmed();
    verdict.message = root.member(u"ResponseMsg") ? root.member(u"ResponseMsg")->scalarText() : QString();
    const std::optional<bool> result = flag(root.member(u"Result"));
    // Result is optional, but when present it must agree with ResponseCode.
    if (verdict.code == u"1" && result.value_or(true)) {
        verdict.kind = Verdict::Kind::Success;
    } else if (verdict.code == u"0" && !result.value_or(false)) {
        verdict.kind = Verdict::Kind::Failure;
    }
    return verdict;
}

// The documented ResponseMsg values of a refusal (GATEWAYS.md §3).
enum class SecPaidError {
    MissingPayId,
    MissingAmount,
    InvalidLink,
    LinkCancelled,
    AlreadyRequested,
    BlockedByDispute,
    InvalidAmount,
    Unknown,
};

SecPaidError errorOf(const QString &responseMsg)
{
    QString text = responseMsg.simplified().toLower();
    while (text.endsWith(u'.') || text.endsWith(u'!')) {
        text.chop(1);
    }
    static const std::pair<const char16_t *, SecPaidError> known[] = {
        {u"please enter pay_id", SecPaidError::MissingPayId},
        {u"please enter refund_amount", SecPaidError::MissingAmount},
        {u"invalid link id", SecPaidError::InvalidLink},
        {u"link is cancelled", SecPaidError::LinkCancelled},
        {u"refund already requested", SecPaidError::AlreadyRequested},
        {u"refund blocked by dispute", SecPaidError::BlockedByDispute},
        {u"invalid refund amount", SecPaidError::InvalidAmount},
    };
    for (const auto &[words, error] : known) {
        if (text == QStringView(words)) {
            return error;
        }
    }
    return SecPaidError::Unknown;
}

RefundResult refundResult(GatewayOutcome outcome, const QString &message, const QString &code = QString())
{
    RefundResult result;
    result.outcome = outcome;
    result.message = message;
    result.gatewayCode = code;
    return result;
}

RefundResult pendingResult(const QString &message, const QString &code)
{
    RefundResult result = refundResult(GatewayOutcome::Ok, message, code);
    result.status = RefundStatus::Pending;
    return result;
}

// What a documented refusal means the first time it is answered.
RefundResult firstRefusal(SecPaidError error, const Verdict &verdict)
{
    const QString words = quoted(verdict.message);
    switch (error) {
    case SecPaidError::MissingPayId:
        return refundResult(
            GatewayOutcome::Declined,
            SecPaidProtocol::tr("SecPaid says the request had no payment number (\"%1\"). Nothing was refunded. This "
                                "is a fault in RefundDesk; please report it.")
                .arg(words),
            verdict.code);
    case SecPaidError::MissingAmount:
        return refundResult(
            GatewayOutcome::Declined,
            SecPaidProtocol::tr("SecPaid says the request had no refund amount (\"%1\"). Nothing was refunded. This is "
                                "a fault in RefundDesk; please report it.")
                .arg(words),
            verdict.code);
    case SecPaidError::InvalidLink:
        return refundResult(
            GatewayOutcome::NotFound,
            SecPaidProtocol::tr("SecPaid does not know this payment on this account (\"%1\"). Nothing was refunded; "
                                "check the payment number on the receipt and the SecPaid account in the settings.")
                .arg(words),
            verdict.code);
    case SecPaidError::LinkCancelled:
        return refundResult(
            GatewayOutcome::Declined,
            SecPaidProtocol::tr("This SecPaid payment link was cancelled and never paid (\"%1\"), so there is nothing "
                                "to refund.")
                .arg(words),
            verdict.code);
    case SecPaidError::AlreadyRequested:
        return refundResult(
            GatewayOutcome::Declined,
            SecPaidProtocol::tr("SecPaid already has a refund request for this payment and accepts only one per "
                                "payment (\"%1\"). Nothing new was requested; look the refund up in the SecPaid "
                                "dashboard.")
                .arg(words),
            verdict.code);
    case SecPaidError::BlockedByDispute:
        return refundResult(
            GatewayOutcome::Declined,
            SecPaidProtocol::tr("The customer has an open dispute on this payment, so SecPaid blocks refunds "
                                "(\"%1\"). Nothing was refunded; settle the dispute in the SecPaid dashboard first.")
                .arg(words),
            verdict.code);
    case SecPaidError::InvalidAmount:
        return refundResult(
            GatewayOutcome::Declined,
            SecPaidProtocol::tr("SecPaid refused the amount (\"%1\"): it must be more than zero and no more than the "
                                "original payment. Nothing was refunded.")
                .arg(words),
            verdict.code);
    case SecPaidError::Unknown:
        break;
    }
    return refundResult(
        GatewayOutcome::OutcomeUnknown,
        SecPaidProtocol::tr("SecPaid answered with an error RefundDesk does not know (\"%1\"). The refund may or may "
                            "not have been recorded; RefundDesk will check with SecPaid before doing anything else.")
            .arg(words),
        verdict.code);
}

QString stillUnknown(const QString &why)
{
    return SecPaidProtocol::tr(
               "RefundDesk still cannot tell whether SecPaid recorded the refund request: %1 The refund stays open; "
               "RefundDesk will check again later.")
        .arg(why);
}

// The entries of a getPayInTransactions answer: a top-level array, or an array under one
// of the usual wrapper names (the sandbox uses "data"), possibly one level deeper.
const ExactJson *entriesOf(const ExactJson &root)
{
    if (root.isArray()) {
        return &root;
    }
    static const char16_t *const names[] = {u"data", u"Data", u"transactions", u"Transactions", u"result", u"Result"};
    for (const char16_t *name : names) {
        const ExactJson *value = root.member(QStringView(name));
        if (value && value->isArray()) {
            return value;
        }
        if (value && value->isObject()) {
            for (const char16_t *inner : names) {
                const ExactJson *nested = value->member(QStringView(inner));
                if (nested && nested->isArray()) {
                    return nested;
                }
            }
        }
    }
    return nullptr;
}

struct Entry
{
    QString transactionId;
    QString status;
    bool isRefund = false;
    MoneyResult amount = MoneyResult::success(Money::zero(euro)); // as listed: refunds negative
    QString amountText;
    QString currency; // empty when not listed
    QDateTime createdAt;
};

// "2024-09-27 13:25:01" (UTC, as docs/gateways.md settles it) or ISO 8601 with an offset.
QDateTime timeOf(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() != Qt::LocalTime) {
        return time.toUTC();
    }
    time = QDateTime::fromString(text.left(19).replace(u'T', u' '), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid()) {
        return QDateTime();
    }
    time.setTimeSpec(Qt::UTC);
    return time;
}

Entry entryOf(const ExactJson &value)
{
    Entry entry;
    entry.transactionId = value.text(u"transaction_id");
    entry.status = value.text(u"status").trimmed();
    entry.currency = value.text(u"currency").trimmed().toUpper();
    const ExactJson *amount = value.member(u"amount");
    if (amount && (amount->isNumber() || amount->isString())) {
        entry.amountText = amount->scalarText();
        entry.amount = Money::fromDecimalString(entry.amountText.trimmed(), euro);
    } else {
        entry.amount =
            MoneyResult::failure(MoneyResult::Error::Empty, SecPaidProtocol::tr("The entry has no amount."), euro);
    }
    const bool typeSaysRefund = value.text(u"transaction_type").trimmed().compare(u"refund", Qt::CaseInsensitive) == 0;
    const bool negative = entry.amount.ok() && entry.amount.value().isNegative();
    // Any sign of a refund makes it one: mistaking a refund for the payment would be worse.
    entry.isRefund = flag(value.member(u"is_refund")).value_or(false) || typeSaysRefund || negative;
    entry.createdAt = timeOf(value.text(u"created_at"));
    return entry;
}

// A getPayInTransactions answer read down to the entries of one payment.
struct Transactions
{
    GatewayOutcome failure = GatewayOutcome::Ok; // Ok: entries are valid
    QString message;
    QString code;
    int retryAfterSeconds = 0;
    QList<Entry> entries; // only those of the payment asked about
    bool mayBeTruncated = false; // the answer had as many entries as asked for
};

Transactions readTransactions(const HttpResult &http, const QString &payId)
{
    Transactions read;
    const auto fail = [&read](GatewayOutcome outcome, const QString &message) {
        read.failure = outcome;
        read.message = message;
        return read;
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
    if (http.httpStatus == 429) {
        read.retryAfterSeconds = retryAfter(http);
        return fail(GatewayOutcome::NotExecuted, http.userMessage);
    }
    if (http.httpStatus == 401 || http.httpStatus == 403) {
        return fail(GatewayOutcome::AuthFailed,
                    SecPaidProtocol::tr(
                        "SecPaid refused RefundDesk's API key (HTTP %1). Check the SecPaid token in the settings.")
                        .arg(http.httpStatus));
    }
    if (http.isRedirect() || http.isServerError()) {
        return fail(GatewayOutcome::NotExecuted, http.userMessage);
    }
    const ExactJsonResult parsed = ExactJson::parse(http.body);
    const QString unreadable =
        SecPaidProtocol::tr("SecPaid's list of transactions could not be read (%1). Nothing was changed; try "
                            "again in a moment.");
    if (!parsed.ok()) {
        return fail(GatewayOutcome::NotExecuted, unreadable.arg(parsed.message()));
    }
    const ExactJson &root = parsed.value();
    const Verdict verdict = root.isObject() ? verdictOf(root) : Verdict();
    read.code = verdict.code;
    if (verdict.kind == Verdict::Kind::Failure) {
        if (errorOf(verdict.message) == SecPaidError::InvalidLink) {
            return fail(GatewayOutcome::NotFound,
                        SecPaidProtocol::tr(
                            "SecPaid does not know payment %1 on this account (\"%2\"). Check the payment number on "
                            "the receipt and the SecPaid account in the settings.")
                            .arg(payId, quoted(verdict.message)));
        }
        return fail(GatewayOutcome::NotExecuted,
                    SecPaidProtocol::tr("SecPaid refused to list the transactions of payment %1 (\"%2\").")
                        .arg(payId, quoted(verdict.message)));
    }
    const ExactJson *entries = entriesOf(root);
    // ResponseCode 1, or no ResponseCode at all around a list.
    const bool codeAllows = verdict.kind == Verdict::Kind::Success || verdict.code.isEmpty();
    if (!entries || !codeAllows || !http.isSuccess()) {
        return fail(GatewayOutcome::NotExecuted,
                    http.isSuccess() ? unreadable.arg(SecPaidProtocol::tr("no list of transactions in the answer"))
                                     : http.userMessage);
    }
    read.mayBeTruncated = entries->elements().size() >= SecPaidProtocol::transactionLimit;
    for (const ExactJson &value : entries->elements()) {
        if (!value.isObject()) {
            return fail(GatewayOutcome::NotExecuted, unreadable.arg(SecPaidProtocol::tr("an entry is not an object")));
        }
        // Entries that name another payment are not ours (pay_id may be absent: we asked for one).
        const ExactJson *entryPayId = value.member(u"pay_id");
        if (entryPayId && !entryPayId->isNull() && entryPayId->scalarText().trimmed() != payId) {
            continue;
        }
        read.entries.append(entryOf(value));
    }
    return read;
}

// A listed amount without its sign (refunds are listed negative); nullopt when unreadable.
std::optional<Money> magnitudeOf(const Entry &entry)
{
    if (!entry.amount.ok()) {
        return std::nullopt;
    }
    if (!entry.amount.value().isNegative()) {
        return entry.amount.value();
    }
    const MoneyResult positive = entry.amount.value().negated();
    return positive.ok() ? std::optional<Money>(positive.value()) : std::nullopt;
}

bool isEuro(const Entry &entry)
{
    return entry.currency.isEmpty() || entry.currency == u"EUR";
}

std::optional<RefundStatus> refundStatusOf(const QString &word)
{
    const QString status = word.toLower();
    // Pending -> Approved/Rejected -> Completed (GATEWAYS.md §3); the list shows Success for
    // a carried-out refund and, assumed, Rejected for a rejected one.
    if (status == u"pending" || status == u"approved") {
        return RefundStatus::Pending;
    }
    if (status == u"success" || status == u"completed") {
        return RefundStatus::Succeeded;
    }
    if (status == u"rejected") {
        return RefundStatus::Rejected;
    }
    return std::nullopt;
}

} // namespace

SecPaidProtocol::SecPaidProtocol(QUrl baseUrl, QString token)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
{ }

bool SecPaidProtocol::isValidPayId(QStringView payId)
{
    if (payId.isEmpty() || payId.size() > 18 || payId.front() == u'0') {
        return false;
    }
    return std::all_of(payId.begin(), payId.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QUrl SecPaidProtocol::endpoint(QStringView path) const
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

HttpRequest SecPaidProtocol::jsonPost(QStringView path, const QByteArray &body, HttpRequest::Purpose purpose) const
{
    HttpRequest request = HttpRequest::post(endpoint(path), QByteArrayLiteral("application/json"), body, purpose);
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QByteArrayLiteral("token"), m_token.toUtf8());
    return request;
}

SecPaidProtocol::Built SecPaidProtocol::buildRefundRequest(const RefundRequest &request) const
{
    Built built;
    const Refund &refund = request.refund;
    const Sale &sale = request.sale;
    const QString payId = sale.transactionId.isEmpty() ? refund.transactionId : sale.transactionId;
    if (!isValidPayId(payId)) {
        built.refusal = tr("\"%1\" is not a SecPaid payment number (pay_id is a whole number). Nothing was sent.")
                            .arg(quoted(payId));
        return built;
    }
    if (!(refund.amount.currency() == euro)) {
        built.refusal =
            tr("SecPaid refunds only in EUR, not %1. Nothing was sent.").arg(refund.amount.currency().code());
        return built;
    }
    if (!refund.amount.isPositive()) {
        built.refusal = tr("The refund amount must be more than zero. Nothing was sent.");
        return built;
    }
    if (refund.fullRefund && !(refund.amount == sale.amount)) {
        built.refusal = tr("A full refund must be the whole payment of %1 EUR, not %2 EUR. Nothing was sent.")
                            .arg(sale.amount.toDecimalString(), refund.amount.toDecimalString());
        return built;
    }
    ExactJson body = ExactJson::object();
    body.insert(QStringLiteral("pay_id"), *ExactJson::fromNumberLiteral(payId));
    // Always present, also for a full refund; the exact JSON number, never a double.
    body.insert(QStringLiteral("refund_amount"), ExactJson::fromMoney(refund.amount));
    if (refund.fullRefund) {
        body.insert(QStringLiteral("isFullRefund"), ExactJson::fromBool(true));
    }
    built.request = jsonPost(u"/api/v2/refundPayment", body.toJson(), HttpRequest::Purpose::Refund);
    return built;
}

SecPaidProtocol::Built SecPaidProtocol::buildTransactionsRequest(const QString &payId, QDate since) const
{
    Built built;
    if (!isValidPayId(payId)) {
        built.refusal = tr("\"%1\" is not a SecPaid payment number (pay_id is a whole number).").arg(quoted(payId));
        return built;
    }
    ExactJson body = ExactJson::object();
    body.insert(QStringLiteral("since"), ExactJson::fromString(since.toString(Qt::ISODate)));
    body.insert(QStringLiteral("limit"), ExactJson::fromInteger(transactionLimit));
    body.insert(QStringLiteral("pay_id"), *ExactJson::fromNumberLiteral(payId));
    built.request = jsonPost(u"/api/v2/getPayInTransactions", body.toJson(), HttpRequest::Purpose::Query);
    return built;
}

RefundResult SecPaidProtocol::parseRefundAnswer(const HttpResult &http, Attempt attempt)
{
    const bool repeat = attempt == Attempt::Repeat;
    TransportOutcome::Rules rules(GatewayId::SecPaid, defaultRetryAfterSeconds);
    if (repeat)
        rules.stillUnknown = stillUnknown; // the re-send is the lost-answer rule
    if (const std::optional<RefundResult> decided = TransportOutcome::forRefund(http, rules))
        return *decided;
    if (http.httpStatus == 401 || http.httpStatus == 403) {
        const QString message =
            tr("SecPaid refused RefundDesk's API key (HTTP %1). Check the SecPaid token in the settings.")
                .arg(http.httpStatus);
        return refundResult(repeat ? GatewayOutcome::OutcomeUnknown : GatewayOutcome::AuthFailed,
                            repeat ? stillUnknown(message) : message);
    }

    const ExactJsonResult parsed = ExactJson::parse(http.body);
    const Verdict verdict = parsed.ok() && parsed.value().isObject() ? verdictOf(parsed.value()) : Verdict();
    if (verdict.kind == Verdict::Kind::Unclear || (verdict.kind == Verdict::Kind::Success && !http.isSuccess())) {
        if (!http.isSuccess() && !repeat && verdict.code.isEmpty()) {
            // A 4xx that is not SecPaid's JSON: refused before anything was carried out.
            return refundResult(GatewayOutcome::NotExecuted, http.userMessage);
        }
        const QString why = tr("SecPaid's answer could not be understood (HTTP %1).").arg(http.httpStatus);
        return refundResult(GatewayOutcome::OutcomeUnknown,
                            repeat ? stillUnknown(why)
                                   : tr("%1 The refund may or may not have been recorded; RefundDesk will check with "
                                        "SecPaid before doing anything else.")
                                         .arg(why),
                            verdict.code);
    }
    if (verdict.kind == Verdict::Kind::Success) {
        return pendingResult(repeat ? tr("SecPaid has the refund request. A SecPaid administrator approves or rejects "
                                         "it within 5-10 days; RefundDesk follows it.")
                                    : tr("SecPaid received the refund request. A SecPaid administrator approves or "
                                         "rejects it within 5-10 days; RefundDesk follows it."),
                             verdict.code);
    }

    const SecPaidError error = errorOf(verdict.message);
    if (!repeat) {
        return firstRefusal(error, verdict);
    }
    if (error == SecPaidError::AlreadyRequested) {
        // GATEWAYS.md §3: the first request was recorded; it stays pending and is polled.
        return pendingResult(tr("SecPaid already had this refund request, so the first request arrived. A SecPaid "
                                "administrator approves or rejects it within 5-10 days; RefundDesk follows it."),
                             verdict.code);
    }
    if (error == SecPaidError::Unknown) {
        return refundResult(
            GatewayOutcome::OutcomeUnknown,
            stillUnknown(
                tr("SecPaid answered with an error RefundDesk does not know (\"%1\").").arg(quoted(verdict.message))),
            verdict.code);
    }
    // Not listed, and refused again with a documented reason: nothing was recorded.
    RefundResult result = firstRefusal(error, verdict);
    result.outcome = GatewayOutcome::NotExecuted;
    return result;
}

LookupResult SecPaidProtocol::parseLookupAnswer(const HttpResult &http, const QString &payId)
{
    LookupResult result;
    const Transactions read = readTransactions(http, payId);
    if (read.failure != GatewayOutcome::Ok) {
        result.outcome = read.failure;
        result.message = read.message;
        result.retryAfterSeconds = read.retryAfterSeconds;
        return result;
    }
    const Entry *payment = nullptr;
    for (const Entry &entry : read.entries) {
        if (entry.isRefund) {
            continue;
        }
        if (!payment
            || (payment->status.compare(u"success", Qt::CaseInsensitive) != 0
                && entry.status.compare(u"success", Qt::CaseInsensitive) == 0)) {
            payment = &entry;
        }
    }
    if (!payment) {
        result.outcome = GatewayOutcome::NotFound;
        result.message = tr("SecPaid lists no payment %1 in the last three years. A cancelled payment link is not "
                            "listed; check the payment number on the receipt.")
                             .arg(payId);
        return result;
    }
    if (!isEuro(*payment)) {
        result.outcome = GatewayOutcome::Refused;
        result.message = tr("SecPaid lists payment %1 in %2; RefundDesk refunds SecPaid payments in EUR only.")
                             .arg(payId, quoted(payment->currency));
        return result;
    }
    if (!payment->amount.ok() || !payment->amount.value().isPositive()) {
        result.outcome = GatewayOutcome::NotExecuted;
        result.message = tr("SecPaid lists payment %1 with an amount RefundDesk cannot read exactly (\"%2\"). %3")
                             .arg(payId, quoted(payment->amountText), payment->amount.message());
        return result;
    }

    Money refunded = Money::zero(euro);
    for (const Entry &entry : read.entries) {
        if (!entry.isRefund) {
            continue;
        }
        GatewayRefundInfo info;
        info.gatewayRefundId = entry.transactionId;
        const std::optional<Money> amount = magnitudeOf(entry);
        if (amount && isEuro(entry)) {
            info.amount = amount;
            if (refundStatusOf(entry.status) != RefundStatus::Rejected) {
                const MoneyResult sum = refunded.plus(*amount);
                refunded = sum.ok() ? sum.value() : refunded;
            }
        }
        result.refunds.append(info);
    }

    result.outcome = GatewayOutcome::Ok;
    Sale &sale = result.sale;
    sale.gateway = GatewayId::SecPaid;
    sale.transactionId = payId;
    sale.reference = payment->transactionId;
    sale.amount = payment->amount.value();
    sale.gatewayStatus = payment->status;
    sale.gatewaySaysRefundable = payment->status.compare(u"success", Qt::CaseInsensitive) == 0;
    sale.paidAt = payment->createdAt;
    if (!result.refunds.isEmpty()) {
        result.refundedAtGateway = refunded;
    }
    return result;
}

RefundResult SecPaidProtocol::parseStatusAnswer(const HttpResult &http, const Refund &refund, const QString &payId)
{
    const Transactions read = readTransactions(http, payId);
    if (read.failure != GatewayOutcome::Ok) {
        RefundResult result = refundResult(read.failure, read.message, read.code);
        result.retryAfterSeconds = read.retryAfterSeconds;
        return result;
    }
    QList<const Entry *> refunds;
    for (const Entry &entry : read.entries) {
        if (entry.isRefund) {
            refunds.append(&entry);
        }
    }
    if (refunds.isEmpty()) {
        if (read.mayBeTruncated) {
            return refundResult(GatewayOutcome::OutcomeUnknown,
                                tr("SecPaid listed too many transactions for payment %1 to be sure there is no "
                                   "refund among them.")
                                    .arg(payId));
        }
        return refundResult(GatewayOutcome::NotFound, tr("SecPaid lists no refund for payment %1.").arg(payId),
                            read.code);
    }

    RefundResult result;
    result.outcome = GatewayOutcome::Ok;
    result.status = RefundStatus::NeedsReview;
    if (refunds.size() > 1) {
        result.message = tr("SecPaid lists %n refund(s) for payment %1 but allows only one per payment. A person must "
                            "check them in the SecPaid dashboard.",
                            nullptr, static_cast<int>(refunds.size()))
                             .arg(payId);
        return result;
    }
    const Entry &entry = *refunds.constFirst();
    result.gatewayRefundId = entry.transactionId;
    result.gatewayCode = entry.status;
    const std::optional<Money> listed = magnitudeOf(entry);
    if (!listed || !isEuro(entry)) {
        result.message = tr("SecPaid lists the refund of payment %1 with an amount RefundDesk cannot read exactly "
                            "(\"%2\" %3). A person must check it in the SecPaid dashboard.")
                             .arg(payId, quoted(entry.amountText), quoted(entry.currency));
        return result;
    }
    if (!(*listed == refund.amount)) {
        result.message = tr("SecPaid lists the refund of payment %1 as %2 EUR, but RefundDesk asked for %3 %4: the "
                            "amounts disagree. A person must check it in the SecPaid dashboard.")
                             .arg(payId, listed->toDecimalString(), refund.amount.toDecimalString(),
                                  refund.amount.currency().code());
        return result;
    }
    const std::optional<RefundStatus> status = refundStatusOf(entry.status);
    if (!status) {
        // Listed, so recorded; but what the word means is a person's call.
        result.message = tr("SecPaid lists the refund of payment %1 as \"%2\", which RefundDesk does not know. A "
                            "person must check it in the SecPaid dashboard.")
                             .arg(payId, quoted(entry.status));
        return result;
    }
    result.status = *status;
    switch (*status) {
    case RefundStatus::Pending:
        result.message = tr("SecPaid lists the refund request as pending; a SecPaid administrator approves or rejects "
                            "it within 5-10 days.");
        break;
    case RefundStatus::Succeeded:
        result.message = tr("SecPaid approved and carried out the refund.");
        break;
    case RefundStatus::Rejected:
        result.message = tr("SecPaid rejected the refund request. Nothing was refunded; SecPaid accepts only one "
                            "request per payment, so ask SecPaid how to go on.");
        break;
    default:
        break;
    }
    return result;
}

std::optional<RefundResult> SecPaidProtocol::lostAnswerFromPoll(const RefundResult &polled)
{
    switch (polled.outcome) {
    case GatewayOutcome::Ok:
        return polled;
    case GatewayOutcome::NotFound:
        return std::nullopt;
    default:
        break;
    }
    RefundResult result = refundResult(
        GatewayOutcome::OutcomeUnknown,
        stillUnknown(tr("RefundDesk could not check SecPaid's list of transactions. %1").arg(polled.message)),
        polled.gatewayCode);
    result.retryAfterSeconds = polled.retryAfterSeconds;
    return result;
}

} // namespace RefundDesk
