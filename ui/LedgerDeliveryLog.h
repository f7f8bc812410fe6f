#pragma once

#include "receipts/ReceiptDeliveryLog.h"

#include <QPointer>
#include <QString>

namespace RefundDesk {

class LedgerWorker;

// Records receipt deliveries from the UI thread (ReceiptMailer, printing) in the ledger's
// audit chain through the ledger worker's connection: LedgerReceiptDeliveryLog runs there,
// so the UI thread never waits on the disk. record() hands the row over and returns at once;
// a row the ledger then refuses is reported with qWarning.
class LedgerDeliveryLog : public ReceiptDeliveryLog
{
public:
    LedgerDeliveryLog(LedgerWorker &ledger, QString actor, QString storeId, QString registerId);

    Result record(const ReceiptDelivery &delivery) override;

private:
    QPointer<LedgerWorker> m_ledger;
    QString m_actor;
    QString m_storeId;
    QString m_registerId;
};

} // namespace RefundDesk
