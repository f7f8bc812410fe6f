#include "PockytSimulator.h"

#include "RequestParameters.h"
#include "SandboxState.h"
#include "WebhookSender.h"
#include "gateways/FormUrlEncoded.h"
#include "gateways/pockyt/PockytSignature.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace RefundDesk {

namespace {

const QString kGateway = QStringLiteral("pockyt");

SandboxResponse answer(const char *retCode, const QString &message, const QJsonObject &result = {})
{
    QJsonObject body {
        {QStringLiteral("ret_code"), QLatin1String(retCode)},
        {QStringLiteral("ret_msg"), message},
    };
    if (!result.isEmpty())
        body.insert(QStringLiteral("result"), result);
    return SandboxResponse::json(200, body);
}

// "12", "0.5", "0.01": no sign, no exponent, no grouping, at most 2 decimals (GATEWAYS.md §1).
bool isPockytAmountText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?$"));
    return pattern.match(text).hasMatch();
}

} // namespace

PockytSimulator::PockytSimulator(SandboxState &state, WebhookSender &webhooks)
    : m_state(state)
    , m_webhooks(webhooks)
{ }

QList<GatewaySimulator::Route> PockytSimulator::routes() const
{
    return {
        {QStringLiteral("POST"), QStringLiteral("/app-data-search/v3/tran-query"), QStringLiteral("query")},
        {QStringLiteral("POST"), QStringLiteral("/app-data-search/v3/refund"), QStringLiteral("refund")},
    };
}

SandboxResponse PockytSimulator::execute(const QString &operation, const SandboxRequest &request)
{
    const RequestParameters parameters = RequestParameters::parse(request);
    if (parameters.status() == RequestParameters::Status::UnsupportedContentType)
        return SandboxResponse::plainText(415, parameters.message().toUtf8());
    if (parameters.status() == RequestParameters::Status::Malformed)
        return answer("000023", QStringLiteral("bad parameter value: %1").arg(parameters.message()));

    const bool isRefund = operation == u"refund";
    QStringList required = {QStringLiteral("merchantNo"), QStringLiteral("storeNo")};
    if (isRefund) {
        required << QStringLiteral("refundAmount") << QStringLiteral("currency") << QStringLiteral("settleCurrency")
                 << QStringLiteral("refundReference");
    }
    required << QStringLiteral("verifySign");
    for (const QString &name : std::as_const(required)) {
        if (!parameters.has(name))
            return answer("000020", QStringLiteral("parameter %1 is null").arg(name));
    }
    const QString transactionNo = parameters.value(u"transactionNo");
    const QString reference = parameters.value(u"reference");
    if (transactionNo.isEmpty() && reference.isEmpty())
        return answer("000020", QStringLiteral("parameter transactionNo or reference is null"));

    const QString merchantNo = parameters.value(u"merchantNo");
    const QString storeNo = parameters.value(u"storeNo");
    const auto *merchant = m_state.seed().findPockytMerchant(merchantNo, storeNo);
    if (!merchant) {
        const auto &merchants = m_state.seed().pockytMerchants;
        const bool merchantKnown = std::any_of(merchants.cbegin(), merchants.cend(),
                                               [&](const auto &m) { return m.merchantNo == merchantNo; });
        if (merchantKnown)
            return answer("000022",
                          QStringLiteral("parameters don't match: storeNo %1 is not a store of merchantNo %2")
                              .arg(storeNo, merchantNo));
        return answer("000030", QStringLiteral("access denied: unknown merchantNo"));
    }
    if (!pockytSignatureMatches(parameters.list(), merchant->apiToken))
        return answer("000030", QStringLiteral("access denied: verifySign does not match"));
    if (!transactionNo.isEmpty() && !reference.isEmpty())
        return answer("000023", QStringLiteral("bad parameter value: give transactionNo or reference, not both"));

    const SandboxSeed::PockytSale *sale = nullptr;
    for (const auto &candidate : m_state.seed().pockytSales) {
        if ((!transactionNo.isEmpty() && candidate.transactionNo == transactionNo)
            || (!reference.isEmpty() && candidate.reference == reference)) {
            sale = &candidate;
            break;
        }
    }
    if (!sale)
        return answer("000021", QStringLiteral("no related information"));
    if (sale->merchantNo != merchantNo || sale->storeNo != storeNo)
        return answer("000022", QStringLiteral("parameters don't match: the transaction belongs to another store"));

    if (!isRefund)
        return answer("000100", QStringLiteral("query success"), transactionJson(*sale));
    return refund(parameters, *sale);
}

