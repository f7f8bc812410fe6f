#pragma once

#include "domain/GatewayId.h"
#include "domain/Sale.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// What a scanned or typed receipt code says: which gateway, which kind of id, the id. Reads
// bare gateway ids by their shape, ids behind common vendor prefixes ("TXN:", "REF:",
// "pockyt:"), and RefundDesk's own sale and refund codes (URL or JSON). The formats are
// described in docs/receipt-codes.md. Anything else, garbage and binary included, is
// "not a receipt RefundDesk knows", never a crash.
class ReceiptCode
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCode)

public:
    enum class Status { Ok, Empty, NotReceipt };
    enum class Kind {
        Transaction, // the gateway's id of the payment
        Reference, // the merchant's reference of the payment
        Refund, // a RefundDesk refund id (UUID), from RefundDesk's own refund receipt
    };

    // Longest text looked at; longer input is refused before any parsing.
    static constexpr qsizetype kMaxLength = 1024;

    static ReceiptCode parse(QStringView text);

    // RefundDesk's own codes, as printed on its receipts: "refunddesk:sale?gateway=pockyt&transaction=…"
    // and "refunddesk:refund?gateway=paynet&refund=<uuid>&transaction=<checkoutId>".
    static QString saleCode(const SaleRef &sale);
    static QString refundCode(GatewayId gateway, const QString &refundId, const QString &transactionId);

    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    // For people: what was read ("Pockyt transaction 297553638300708562") or why it is refused.
    QString message() const { return m_message; }
    // Unset only for a bare merchant reference ("REF:ORDER-1001"): the ledger knows its gateway.
    std::optional<GatewayId> gateway() const { return m_gateway; }
    Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    // A refund receipt's original payment (the gateway's transaction id); empty otherwise.
    QString refundedTransactionId() const { return m_refundedTransactionId; }
    // The sale to look up: the payment itself, or the payment a refund receipt refunded.
    std::optional<SaleRef> saleRef() const;

private:
    static ReceiptCode ok(std::optional<GatewayId> gateway, Kind kind, const QString &id,
                          const QString &refundedTransactionId = {});
    static ReceiptCode refused(Status status, const QString &detail = {});

    Status m_status = Status::Empty;
    QString m_message;
    std::optional<GatewayId> m_gateway;
    Kind m_kind = Kind::Transaction;
    QString m_id;
    QString m_refundedTransactionId;
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::ReceiptCode)
