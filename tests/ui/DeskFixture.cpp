#include "DeskFixture.h"

#include "engine/RefundEngine.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

namespace RefundDesk {

namespace {

// Runs the event loop until done is true or the time is up.
bool waitFor(const bool &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return done;
}

} // namespace

DeskFixture::DeskFixture(DemoEnvironment::Options options)
    : m_options(std::move(options))
{ }

DeskFixture::~DeskFixture()
{
    m_session.reset();
    m_demo.reset();
}

DemoEnvironment::Options DeskFixture::quietSandbox()
{
    DemoEnvironment::Options options;
    options.sandbox.payNetSettleMs = 0;
    options.sandbox.secPaidAutoApproveMs = 0;
    options.syncIntervalSeconds = 3600;
    return options;
}

bool DeskFixture::start(QString *error, const std::function<void(RefundDeskConfig &)> &adjust)
{
    m_demo = std::make_unique<DemoEnvironment>(m_options);
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    QSignalSpy failed(m_demo.get(), &DemoEnvironment::failed);
    m_demo->start();
    QDeadlineTimer deadline(60000);
    while (ready.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    if (ready.isEmpty()) {
        *error = failed.isEmpty() ? QStringLiteral("the demo did not start in time")
                                  : failed.constFirst().constFirst().toString();
        return false;
    }
    RefundDeskConfig config = m_demo->config();
    if (adjust)
        adjust(config);
    m_session = std::make_unique<DeskSession>(config, m_demo->configPath(), true);
    QSignalSpy sessionReady(m_session.get(), &DeskSession::ready);
    QSignalSpy sessionFailed(m_session.get(), &DeskSession::failed);
    m_session->start();
    deadline.setRemainingTime(20000);
    while (sessionReady.isEmpty() && sessionFailed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    if (sessionReady.isEmpty()) {
        *error = sessionFailed.isEmpty() ? QStringLiteral("the session did not start in time")
                                         : sessionFailed.constFirst().constFirst().toString();
        return false;
    }
    return true;
}

bool DeskFixture::signIn(const QString &name, const QString &pin, QString *error)
{
    bool done = false;
    PinCheck result;
    m_session->engine().verifyEmployee(name, pin, m_session.get(), [&](const PinCheck &check) {
        result = check;
        done = true;
    });
    if (!waitFor(done, 10000)) {
        *error = QStringLiteral("no answer to the PIN check");
        return false;
    }
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    m_session->signIn(result.account);
    return true;
}

std::optional<SaleView> DeskFixture::findSale(const SaleRef &ref, int timeoutMs)
{
    bool done = false;
    SaleView result;
    m_session->engine().findSale(ref, RefundEngine::LookupMode::LedgerFirst, m_session.get(),
                                 [&](const SaleView &view) {
                                     result = view;
                                     done = true;
                                 });
    if (!waitFor(done, timeoutMs))
        return std::nullopt;
    return result;
}

std::optional<RefundOutcome> DeskFixture::refund(const RefundSubmission &submission, int timeoutMs)
{
    bool done = false;
    RefundOutcome result;
    m_session->engine().refund(submission, m_session.get(), [&](const RefundOutcome &outcome) {
        result = outcome;
        done = true;
    });
    if (!waitFor(done, timeoutMs))
        return std::nullopt;
    return result;
}

std::optional<Refund> DeskFixture::refundSale(GatewayId gateway, const QString &transactionId,
                                              std::optional<Money> amount)
{
    const std::optional<SaleView> view = findSale(SaleRef {gateway, SaleIdKind::TransactionId, transactionId});
    if (!view || !view->found())
        return std::nullopt;
    RefundSubmission submission;
    submission.saleLedgerId = view->sale.ledgerId;
    submission.amount = amount;
    submission.reason = QStringLiteral("Returned goods");
    submission.actor = m_session->user().actor();
    const std::optional<RefundOutcome> outcome = refund(submission);
    if (!outcome || !outcome->hasRefund())
        return std::nullopt;
    return outcome->refund;
}

bool DeskFixture::admin(const QString &path, const QJsonObject &body, QString *error)
{
    const TestHttpClient::Reply reply = m_http.postJson(m_demo->sandboxUrl().resolved(QUrl(path)), body);
    if (reply.status == 200 && reply.json().value(QLatin1String("ok")).toBool())
        return true;
    *error = QStringLiteral("%1 -> %2 %3").arg(path).arg(reply.status).arg(QString::fromUtf8(reply.body));
    return false;
}

bool DeskFixture::addFault(const QString &gateway, const QString &operation, const QString &mode, QString *error)
{
    return admin(QStringLiteral("/_admin/faults"),
                 {{QStringLiteral("gateway"), gateway},
                  {QStringLiteral("operation"), operation},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("count"), 1}},
                 error);
}

bool DeskFixture::configureSandbox(const QJsonObject &settings, QString *error)
{
    return admin(QStringLiteral("/_admin/config"), settings, error);
}

bool DeskFixture::settlePayNet(const QUuid &refundId, const QString &substate, QString *error)
{
    return admin(
        QStringLiteral("/_admin/paynet/settle"),
        {{QStringLiteral("refundId"), refundId.toString(QUuid::WithoutBraces)}, {QStringLiteral("substate"), substate}},
        error);
}

} // namespace RefundDesk
