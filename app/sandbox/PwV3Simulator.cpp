#include "PwV3Simulator.h"

#include "RequestParameters.h"
#include "SandboxState.h"

#include <QRegularExpression>

namespace RefundDesk {

namespace {

const QString kGateway = QStringLiteral("pwv3");

// Decline codes. 32 "Already refunded" is PW's own (GATEWAYS.md); the others are the
// sandbox's choice, listed in docs/gateways.md.
enum DeclineCode {
    MissingParameter = 10,
    TransactionNotFound = 11,
    InvalidAmount = 12,
    CurrencyMismatch = 13,
    AmountWithoutCurrency = 14,
    MalformedRequest = 15,
    PartialRefundDisabled = 30,
    MethodNotRefundable = 31,
    AlreadyRefunded = 32,
    AmountExceedsRemainder = 33,
    TransactionNotRefundable = 34,
    ReferenceNoInUse = 35,
    InvalidApiKey = 401,
};

const QStringList kRefundableMethods = {QStringLiteral("CREDITCARD"), QStringLiteral("VISA"),
                                        QStringLiteral("GIFTCARD"),   QStringLiteral("IDEAL"),
                                        QStringLiteral("CUP"),        QStringLiteral("PAYPAL")};

QJsonObject declineBody(DeclineCode code, const QString &message)
{
    return {
        {QStringLiteral("code"), static_cast<int>(code)},
        {QStringLiteral("status"), QStringLiteral("DECLINED")},
        {QStringLiteral("message"), message},
    };
}

SandboxResponse decline(DeclineCode code, const QString &message)
{
    return SandboxResponse::json(200, declineBody(code, message));
}

} // namespace

PwV3Simulator::PwV3Simulator(SandboxState &state)
    : m_state(state)
{ }

QList<GatewaySimulator::Route> PwV3Simulator::routes() const
{
    return {
        {QStringLiteral("POST"), QStringLiteral("/pw/v3/payment/refund"), QStringLiteral("refund")},
        {QStringLiteral("POST"), QStringLiteral("/pw/v3/payment/status"), QStringLiteral("status")},
    };
}

SandboxResponse PwV3Simulator::execute(const QString &operation, const SandboxRequest &request)
{
    const RequestParameters parameters = RequestParameters::parse(request);
    if (parameters.status() == RequestParameters::Status::UnsupportedContentType)
        return SandboxResponse::plainText(415, parameters.message().toUtf8());
    if (parameters.status() == RequestParameters::Status::Malformed)
        return decline(MalformedRequest, QStringLiteral("Malformed request: %1").arg(parameters.message()));

    const auto *account = m_state.seed().findPwAccountByKey(parameters.value(u"apiKey"));
    if (!account)
        return SandboxResponse::json(401, declineBody(InvalidApiKey, QStringLiteral("Invalid apiKey")));
    return operation == u"refund" ? refund(parameters, *account) : status(parameters, *account);
}

SandboxResponse PwV3Simulator::refund(const RequestParameters &parameters, const SandboxSeed::PwAccount &account)
{
    for (const char16_t *name : {u"transactionId", u"referenceNo"}) {
        if (!parameters.has(name))
            return decline(MissingParameter, QStringLiteral("Missing parameter: %1").arg(QStringView(name)));
    }
    const QString transactionId = parameters.value(u"transactionId");
    const QString referenceNo = parameters.value(u"referenceNo");
    const SandboxSeed::PwSale *sale = nullptr;
    for (const auto &candidate : m_state.seed().pwSales) {
        if (candidate.transactionId == transactionId && candidate.account == account.id)
            sale = &candidate;
    }
    if (!sale)
        return decline(TransactionNotFound, QStringLiteral("Transaction not found"));

    const Currency currency = sale->amount.currency();
    const Money refunded = m_state.refundedTotal(kGateway, sale->transactionId, currency);
    const Money remainder(sale->amount.minorUnits() - refunded.minorUnits(), currency);
    const auto declined = [&](DeclineCode code, const QString &message, const Money &amount) {
        QJsonObject body = declineBody(code, message);
        body.insert(QStringLiteral("transactionId"), sale->transactionId);
        body.insert(QStringLiteral("referenceNo"), referenceNo);
        body.insert(QStringLiteral("amount"), QString::number(amount.minorUnits()));
        body.insert(QStringLiteral("currency"), currency.code());
        body.insert(QStringLiteral("date"), m_state.now().toSecsSinceEpoch());
        return SandboxResponse::json(200, body);
    };

    // A referenceNo names one refund: asking again for it is the lost-answer check
    // (GATEWAYS.md §2) and must never refund twice.
    if (const SandboxState::Refund *earlier = m_state.findRefund(kGateway, referenceNo)) {
        if (earlier->saleId == sale->transactionId)
            return declined(AlreadyRefunded, QStringLiteral("Already refunded"), earlier->amount);
        return declined(ReferenceNoInUse, QStringLiteral("referenceNo is already used by another refund"), remainder);
    }
    if (sale->status != u"APPROVED") {
        return declined(TransactionNotRefundable,
                        QStringLiteral("Transaction is not refundable (status %1)").arg(sale->status), remainder);
    }
    if (!kRefundableMethods.contains(sale->paymentMethod)) {
        return declined(MethodNotRefundable,
                        QStringLiteral("Payment method %1 is not refundable").arg(sale->paymentMethod), remainder);
    }
    if (remainder.isZero() || remainder.isNegative())
        return declined(AlreadyRefunded, QStringLiteral("Already refunded"), sale->amount);

    Money amount = remainder;
    const bool hasAmount = parameters.has(u"amount");
    const bool hasCurrency = parameters.has(u"currency");
    if (hasAmount || hasCurrency) {
        if (!account.partialRefunds) {
            return declined(PartialRefundDisabled,
                            QStringLiteral("Partial refund is not enabled for this account: send neither amount "
                                           "nor currency for a full refund"),
                            remainder);
        }
        if (hasAmount != hasCurrency)
            return declined(AmountWithoutCurrency, QStringLiteral("amount and currency go together"), remainder);
        static const QRegularExpression minorUnits(QStringLiteral("^[1-9][0-9]{0,15}$"));
        const QString amountText = parameters.value(u"amount");
        if (!minorUnits.match(amountText).hasMatch()) {
            return declined(InvalidAmount,
                            QStringLiteral("Invalid amount \"%1\": a positive integer of cents").arg(amountText),
                            remainder);
        }
        if (parameters.value(u"currency") != currency.code())
            return declined(CurrencyMismatch, QStringLiteral("Currency does not match the transaction"), remainder);
        amount = Money(amountText.toLongLong(), currency);
        if (amount.compare(remainder) > 0) {
            return declined(AmountExceedsRemainder,
                            QStringLiteral("Amount exceeds the refundable %1").arg(remainder.minorUnits()), amount);
        }
    }

    SandboxState::Refund record;
    record.gateway = kGateway;
    record.saleId = sale->transactionId;
    record.refundId = referenceNo;
    record.amount = amount;
    record.status = QStringLiteral("APPROVED");
    record.executedAt = m_state.now();
    record.updatedAt = record.executedAt;
    m_state.addRefund(record);

    return SandboxResponse::json(200,
                                 {
                                     {QStringLiteral("code"), QStringLiteral("00")},
                                     {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                     {QStringLiteral("message"), QStringLiteral("Approved")},
                                     {QStringLiteral("transactionId"), sale->transactionId},
                                     {QStringLiteral("referenceNo"), referenceNo},
                                     {QStringLiteral("amount"), QString::number(amount.minorUnits())},
                                     {QStringLiteral("currency"), currency.code()},
                                     {QStringLiteral("date"), record.executedAt.toSecsSinceEpoch()},
                                     {QStringLiteral("isLive"), false},
                                 });
}

SandboxResponse PwV3Simulator::status(const RequestParameters &parameters, const SandboxSeed::PwAccount &account)
{
    const QString referenceNo = parameters.value(u"referenceNo");
    if (referenceNo.isEmpty())
        return decline(MissingParameter, QStringLiteral("Missing parameter: referenceNo"));

    // A refund's referenceNo or the payment's own: both answer with the payment.
    QString transactionId;
    if (const SandboxState::Refund *refund = m_state.findRefund(kGateway, referenceNo))
        transactionId = refund->saleId;
    const SandboxSeed::PwSale *sale = nullptr;
    for (const auto &candidate : m_state.seed().pwSales) {
        if (candidate.account == account.id
            && (candidate.transactionId == transactionId || candidate.referenceNo == referenceNo))
            sale = &candidate;
    }
    if (!sale)
        return decline(TransactionNotFound, QStringLiteral("Transaction not found"));

    const Money refunded = m_state.refundedTotal(kGateway, sale->transactionId, sale->amount.currency());
    return SandboxResponse::json(200,
                                 {
                                     {QStringLiteral("code"), QStringLiteral("00")},
                                     {QStringLiteral("status"), sale->status},
                                     {QStringLiteral("transactionId"), sale->transactionId},
                                     {QStringLiteral("referenceNo"), referenceNo},
                                     {QStringLiteral("amount"), QString::number(sale->amount.minorUnits())},
                                     {QStringLiteral("currency"), sale->amount.currency().code()},
                                     {QStringLiteral("paymentMethod"), sale->paymentMethod},
                                     {QStringLiteral("refundedAmount"), QString::number(refunded.minorUnits())},
                                     {QStringLiteral("date"), m_state.paidAt(sale->paidDaysAgo).toSecsSinceEpoch()},
                                 });
}

} // namespace RefundDesk