SandboxResponse PockytSimulator::refund(const RequestParameters &parameters, const SandboxSeed::PockytSale &sale)
{
    const QString currencyCode = parameters.value(u"currency");
    const QString settleCurrencyCode = parameters.value(u"settleCurrency");
    if (!Currency::fromCode(currencyCode))
        return answer("000023", QStringLiteral("bad parameter value: unknown currency %1").arg(currencyCode));
    if (!Currency::fromCode(settleCurrencyCode))
        return answer("000023",
                      QStringLiteral("bad parameter value: unknown settleCurrency %1").arg(settleCurrencyCode));
    if (currencyCode != sale.amount.currency().code())
        return answer(
            "000022",
            QStringLiteral("parameters don't match: the transaction is in %1").arg(sale.amount.currency().code()));
    if (settleCurrencyCode != sale.settleCurrency)
        return answer("000022",
                      QStringLiteral("parameters don't match: the transaction settles in %1").arg(sale.settleCurrency));

    const QString amountText = parameters.value(u"refundAmount");
    const MoneyResult amount = isPockytAmountText(amountText)
        ? Money::fromDecimalString(amountText, sale.amount.currency())
        : MoneyResult::failure(MoneyResult::Error::InvalidCharacter, QString(), sale.amount.currency());
    if (!amount.ok() || !amount.value().isPositive()) {
        return answer("000023",
                      QStringLiteral("bad parameter value: refundAmount must be a positive decimal with at "
                                     "most 2 decimals, not \"%1\"")
                          .arg(amountText));
    }

    if (sale.status != u"success")
        return answer("000040", QStringLiteral("transaction status error: the transaction is %1").arg(sale.status));
    const Money refunded = m_state.refundedTotal(kGateway, sale.transactionNo, sale.amount.currency());
    const Money remainder(sale.amount.minorUnits() - refunded.minorUnits(), sale.amount.currency());
    if (amount.value().compare(remainder) > 0) {
        return answer("000040",
                      QStringLiteral("transaction status error: refundAmount exceeds the refundable %1")
                          .arg(remainder.toDecimalString()));
    }

    SandboxState::Refund record;
    record.gateway = kGateway;
    record.saleId = sale.transactionNo;
    record.refundId = parameters.value(u"refundReference");
    record.gatewayRefundId = QString::number(300000000000000000LL + m_state.nextSequence());
    record.amount = amount.value();
    record.status = QStringLiteral("success");
    record.executedAt = m_state.now();
    record.updatedAt = record.executedAt;
    const SandboxState::Refund &executed = m_state.addRefund(record);
    sendIpn(sale, executed.gatewayRefundId, executed.refundId, executed.amount);

    return answer("000100", QStringLiteral("refund success"),
                  {
                      {QStringLiteral("transactionNo"), sale.transactionNo},
                      {QStringLiteral("reference"), sale.reference},
                      {QStringLiteral("amount"), sale.amount.toDecimalString()},
                      {QStringLiteral("currency"), sale.amount.currency().code()},
                      {QStringLiteral("settleCurrency"), sale.settleCurrency},
                      {QStringLiteral("refundAmount"), executed.amount.toDecimalString()},
                      {QStringLiteral("refundReference"), executed.refundId},
                      {QStringLiteral("refundTransactionNo"), executed.gatewayRefundId},
                      {QStringLiteral("status"), QStringLiteral("success")},
                  });
}

QJsonObject PockytSimulator::transactionJson(const SandboxSeed::PockytSale &sale) const
{
    QJsonArray refundInfo;
    for (const SandboxState::Refund *refund : m_state.refundsOf(kGateway, sale.transactionNo)) {
        refundInfo.append(QJsonObject {
            {QStringLiteral("refundTransactionId"), refund->gatewayRefundId},
            {QStringLiteral("refundReference"), refund->refundId},
            {QStringLiteral("refundAmount"), refund->amount.toDecimalString()},
            {QStringLiteral("currency"), sale.amount.currency().code()},
            {QStringLiteral("settleCurrency"), sale.settleCurrency},
        });
    }
    return {
        {QStringLiteral("transactionNo"), sale.transactionNo},
        {QStringLiteral("reference"), sale.reference},
        {QStringLiteral("amount"), sale.amount.toDecimalString()},
        {QStringLiteral("currency"), sale.amount.currency().code()},
        {QStringLiteral("settleCurrency"), sale.settleCurrency},
        {QStringLiteral("status"), sale.status},
        {QStringLiteral("transactionType"), QStringLiteral("payment")},
        {QStringLiteral("refundInfo"), refundInfo},
    };
}

void PockytSimulator::sendIpn(const SandboxSeed::PockytSale &sale, const QString &refundTransactionNo,
                              const QString &refundReference, const Money &amount)
{
    const QUrl url = m_state.settings().pockytIpnUrl;
    if (url.isEmpty())
        return;
    const auto *merchant = m_state.seed().findPockytMerchant(sale.merchantNo, sale.storeNo);
    QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("transactionNo"), sale.transactionNo},
        {QStringLiteral("reference"), sale.reference},
        {QStringLiteral("transactionType"), QStringLiteral("refund")},
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("amount"), amount.toDecimalString()},
        {QStringLiteral("refundAmount"), amount.toDecimalString()},
        {QStringLiteral("currency"), sale.amount.currency().code()},
        {QStringLiteral("settleCurrency"), sale.settleCurrency},
        {QStringLiteral("time"), m_state.now().toString(QStringLiteral("yyyyMMddHHmmss"))},
        {QStringLiteral("refundTransactionNo"), refundTransactionNo},
        {QStringLiteral("refundReference"), refundReference},
    };
    fields.append({QStringLiteral("verifySign"), pockytVerifySign(fields, merchant->apiToken)});

    WebhookSender::Notification ipn;
    ipn.gateway = kGateway;
    ipn.refundId = refundReference;
    ipn.url = url;
    ipn.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    ipn.body = FormUrlEncoded::encode(fields);
    ipn.acceptance = WebhookSender::Acceptance::BodyIsSuccess;
    m_webhooks.send(ipn);
}

} // namespace RefundDesk
