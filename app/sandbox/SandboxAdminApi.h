#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

namespace RefundDesk {

class SandboxServer;

// The sandbox's own control API under /_admin, loopback only (the endpoints are listed in
// resources/sandbox/usage.txt, which GET /_admin and --help show).
class SandboxAdminApi
{
public:
    explicit SandboxAdminApi(SandboxServer &server);

    SandboxResponse handle(const SandboxRequest &request);

    // The text of resources/sandbox/usage.txt: admin API, fault modes, settings.
    static QByteArray usageText();

private:
    SandboxResponse state() const;
    SandboxResponse report(const QString &gateway, const QUrlQuery &query) const;
    SandboxResponse addFault(const QJsonObject &body);
    SandboxResponse secPaidReview(const QJsonObject &body);
    SandboxResponse payNetSettle(const QJsonObject &body);

    SandboxServer &m_server;
};

} // namespace RefundDesk
