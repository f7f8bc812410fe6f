#pragma once

#include "config/SecretValue.h"

#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// A credential a gateway's settings name (env:, file: or the value itself), read once when
// the adapter is built. An empty one cannot sign anything, so it counts as unreadable.
class GatewayCredential
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::GatewayCredential)

public:
    struct Read
    {
        bool ok = false;
        QString value;
        QString message; // why not, never containing the secret
    };

    // name: what the credential is, for the message ("The Pockyt API token").
    static Read read(const SecretValue &secret, const QString &name);
};

} // namespace RefundDesk
