#pragma once

#include "ReceiptOutputResult.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace RefundDesk {

// How a receipt left the store.
enum class ReceiptChannel { Email, EscPos, Printer, Pdf };

// One try at handing a receipt to the customer, as the delivery log keeps it.
struct ReceiptDelivery
{
    enum class Outcome {
        Delivered,
        WillRetry, // this attempt failed; another one is scheduled
        Failed, // the last attempt failed: the receipt waits to be sent again by hand
    };

    QUuid refundId;
    ReceiptChannel channel = ReceiptChannel::Email;
    QString destination; // the address, printer or file
    int attempt = 1;
    Outcome outcome = Outcome::Delivered;
    QString message; // what went wrong, for people; empty when delivered
    QDateTime at; // UTC

    // A receipt written once to a file, printer or device (no retries), as the log keeps it, now.
    static ReceiptDelivery ofOutput(const QUuid &refundId, ReceiptChannel channel, const ReceiptOutputResult &result);
};

// "email", "escpos", "printer", "pdf"; "delivered", "will_retry", "failed".
QString receiptChannelKey(ReceiptChannel channel);
std::optional<ReceiptChannel> receiptChannelFromKey(QStringView key);
QString receiptDeliveryOutcomeKey(ReceiptDelivery::Outcome outcome);
std::optional<ReceiptDelivery::Outcome> receiptDeliveryOutcomeFromKey(QStringView key);

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::ReceiptDelivery)
