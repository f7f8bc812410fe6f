#include "GatewayCredential.h"

namespace RefundDesk {

GatewayCredential::Read GatewayCredential::read(const SecretValue &secret, const QString &name)
{
    Read read;
    if (secret.isEmpty()) {
        read.message = tr("%1 is not set.").arg(name);
        return read;
    }
    const SecretValue::Resolved resolved = secret.resolve();
    if (!resolved.ok || resolved.value.isEmpty()) {
        read.message = tr("%1 (%2) cannot be read: %3")
                           .arg(name, secret.describe(), resolved.ok ? tr("it is empty.") : resolved.message);
        return read;
    }
    read.ok = true;
    read.value = resolved.value;
    return read;
}

} // namespace RefundDesk
