#include "SandboxAdminApi.h"

#include "FaultPlan.h"
#include "PayNetSimulator.h"
#include "SandboxReport.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "SecPaidSimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace RefundDesk {

namespace {

SandboxResponse done(QJsonObject extra = {})
{
    extra.insert(QStringLiteral("ok"), true);
    return SandboxResponse::json(200, extra);
}

SandboxResponse refused(int status, const QString &message)
{
    return SandboxResponse::json(status, {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}});
}

} // namespace

SandboxAdminApi::SandboxAdminApi(SandboxServer &server)
    : m_server(server)
{ }

QByteArray SandboxAdminApi::usageText()
{
    QFile file(QStringLiteral(":/sandbox/usage.txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SandboxResponse SandboxAdminApi::handle(const SandboxRequest &request)
{
    if (!request.remoteAddress().isLoopback())
        return refused(403, QStringLiteral("the admin API answers loopback clients only"));

    const QString &method = request.method();
    const QString &path = request.path();
    QJsonObject body;
    if (method == u"POST") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (!request.body().trimmed().isEmpty() && (error.error != QJsonParseError::NoError || !document.isObject()))
            return refused(400, QStringLiteral("the body must be a JSON object"));
        body = document.object();
    }

    if (path == u"/_admin" || path == u"/_admin/") {
        if (method == u"GET")
            return SandboxResponse::plainText(200, usageText());
    } else if (path == u"/_admin/state") {
        if (method == u"GET")
            return state();
    } else if (path == u"/_admin/reset") {
        if (method == u"POST") {
            m_server.resetToSeed();
            return done();
        }
    } else if (path == u"/_admin/faults") {
        if (method == u"GET")
            return done({{QStringLiteral("faults"), m_server.faults().toJson()}});
        if (method == u"POST")
            return addFault(body);
        if (method == u"DELETE") {
            m_server.faults().clear();
            return done();
        }
    } else if (path == u"/_admin/config") {
        if (method == u"GET")
            return done({{QStringLiteral("settings"), m_server.state().settings().toJson()}});
        if (method == u"POST") {
            const QString error = m_server.state().settings().applyJson(body);
            if (!error.isEmpty())
                return refused(400, error);
            return done({{QStringLiteral("settings"), m_server.state().settings().toJson()}});
        }
    } else if (path == u"/_admin/secpaid/review") {
        if (method == u"POST")
            return secPaidReview(body);
    } else if (path == u"/_admin/paynet/settle") {
        if (method == u"POST")
            return payNetSettle(body);
    } else if (path == u"/_admin/paynet/public-key") {
        if (method == u"GET") {
            return SandboxResponse(200, QByteArrayLiteral("application/x-pem-file"),
                                   m_server.payNet().ownPublicKeyPem());
        }
    } else if (path.startsWith(u"/_admin/reports/")) {
        if (method == u"GET")
            return report(path.mid(16), request.query());
    } else {
        return refused(404, QStringLiteral("no admin endpoint %1 (GET /_admin lists them)").arg(path));
    }
    return refused(405, QStringLiteral("%1 does not take %2").arg(path, method));
}

SandboxResponse SandboxAdminApi::state() const
{
    QJsonObject state = m_server.state().toJson();
    state.insert(QStringLiteral("faults"), m_server.faults().toJson());
    state.insert(QStringLiteral("settings"), m_server.state().settings().toJson());
    return SandboxResponse::json(200, state);
}

SandboxResponse SandboxAdminApi::report(const QString &gateway, const QUrlQuery &query) const
{
    const QString dateText = query.queryItemValue(QStringLiteral("date"));
    const QDate day = QDate::fromString(dateText, Qt::ISODate);
    if (dateText.size() != 10 || !day.isValid())
        return refused(400, QStringLiteral("date=YYYY-MM-DD is required (a UTC day)"));
    const std::optional<QByteArray> csv = SandboxReport::csv(m_server.state(), gateway, day);
    if (!csv)
        return refused(404, QStringLiteral("no gateway %1 (pockyt, pwv3, secpaid, paynet)").arg(gateway));
    return SandboxResponse(200, QByteArrayLiteral("text/csv; charset=utf-8"), *csv);
}

SandboxResponse SandboxAdminApi::addFault(const QJsonObject &body)
{
    const FaultPlan::Parsed parsed = FaultPlan::fromJson(body);
    if (!parsed.fault)
        return refused(400, parsed.error);
    m_server.faults().add(*parsed.fault);
    return done({{QStringLiteral("faults"), m_server.faults().toJson()}});
}

SandboxResponse SandboxAdminApi::secPaidReview(const QJsonObject &body)
{
    const qint64 payId = body.value(u"pay_id").toInteger(0);
    const QString decision = body.value(u"decision").toString();
    if (payId <= 0)
        return refused(400, QStringLiteral("pay_id must be a positive integer"));
    if (decision != u"approve" && decision != u"reject")
        return refused(400, QStringLiteral("decision must be \"approve\" or \"reject\""));
    const QString error = m_server.secPaid().review(payId, decision == u"approve");
    if (!error.isEmpty())
        return refused(409, error);
    return done();
}

SandboxResponse SandboxAdminApi::payNetSettle(const QJsonObject &body)
{
    const QString refundId = body.value(u"refundId").toString();
    const QString substate = body.value(u"substate").toString();
    if (refundId.isEmpty() || substate.isEmpty())
        return refused(400, QStringLiteral("refundId and substate are required"));
    const QString error = m_server.payNet().settle(refundId, substate);
    if (!error.isEmpty())
        return refused(409, error);
    return done();
}

} // namespace RefundDesk
