#include "GatewayId.h"

#include <QCoreApplication>

#include <array>

namespace RefundDesk {

namespace {

struct GatewayNames
{
    GatewayId id;
    const char16_t *key;
    const char *displayName;
};

constexpr std::array<GatewayNames, 4> kGateways {{
    {GatewayId::Pockyt, u"pockyt", QT_TRANSLATE_NOOP("RefundDesk::Gateway", "Pockyt")},
    {GatewayId::PwV3, u"pwv3", QT_TRANSLATE_NOOP("RefundDesk::Gateway", "PW v3")},
    {GatewayId::SecPaid, u"secpaid", QT_TRANSLATE_NOOP("RefundDesk::Gateway", "SecPaid")},
    {GatewayId::PayNet, u"paynet", QT_TRANSLATE_NOOP("RefundDesk::Gateway", "PayNet DuitNow")},
}};

const GatewayNames &namesOf(GatewayId gateway)
{
    return kGateways.at(static_cast<std::size_t>(gateway));
}

} // namespace

QString gatewayKey(GatewayId gateway)
{
    return QString::fromUtf16(namesOf(gateway).key);
}

std::optional<GatewayId> gatewayFromKey(QStringView key)
{
    for (const auto &names : kGateways) {
        if (key == QStringView(names.key))
            return names.id;
    }
    return std::nullopt;
}

QString gatewayDisplayName(GatewayId gateway)
{
    return QCoreApplication::translate("RefundDesk::Gateway", namesOf(gateway).displayName);
}

} // namespace RefundDesk
