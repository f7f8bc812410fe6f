#include "SaleRefOptions.h"

#include <QCoreApplication>

namespace RefundDesk {

SaleRefOptions::SaleRefOptions()
    : m_gateway(QStringLiteral("gateway"), tr("The gateway: pockyt, pwv3, secpaid or paynet."), QStringLiteral("G"))
    , m_transaction(QStringLiteral("transaction"),
                    tr("The gateway's id of the payment (Pockyt transactionNo, SecPaid pay_id, PayNet checkoutId)."),
                    QStringLiteral("ID"))
    , m_reference(QStringLiteral("reference"), tr("The merchant's reference (Pockyt reference, PW v3 referenceNo)."),
                  QStringLiteral("REF"))
{ }

void SaleRefOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_gateway, m_transaction, m_reference});
}

std::optional<SaleRef> SaleRefOptions::read(const QCommandLineParser &parser, QString *error) const
{
    const auto gateway = gatewayFromKey(parser.value(m_gateway));
    if (!gateway) {
        *error = parser.isSet(m_gateway)
            ? tr("'%1' is not a gateway; use pockyt, pwv3, secpaid or paynet.").arg(parser.value(m_gateway))
            : tr("--gateway is required (pockyt, pwv3, secpaid or paynet).");
        return std::nullopt;
    }
    if (parser.isSet(m_transaction) == parser.isSet(m_reference)) {
        *error = tr("Give exactly one of --transaction ID and --reference REF.");
        return std::nullopt;
    }
    SaleRef ref;
    ref.gateway = *gateway;
    ref.kind = parser.isSet(m_transaction) ? SaleIdKind::TransactionId : SaleIdKind::Reference;
    ref.id = parser.isSet(m_transaction) ? parser.value(m_transaction) : parser.value(m_reference);
    if (ref.id.trimmed().isEmpty()) {
        *error = tr("The sale's id is empty.");
        return std::nullopt;
    }
    return ref;
}

} // namespace RefundDesk
