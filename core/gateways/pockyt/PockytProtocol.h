#pragma once

#include "PockytAccount.h"
#include "gateways/Gateway.h"
#include "gateways/HttpRequest.h"
#include "gateways/HttpResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// Pockyt SecurePay v3 without a network (GATEWAYS.md §1): builds the signed form requests,
// reads the answers and the IPN. PockytGateway runs these through HTTP jobs; tests and the
// fuzz targets call them directly.
class PockytProtocol
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PockytProtocol)

public:
    // A request, or why RefundDesk refuses to send one (Refused, before any network call).
    struct Built
    {
        std::optional<HttpRequest> request;
        QString refusal;
    };

    // What a tran-query of the original payment is read for.
    enum class Check {
        LostAnswer, // Gateway::resolveLostAnswer: did our refund happen?
        Status, // Gateway::status: where does our refund stand?
    };

    explicit PockytProtocol(PockytAccount account);
    const PockytAccount &account() const { return m_account; }

    // tran-query with exactly one of transactionNo / reference, as the receipt names the sale.
    Built buildQueryRequest(const SaleRef &ref) const;
    // tran-query of a refund's original payment: by transactionNo, else by reference.
    Built buildQueryRequest(const Sale &sale, const Refund &refund) const;
    // The refund: refundAmount as a decimal string with at most 2 decimals, currency,
    // settleCurrency from the account, refundReference = our refund id.
    Built buildRefundRequest(const RefundRequest &request) const;

    static LookupResult parseQueryAnswer(const HttpResult &http);
    static RefundResult parseRefundAnswer(const HttpResult &http, const Refund &refund);
    // Reads a tran-query of the original for our refund's refundInfo entry: the lost-answer
    // rule (LostAnswer) and polling (Status). Decisions in docs/gateways.md.
    static RefundResult parseRefundCheck(const HttpResult &http, const Refund &refund, Check check);
    // Verifies and reads an IPN with the account's API token.
    WebhookEvent parseIpn(const WebhookRequest &request) const { return parseIpn(request, m_account.apiToken); }
    static WebhookEvent parseIpn(const WebhookRequest &request, QStringView apiToken);

    // Our refund id as refundReference: the UUID without braces, lower case.
    static QString refundReference(const Refund &refund);
    // success -> succeeded; init, dealing, pending -> pending; failed, closed -> failed.
    static std::optional<RefundStatus> refundStatusFromPockyt(QStringView status);

private:
    HttpRequest signedPost(QStringView path, QList<std::pair<QString, QString>> fields,
                           HttpRequest::Purpose purpose) const;

    PockytAccount m_account;
};

} // namespace RefundDesk
