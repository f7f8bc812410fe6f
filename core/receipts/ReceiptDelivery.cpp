#include "ReceiptDelivery.h"

namespace RefundDesk {

ReceiptDelivery ReceiptDelivery::ofOutput(const QUuid &refundId, ReceiptChannel channel,
                                          const ReceiptOutputResult &result)
{
    ReceiptDelivery delivery;
    delivery.refundId = refundId;
    delivery.channel = channel;
    delivery.destination = result.destination;
    delivery.outcome = result.ok ? Outcome::Delivered : Outcome::Failed;
    delivery.message = result.message;
    delivery.at = QDateTime::currentDateTimeUtc();
    return delivery;
}

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
