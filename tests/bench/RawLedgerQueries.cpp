#include "RawLedgerQueries.h"

#include <QByteArrayList>

namespace RefundDesk::Bench {

namespace {

// As SqlLedger's filterSql(): a page of several statuses compares status || '' (see there).
QByteArray filter(int statusCount, bool inCreationOrder)
{
    QByteArrayList marks;
    for (int i = 0; i < statusCount; ++i)
        marks << QByteArrayLiteral("?");
    const QByteArray column =
        inCreationOrder && statusCount > 1 ? QByteArrayLiteral("(status || '')") : QByteArrayLiteral("status");
    return "WHERE created_at >= ? AND " + column + " IN (" + marks.join(", ") + ')';
}

} // namespace

QByteArray RawLedgerQueries::saleLookup(SaleIdKind kind)
{
    return QByteArrayLiteral("SELECT id, gateway, transaction_id, reference, amount_minor, currency, method, "
                             "gateway_status, gateway_says_refundable, paid_at, store_id, register_id, looked_up_at "
                             "FROM sales WHERE ")
        + (kind == SaleIdKind::Reference ? QByteArrayLiteral("gateway = ? AND reference = ?")
                                         : QByteArrayLiteral("gateway = ? AND transaction_id = ?"))
        + QByteArrayLiteral(" ORDER BY id DESC");
}

QByteArray RawLedgerQueries::refundCount(int statusCount)
{
    return QByteArrayLiteral("SELECT COUNT(*) FROM refunds ") + filter(statusCount, false);
}

QByteArray RawLedgerQueries::refundPage(int statusCount)
{
    return QByteArrayLiteral("SELECT id, sale_id, gateway, transaction_id, amount_minor, currency, full_refund, "
                             "status, gateway_refund_id, message, reason, store_id, register_id, employee, "
                             "approved_by, created_at, updated_at, gateway_refunded_before_minor FROM refunds ")
        + filter(statusCount, true) + QByteArrayLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
}

QByteArray RawLedgerQueries::numbered(const QByteArray &sql)
{
    QByteArray out;
    int next = 1;
    for (const char c : sql) {
        if (c == '?')
            out += '$' + QByteArray::number(next++);
        else
            out += c;
    }
    return out;
}

} // namespace RefundDesk::Bench
