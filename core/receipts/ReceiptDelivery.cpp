#include "ReceiptDelivery.h"

namespace RefundDesk {

QString receiptChannelKey(ReceiptChannel channel)
{
    switch (channel) {
    case ReceiptChannel::Email:
        return QStringLiteral("email");
    case ReceiptChannel::EscPos:
        return QStringLiteral("escpos");
    case ReceiptChannel::Printer:
        return QStringLiteral("printer");
    case ReceiptChannel::Pdf:
        return QStringLiteral("pdf");
    }
    Q_UNREACHABLE();
}

std::optional<ReceiptChannel> receiptChannelFromKey(QStringView key)
{
    for (const ReceiptChannel channel :
         {ReceiptChannel::Email, ReceiptChannel::EscPos, ReceiptChannel::Printer, ReceiptChannel::Pdf}) {
        if (key == receiptChannelKey(channel))
            return channel;
    }
    return std::nullopt;
}

QString receiptDeliveryOutcomeKey(ReceiptDelivery::Outcome outcome)
{
    switch (outcome) {
    case ReceiptDelivery::Outcome::Delivered:
        return QStringLiteral("delivered");
    case ReceiptDelivery::Outcome::WillRetry:
        return QStringLiteral("will_retry");
    case ReceiptDelivery::Outcome::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
}

std::optional<ReceiptDelivery::Outcome> receiptDeliveryOutcomeFromKey(QStringView key)
{
    for (const auto outcome :
         {ReceiptDelivery::Outcome::Delivered, ReceiptDelivery::Outcome::WillRetry, ReceiptDelivery::Outcome::Failed}) {
        if (key == receiptDeliveryOutcomeKey(outcome))
            return outcome;
    }
    return std::nullopt;
}

} // namespace RefundDesk
