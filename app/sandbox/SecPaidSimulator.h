#pragma once

#include "GatewaySimulator.h"
#include "SandboxSeed.h"

#include <QObject>

namespace RefundDesk {

class ExactJson;
class SandboxState;

// SecPaid (GATEWAYS.md §3): refundPayment and getPayInTransactions, header token, JSON
// bodies whose amounts are JSON numbers in EUR (read and written exactly, never through a
// double). One refund request per payment; it stays Pending until review() decides
// (POST /_admin/secpaid/review) or SandboxSettings::secPaidAutoApproveMs passes. No webhook.
class SecPaidSimulator : public QObject, public GatewaySimulator
{
    Q_OBJECT

public:
    explicit SecPaidSimulator(SandboxState &state, QObject *parent = nullptr);

    QString gateway() const override { return QStringLiteral("secpaid"); }
    QList<Route> routes() const override;
    SandboxResponse execute(const QString &operation, const SandboxRequest &request) override;
    void reset() override { }

    // Approves or rejects the pending refund request of payId; the answer says why not
    // when there is none (empty on success).
    QString review(qint64 payId, bool approve);

private:
    SandboxResponse refund(const ExactJson &body, const SandboxSeed::SecPaidAccount &account);
    SandboxResponse transactions(const ExactJson &body, const SandboxSeed::SecPaidAccount &account);
    const SandboxSeed::SecPaidSale *findSale(const QString &payIdText,
                                             const SandboxSeed::SecPaidAccount &account) const;

    SandboxState &m_state;
};

} // namespace RefundDesk
