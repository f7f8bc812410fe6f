#pragma once

#include "ReceiptDeliveryLog.h"

namespace RefundDesk {

class Ledger;

// Keeps receipt deliveries in the ledger as rows of its audit chain (action
// "receipt.<channel>.<outcome>", subject the refund id, detail the destination, the attempt
// and what went wrong), so who was sent which receipt, and which one still waits to be sent
// again, is as tamper-evident as the refund itself. Use it on the ledger's thread.
class LedgerReceiptDeliveryLog : public ReceiptDeliveryLog
{
public:
    // actor: who asked for the receipt (an employee id, "refundctl").
    LedgerReceiptDeliveryLog(Ledger &ledger, QString actor, QString storeId, QString registerId);

    Result record(const ReceiptDelivery &delivery) override;

    // "receipt.email.failed"
    static QString auditAction(const ReceiptDelivery &delivery);

private:
    Ledger &m_ledger;
    QString m_actor;
    QString m_storeId;
    QString m_registerId;
};

} // namespace RefundDesk
