#pragma once

#include "FakeGateway.h"
#include "engine/RefundClaims.h"
#include "engine/RefundEngine.h"
#include "engine/UserDirectory.h"
#include "engine/UserStore.h"
#include "ledger/SqliteLedger.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace RefundDesk {

// A RefundEngine on a temporary SQLite ledger, a test clock and four scripted gateways,
// for the engine, sync and webhook tests. The store refunds in EUR (en_US), a clerk needs a
// manager above 50.00 and may refund 500.00 a day.
class EngineFixture
{
public:
    EngineFixture();
    ~EngineFixture();

    // False (and error says why) when the ledger cannot be set up.
    bool open(QString *error);

    // A refundable EUR sale paid three days ago, stored in the ledger.
    Sale addSale(GatewayId gateway, const QString &transactionId, qint64 minorUnits,
                 const QString &method = QStringLiteral("VISA"));
    // A refund journaled straight into the ledger (another register), moved to status.
    Refund addRefund(const Sale &sale, qint64 minorUnits, RefundStatus status, const QString &employee);
    FakeGateway &gateway(GatewayId id);
    QStringList auditActions();

    // Runs the event loop until the engine answers; nullopt after timeoutMs.
    template<typename T, typename Call>
    std::optional<T> wait(Call call, int timeoutMs = 5000)
    {
        std::optional<T> result;
        QEventLoop loop;
        QObject context;
        call(&context, [&](const T &value) {
            result = value;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec();
        return result;
    }

    std::optional<RefundOutcome> refund(const RefundSubmission &submission);
    std::optional<SaleView> findSale(const SaleRef &ref, RefundEngine::LookupMode mode);

    QDateTime now;
    StoreConfig store;
    QTemporaryDir dir;
    std::unique_ptr<SqliteLedger> ledger;
    std::unique_ptr<UserStore> userStore;
    std::unique_ptr<UserDirectory> users;
    std::unique_ptr<RefundClaims> claims;
    std::unique_ptr<RefundEngine> engine;
    FakeGateway pockyt;
    FakeGateway pwv3;
    FakeGateway secpaid;
    FakeGateway paynet;
};

Actor clerk();
Actor manager();
Actor backOffice();
Money eur(qint64 minor);

} // namespace RefundDesk
