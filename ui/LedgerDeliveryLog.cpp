#include "LedgerDeliveryLog.h"

#include "LedgerWorker.h"
#include "receipts/LedgerReceiptDeliveryLog.h"

namespace RefundDesk {

LedgerDeliveryLog::LedgerDeliveryLog(LedgerWorker &ledger, QString actor, QString storeId, QString registerId)
    : m_ledger(&ledger)
    , m_actor(std::move(actor))
    , m_storeId(std::move(storeId))
    , m_registerId(std::move(registerId))
{ }

ReceiptDeliveryLog::Result LedgerDeliveryLog::record(const ReceiptDelivery &delivery)
{
    if (!m_ledger)
        return Result {false, QStringLiteral("The ledger is closed.")};
    m_ledger->query<ReceiptDeliveryLog::Result>(
        [delivery, actor = m_actor, storeId = m_storeId, registerId = m_registerId](LedgerWorker::Access &access) {
            LedgerReceiptDeliveryLog log(access.ledger, actor, storeId, registerId);
            return log.record(delivery);
        },
        m_ledger.data(),
        [](const ReceiptDeliveryLog::Result &result) {
            if (!result.ok)
                qWarning("The receipt delivery was not recorded: %s", qUtf8Printable(result.message));
        });
    return Result {};
}

} // namespace RefundDesk
