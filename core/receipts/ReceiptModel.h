#pragma once

#include "config/RefundDeskConfig.h"
#include "domain/Refund.h"
#include "domain/Sale.h"
#include "ledger/LedgerValue.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace RefundDesk {

class Ledger;

struct ReceiptField
{
    QString label;
    QString value;
};

struct ReceiptSection
{
    QString title; // empty for the heading block
    QList<ReceiptField> fields;
    QString note; // a sentence under the fields (what a pending refund means for the customer)
};

// Everything a refund receipt says, as translated text in the store's locale, built from
// the ledger's record of the sale and the refund. Every output (PDF, printer, ESC/POS,
// email) lays out the same model, so they never disagree.
class ReceiptModel
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReceiptModel)

public:
    // remaining: what can still be refunded of the sale after this and every other refund
    // that holds its amount (the ledger's sale amount minus reservedAmount()).
    static ReceiptModel build(const Sale &sale, const Refund &refund, const StoreConfig &store, const Money &remaining);
    // The receipt of a refund as the ledger has it now: the refund, its sale and what remains
    // of the sale. Every program that prints or sends a receipt builds it here, so a reprint
    // says the same as the first print. Runs on the ledger's thread; NotFound for an unknown id.
    static LedgerValue<ReceiptModel> fromLedger(Ledger &ledger, const QUuid &refundId, const StoreConfig &store);

    const Sale &sale() const { return m_sale; }
    const Refund &refund() const { return m_refund; }
    const StoreConfig &store() const { return m_store; }
    const Money &remaining() const { return m_remaining; }

    QString title() const; // "Refund receipt"
    QString storeName() const { return m_store.name; }
    // Refund id as printed and encoded: lowercase, without braces.
    QString refundIdText() const;
    QString refundAmountText() const;
    QString statusText() const;
    QString statusExplanation() const;
    // The heading block, the original payment and the refund, in print order.
    QList<ReceiptSection> sections() const;
    // What the QR code holds: RefundDesk's receipt code for this refund, which its own
    // scanner reads back as the refund.
    QString qrText() const;
    QString qrCaption() const; // "Scan to find this refund"

    // What the status means for the customer, as each gateway describes it (GATEWAYS.md).
    static QString statusExplanation(GatewayId gateway, RefundStatus status);
    // Long digit runs (card or account numbers) reduced to their last four digits.
    static QString maskPaymentDetails(const QString &details);

private:
    ReceiptModel(const Sale &sale, const Refund &refund, const StoreConfig &store, const Money &remaining);

    QString money(const Money &amount) const;
    QString dateTime(const QDateTime &utc) const;

    Sale m_sale;
    Refund m_refund;
    StoreConfig m_store;
    Money m_remaining;
};

} // namespace RefundDesk
