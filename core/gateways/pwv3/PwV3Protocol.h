#pragma once

#include "PwV3Account.h"
#include "gateways/Gateway.h"
#include "gateways/HttpRequest.h"
#include "gateways/HttpResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace RefundDesk {

// The PW v3 white-label gateway without a network (GATEWAYS.md §2): builds the form
// requests and reads the synchronous answers. PwV3Gateway runs these through HTTP jobs;
// tests and the fuzz targets call them directly.
class PwV3Protocol
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PwV3Protocol)

public:
    // A request, or why RefundDesk refuses to send one (Refused, before any network call).
    struct Built
    {
        std::optional<HttpRequest> request;
        QString refusal;
    };

    // What a status call of the original payment is read for.
    enum class Check {
        LostAnswer, // Gateway::resolveLostAnswer: did our refund happen?
        Status, // Gateway::status: where does our refund stand?
    };

    explicit PwV3Protocol(PwV3Account account);
    const PwV3Account &account() const { return m_account; }

    // CREDITCARD, VISA, GIFTCARD, IDEAL, CUP, PAYPAL: every other method is refused locally.
    static const QStringList &refundableMethods();

    // The status call by referenceNo. PW v3 cannot find a payment by its transactionId,
    // so a SaleRef of that kind is refused with a message that says so.
    Built buildStatusRequest(const SaleRef &ref) const;
    // The status call for a refund's original payment (the sale's referenceNo).
    Built buildStatusRequest(const Sale &sale) const;
    // The refund: transactionId, referenceNo = our refund id, and amount (minor units) with
    // currency only for a partial refund. Refuses partial refunds when the account has
    // none, and payment methods PW cannot refund.
    Built buildRefundRequest(const RefundRequest &request) const;

    static LookupResult parseStatusAnswer(const HttpResult &http);
    static RefundResult parseRefundAnswer(const HttpResult &http, const RefundRequest &request);
    // Reads a status call of the original payment for our refund: compares refundedAmount
    // with Refund::gatewayRefundedBefore (docs/gateways.md, "Adapter decisions").
    static RefundResult parseRefundCheck(const HttpResult &http, const Refund &refund, const Sale &sale, Check check);

    // Our refund id as referenceNo: the UUID as 32 lowercase hex digits (PW's referenceNo
    // holds 32 characters).
    static QString referenceNo(const Refund &refund);

private:
    HttpRequest post(QStringView path, const QList<std::pair<QString, QString>> &fields,
                     HttpRequest::Purpose purpose) const;

    PwV3Account m_account;
};

} // namespace RefundDesk
