#pragma once

#include "GatewayHttpJob.h"
#include "SecretMasker.h"

#include <chrono>

class QNetworkAccessManager;

namespace RefundDesk {

// What every adapter needs besides its own account settings: the network, the timeout
// per request, and where masked requests and answers go (the audit trail).
struct GatewayContext
{
    QNetworkAccessManager *network = nullptr;
    std::chrono::milliseconds timeout = GatewayHttpJob::defaultTimeout;
    GatewayHttpJob::AuditSink auditSink; // may be empty
    SecretMasker masker; // the adapter adds its own secrets to a copy
};

} // namespace RefundDesk
