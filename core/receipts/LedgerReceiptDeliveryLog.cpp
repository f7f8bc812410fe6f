#include "LedgerReceiptDeliveryLog.h"

#include "ledger/Ledger.h"

namespace RefundDesk {

LedgerReceiptDeliveryLog::LedgerReceiptDeliveryLog(Ledger &ledger, QString actor, QString storeId, QString registerId)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
    , m_storeId(std::move(storeId))
    , m_registerId(std::move(registerId))
{ }

QString LedgerReceiptDeliveryLog::auditAction(const ReceiptDelivery &delivery)
{
    return QStringLiteral("receipt.%1.%2")
        .arg(receiptChannelKey(delivery.channel), receiptDeliveryOutcomeKey(delivery.outcome));
}

ReceiptDeliveryLog::Result LedgerReceiptDeliveryLog::record(const ReceiptDelivery &delivery)
{
    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = auditAction(delivery);
    entry.subject = delivery.refundId.toString(QUuid::WithoutBraces);
    entry.detail = QStringLiteral("to=%1; attempt=%2").arg(delivery.destination).arg(delivery.attempt);
    if (!delivery.message.isEmpty())
        entry.detail += QStringLiteral("; error=%1").arg(delivery.message);
    entry.storeId = m_storeId;
    entry.registerId = m_registerId;
    const LedgerValue<AuditEntry> appended = m_ledger.appendAudit(entry);
    if (!appended.ok())
        return {false, appended.result().message()};
    return {};
}

} // namespace RefundDesk
