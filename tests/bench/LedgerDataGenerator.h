#pragma once

#include "domain/GatewayId.h"
#include "domain/RefundStatus.h"
#include "domain/Sale.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk::Bench {

// A large ledger's rows, the same for the same counts: sales spread over the four gateways
// (each with its own kind of transaction id, reference and currency) and paid over the last
// year, and one refund for every (sales / refunds)-th sale in every status, with the events
// the ledger would have written for it. Every row is one the ledger could have stored: ids,
// statuses and currencies in the ledger's own words, each refund no more than its sale and
// of the sale's gateway, transaction and currency. Values come as text (NULL: no value), as
// SQLite's and PostgreSQL's bulk loaders both take them; integer columns hold decimal text.
class LedgerDataGenerator
{
public:
    using Row = QList<std::optional<QByteArray>>;

    LedgerDataGenerator(qint64 sales, qint64 refunds, QDateTime now);

    qint64 saleCount() const { return m_sales; }
    qint64 refundCount() const { return m_refunds; }
    const QDateTime &now() const { return m_now; }

    // Column lists of the rows below, in the ledger's schema.
    static QByteArray saleColumns();
    static QByteArray refundColumns();
    static QByteArray eventColumns();

    // Sale index (0-based) has the ledger id index + 1.
    Row sale(qint64 index) const;
    Row refund(qint64 index) const;
    // draft -> submitting, and submitting -> the refund's status when it moved on.
    QList<Row> events(qint64 refundIndex) const;

    // How a receipt names sale index: by the gateway's transaction id or by its reference.
    SaleRef transactionRef(qint64 index) const;
    SaleRef referenceRef(qint64 index) const;

private:
    struct Sale;
    Sale saleAt(qint64 index) const;
    RefundStatus statusOf(qint64 refundIndex) const;
    QDateTime refundCreatedAt(qint64 refundIndex) const;

    qint64 m_sales;
    qint64 m_refunds;
    QDateTime m_now;
};

} // namespace RefundDesk::Bench
