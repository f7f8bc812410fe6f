#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// The four gateways RefundDesk refunds through (GATEWAYS.md).
enum class GatewayId { Pockyt, PwV3, SecPaid, PayNet };

// "pockyt", "pwv3", "secpaid", "paynet": the ids used in configuration, the ledger and refundctl.
QString gatewayKey(GatewayId gateway);
std::optional<GatewayId> gatewayFromKey(QStringView key);
// "Pockyt", "PW v3", "SecPaid", "PayNet DuitNow": for people.
QString gatewayDisplayName(GatewayId gateway);

} // namespace RefundDesk
