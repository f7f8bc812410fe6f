#pragma once

#include "ReceiptDelivery.h"

#include <QString>

namespace RefundDesk {

// Where receipt deliveries are recorded, so a receipt that did not reach the customer is
// visible and can be sent again. The ledger keeps them (LedgerReceiptDeliveryLog); tests
// keep them in memory.
class ReceiptDeliveryLog
{
public:
    struct Result
    {
        bool ok = true;
        QString message; // why it could not be recorded
    };

    ReceiptDeliveryLog() = default;
    virtual ~ReceiptDeliveryLog() = default;
    ReceiptDeliveryLog(const ReceiptDeliveryLog &) = delete;
    ReceiptDeliveryLog &operator=(const ReceiptDeliveryLog &) = delete;

    virtual Result record(const ReceiptDelivery &delivery) = 0;
};

} // namespace RefundDesk
