#pragma once

#include "DemoEnvironment.h"
#include "DeskSession.h"
#include "TestHttpClient.h"
#include "engine/RefundOutcome.h"
#include "engine/RefundSubmission.h"
#include "engine/SaleView.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace RefundDesk {

// What the GUI tests share: the demo environment exactly as `refunddesk --demo` prepares it
// (in-process refund-sandbox, seeded ledger, demo employees), a started DeskSession on it,
// and helpers that wait for the engine's answers and talk to the sandbox's admin API.
class DeskFixture
{
public:
    explicit DeskFixture(DemoEnvironment::Options options = quietSandbox());
    ~DeskFixture();

    // The sandbox leaves SecPaid and PayNet refunds pending until a test settles them.
    static DemoEnvironment::Options quietSandbox();

    // Prepares the demo and starts the session; false and *error when either failed. adjust
    // changes the demo's configuration before the session starts (a mail server, a printer).
    bool start(QString *error, const std::function<void(RefundDeskConfig &)> &adjust = {});
    DemoEnvironment &demo() { return *m_demo; }
    DeskSession &session() { return *m_session; }

    bool signIn(const QString &name, const QString &pin, QString *error);
    // The engine's answers, waited for (at most timeoutMs).
    std::optional<SaleView> findSale(const SaleRef &ref, int timeoutMs = 10000);
    std::optional<RefundOutcome> refund(const RefundSubmission &submission, int timeoutMs = 15000);
    // Looks the sale up by transaction id and refunds amount of it (nothing: all that is left)
    // as the signed-in employee, for "Returned goods"; the refund, or none when either failed.
    std::optional<Refund> refundSale(GatewayId gateway, const QString &transactionId, std::optional<Money> amount);

    // POST /_admin/faults; mode as in --fault ("delay-after:5000").
    bool addFault(const QString &gateway, const QString &operation, const QString &mode, QString *error);
    bool settlePayNet(const QUuid &refundId, const QString &substate, QString *error);
    // Changes the sandbox's run-time settings (POST /_admin/config), e.g. {"pockyt_ipn_url": ""}.
    bool configureSandbox(const QJsonObject &settings, QString *error);

private:
    bool admin(const QString &path, const QJsonObject &body, QString *error);

    DemoEnvironment::Options m_options;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<DeskSession> m_session;
    TestHttpClient m_http;
};

} // namespace RefundDesk
