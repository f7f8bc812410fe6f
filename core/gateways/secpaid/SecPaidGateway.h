#pragma once

#include "SecPaidProtocol.h"
#include "config/RefundDeskConfig.h"
#include "gateways/Gateway.h"
#include "gateways/GatewayContext.h"
#include "gateways/GatewayCreated.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace RefundDesk {

// SecPaid (GATEWAYS.md §3): refunds in EUR, one refund request per payment, approved or
// rejected by a SecPaid administrator within 5-10 days, followed by polling
// getPayInTransactions (no webhook). A successful request is Ok(Pending).
//
// Lost answer: poll first; if the refund is listed, that is the answer. Only if it is not
// listed is the identical request sent once more: SecPaid accepts one refund request per
// payment, so the re-send cannot create a second refund, and "Refund already requested"
// then means the first one was recorded.
class SecPaidGateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SecPaidGateway)

public:
    using Clock = std::function<QDateTime()>; // UTC

    // token is the resolved API key; it is added to the context's masker.
    SecPaidGateway(QUrl baseUrl, const QString &token, GatewayContext context, Clock clock = {});

    using Created = GatewayCreated<SecPaidGateway>;
    // Resolves the configured token (env:/file:/literal).
    static Created create(const SecPaidConfig &config, GatewayContext context, Clock clock = {});

    GatewayId id() const override { return GatewayId::SecPaid; }
    GatewayCapabilities capabilities() const override;

    // getPayInTransactions for the pay_id (SaleRef TransactionId); a reference is refused.
    LookupJob *lookup(const SaleRef &ref) override;
    RefundJob *refund(const RefundRequest &request) override;
    // Polls getPayInTransactions for the payment's refund entry.
    RefundJob *status(const Refund &refund, const Sale &sale) override;
    RefundJob *resolveLostAnswer(const Refund &refund, const Sale &sale) override;

private:
    static QString payIdOf(const Refund &refund, const Sale &sale);
    // Since when the refund's poll asks: a day before the refund was journaled, which
    // covers the difference between our clock and SecPaid's server time.
    QDate pollSince(const Refund &refund) const;

    SecPaidProtocol m_protocol;
    GatewayContext m_context;
    Clock m_clock;
};

} // namespace RefundDesk
