#include "SqlLedger.h"

#include "LedgerTime.h"
#include "SqlTransaction.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QThread>

#include <limits>

namespace RefundDesk {

namespace {

// A transaction that keeps meeting deadlocks or serialization failures is given up after
// this many runs, with the database's own words.
constexpr int kWriteAttempts = 5;

const QString kSaleColumns =
    QStringLiteral("id, gateway, transaction_id, reference, amount_minor, currency, method, gateway_status, "
                   "gateway_says_refundable, paid_at, store_id, register_id, looked_up_at");
const QString kRefundColumns = QStringLiteral(
    "id, sale_id, gateway, transaction_id, amount_minor, currency, full_refund, status, gateway_refund_id, message, "
    "reason, store_id, register_id, employee, approved_by, created_at, updated_at, gateway_refunded_before_minor");
const QString kAuditColumns =
    QStringLiteral("seq, logged_at, actor, action, subject, detail, store_id, register_id, prev_hash, hash");

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString salesSql(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM sales WHERE %2 ORDER BY id DESC").arg(kSaleColumns, where);
}

QString refundsSql(const QString &whereAndOrder)
{
    return QStringLiteral("SELECT %1 FROM refunds %2").arg(kRefundColumns, whereAndOrder);
}

QVariantList variants(const QStringList &texts)
{
    return QVariantList(texts.cbegin(), texts.cend());
}

// The current row of a Qt Sql statement.
class QueryRow final : public LedgerRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    { }

    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    bool isNull(int column) const override { return m_query.value(column).isNull(); }

private:
    const QSqlQuery &m_query;
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Money kept beside a refund, in the refund's currency; NULL when there is none (or it is in
// another currency, which nothing could compare with the refund).
QVariant minorOrNull(const std::optional<Money> &money, const Currency &currency)
{
    if (!money || !(money->currency() == currency))
        return QVariant(QMetaType::fromType<qint64>());
    return money->minorUnits();
}

QString moneyText(const Money &money)
{
    return QStringLiteral("%1 %2").arg(money.currency().code(), money.toDecimalString());
}

LedgerResult damaged(const QString &location, const QString &what)
{
    return LedgerResult::failure(
        LedgerResult::Error::Database,
        SqlLedger::tr("The ledger %1 holds %2 that this program cannot read; it may have been edited "
                      "by hand.")
            .arg(location, what));
}

LedgerResult noAuditKey()
{
    return LedgerResult::failure(
        LedgerResult::Error::NoAuditKey,
        SqlLedger::tr("The audit trail cannot be written or checked: this installation's audit key is "
                      "not available."));
}

struct FilterSql
{
    QString where;
    QVariantList values;
};

// inCreationOrder: for listRefunds(). A page of refunds in several statuses is best read
// in creation-time order, stopping at its limit; through the (status, created_at) index the
// database collects every refund of those statuses and sorts them first (SQLite, which keeps
// no statistics to know better, took 30 ms for the 5,000 open refunds of the last 30 days in a
// ledger of 200,000; docs/benchmarks.md). Comparing status || '' keeps that index out of the
// plan in both dialects. One status is read in order through that index, so it stays.
FilterSql filterSql(const RefundFilter &filter, bool inCreationOrder = false)
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("created_at >= ?");
        values << toLedgerTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("created_at < ?");
        values << toLedgerTime(filter.to);
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (RefundStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            values << refundStatusKey(status);
        }
        const bool skipIndex = inCreationOrder && filter.statuses.size() > 1;
        conditions << QStringLiteral("%1 IN (%2)")
                          .arg(skipIndex ? QStringLiteral("(status || '')") : QStringLiteral("status"),
                               marks.join(QStringLiteral(", ")));
    }
    if (filter.gateway) {
        conditions << QStringLiteral("gateway = ?");
        values << gatewayKey(*filter.gateway);
    }
    if (!filter.storeId.isEmpty()) {
        conditions << QStringLiteral("store_id = ?");
        values << filter.storeId;
    }
    if (!filter.registerId.isEmpty()) {
        conditions << QStringLiteral("register_id = ?");
        values << filter.registerId;
    }
    if (!filter.employee.isEmpty()) {
        conditions << QStringLiteral("employee = ?");
        values << filter.employee;
    }
    if (conditions.isEmpty())
        return {QString(), values};
    return {QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace

SqlLedger::SqlLedger(QString location, QString connectionName, int schemaVersion, Migrations::Dialect dialect)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_db(QSqlDatabase::database(m_connectionName, false))
    , m_schemaVersion(schemaVersion)
    , m_dialect(std::move(dialect))
{ }

SqlLedger::~SqlLedger()
{
    // Statements belong to the connection: gone before it closes.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

LedgerResult SqlLedger::lock(Lock, const QVariant &, const QString &)
{
    return LedgerResult::success();
}

LedgerResult SqlLedger::announceRefundChange(const QUuid &, const QString &)
{
    return LedgerResult::success();
}

bool SqlLedger::isTransient(const QSqlError &) const
{
    return false;
}

LedgerResult SqlLedger::describe(const QSqlError &error, const QString &doing) const
{
    return LedgerResult::failure(LedgerResult::Error::Database,
                                 tr("The ledger %1 failed while %2: %3").arg(m_location, doing, error.text()));
}

LedgerResult SqlLedger::failure(const QSqlError &error, const QString &doing)
{
    m_transientFailure = isTransient(error);
    return describe(error, doing);
}

SqlLedger::Query::~Query()
{
    release();
}

void SqlLedger::Query::release()
{
    if (m_query)
        m_query->finish();
    if (m_busy)
        *m_busy = false;
    m_query = nullptr;
    m_busy = nullptr;
    m_own.reset();
}

LedgerResult SqlLedger::run(Query &query, const QString &sql, const QVariantList &values, const QString &doing)
{
    query.release();
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end() || cached->second.busy) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            return failure(prepared->lastError(), doing);
        if (cached == m_statements.end()) {
            cached = m_statements.emplace(sql, Statement {std::move(prepared), false}).first;
        } else {
            // The kept one is being read (the same SQL run again inside that read): this run
            // gets a statement of its own.
            query.m_own = std::move(prepared);
            query.m_query = query.m_own.get();
        }
    }
    if (!query.m_query) {
        cached->second.busy = true;
        query.m_busy = &cached->second.busy;
        query.m_query = cached->second.query.get();
    }
    QSqlQuery &statement = *query.m_query;
    int position = 0;
    for (const QVariant &value : values) {
        // Qt binds a null QString as NULL; the text columns are NOT NULL and hold '' for
        // "nothing". Only textOrNull() binds NULL on purpose, as a null QVariant.
        if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            statement.bindValue(position++, QStringLiteral(""));
        else
            statement.bindValue(position++, value);
    }
    if (!statement.exec())
        return failure(statement.lastError(), doing);
    return LedgerResult::success();
}

LedgerResult SqlLedger::execute(const QString &statement, const QString &doing)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return failure(query.lastError(), doing);
    return LedgerResult::success();
}

template<typename Result>
Result SqlLedger::inWriteTransaction(const QString &doing, const std::function<Result()> &body)
{
    if (m_writingTogether) {
        // Within writeTogether()'s transaction: a savepoint, so that this write fails alone.
        // Not run again: the transaction around it holds what earlier writes did.
        if (const LedgerResult saved = control(QStringLiteral("SAVEPOINT single_write"), doing); !saved.ok())
            return saved;
        Result done = body();
        if (!done.ok())
            control(QStringLiteral("ROLLBACK TO SAVEPOINT single_write"), doing);
        if (const LedgerResult released = control(QStringLiteral("RELEASE SAVEPOINT single_write"), doing);
            !released.ok() && done.ok())
            return released;
        return done;
    }
    for (int attempt = 1;; ++attempt) {
        m_transientFailure = false;
        Result result = [&]() -> Result {
            SqlTransaction transaction(m_db, m_dialect.beginWrite);
            if (const QSqlError error = transaction.begin(); error.isValid())
                return failure(error, doing);
            Result done = body();
            if (!done.ok())
                return done;
            if (const QSqlError error = transaction.commit(); error.isValid())
                return failure(error, doing);
            return done;
        }();
        // The transaction is rolled back by now: nothing of the failed run is left behind.
        if (result.ok() || !m_transientFailure || attempt == kWriteAttempts)
            return result;
        // A random pause, longer each time, so the writers that collided do not collide again.
        QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(10, 50) * attempt));
    }
}

LedgerResult SqlLedger::control(const QString &statement, const QString &doing)
{
    // Three savepoint statements for every write of a group commit: parsing them each time
    // cost more than some of the writes.
    if (m_dialect.preparesControlStatements) {
        Query query;
        return run(query, statement, {}, doing);
    }
    return execute(statement, doing);
}

LedgerResult SqlLedger::writeTogether(const std::function<void()> &body)
{
    Q_ASSERT(!m_writingTogether);
    const QString doing = tr("storing several changes together");
    SqlTransaction transaction(m_db, m_dialect.beginWrite);
    if (const QSqlError error = transaction.begin(); error.isValid())
        return failure(error, doing);
    m_writingTogether = true;
    body();
    m_writingTogether = false;
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failure(error, doing);
    return LedgerResult::success();
}

// ---- Sales

QString SqlLedger::readingSales()
{
    return tr("reading sales");
}

SqlLedger::Lookup SqlLedger::saleLookup(const SaleRef &ref)
{
    // Built once: a lookup is too quick to spend on composing its SQL every time.
    static const QString byTransactionId = salesSql(QStringLiteral("gateway = ? AND transaction_id = ?"));
    static const QString byReference = salesSql(QStringLiteral("gateway = ? AND reference = ?"));
    return {ref.kind == SaleIdKind::Reference ? byReference : byTransactionId, {gatewayKey(ref.gateway), ref.id}};
}

LedgerValue<Sale> SqlLedger::saleFromRow(const LedgerRow &row) const
{
    const auto gateway = gatewayFromKey(row.text(1));
    const auto currency = Currency::fromCode(row.text(5));
    if (!gateway || !currency)
        return damaged(m_location, tr("sale %1").arg(row.integer(0)));
    Sale sale;
    sale.ledgerId = row.integer(0);
    sale.gateway = *gateway;
    sale.transactionId = row.text(2);
    sale.reference = row.text(3);
    sale.amount = Money(row.integer(4), *currency);
    sale.method = row.text(6);
    sale.gatewayStatus = row.text(7);
    sale.gatewaySaysRefundable = row.integer(8) != 0;
    sale.paidAt = fromLedgerTime(row.text(9));
    sale.storeId = row.text(10);
    sale.registerId = row.text(11);
    sale.lookedUpAt = fromLedgerTime(row.text(12));
    return sale;
}

template<typename T>
LedgerValue<QList<T>> SqlLedger::allRowsOf(const QString &sql, const QVariantList &values,
                                           LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                                           const QString &doing)
{
    Query query;
    const LedgerResult done = run(query, sql, values, doing);
    if (!done.ok())
        return done;
    QList<T> rows;
    while (query->next()) {
        LedgerValue<T> row = (this->*fromRow)(QueryRow(*query));
        if (!row.ok())
            return row.result();
        rows.append(row.takeValue());
    }
    if (query->lastError().isValid())
        return failure(query->lastError(), doing);
    return rows;
}

LedgerValue<QList<Sale>> SqlLedger::selectSales(const QString &sql, const QVariantList &values)
{
    return allRowsOf(sql, values, &SqlLedger::saleFromRow, readingSales());
}

template<typename T>
LedgerValue<std::optional<T>> SqlLedger::firstRowOf(const Lookup &lookup,
                                                    LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                                                    const QString &doing)
{
    Query query;
    const LedgerResult done = run(query, lookup.sql, variants(lookup.values), doing);
    if (!done.ok())
        return done;
    if (!query->next()) {
        if (query->lastError().isValid())
            return failure(query->lastError(), doing);
        return std::optional<T>();
    }
    LedgerValue<T> row = (this->*fromRow)(QueryRow(*query));
    if (!row.ok())
        return row.result();
    return std::optional<T>(row.takeValue());
}

LedgerValue<std::optional<Sale>> SqlLedger::lookupSale(const SaleRef &ref)
{
    return firstRowOf(saleLookup(ref), &SqlLedger::saleFromRow, readingSales());
}

LedgerResult SqlLedger::upsertSale(Sale &sale)
{
    if (sale.transactionId.isEmpty()) {
        return LedgerResult::failure(LedgerResult::Error::Invalid,
                                     tr("A sale cannot be stored without the gateway's transaction id."));
    }
    const QString doing = tr("storing sale %1").arg(sale.transactionId);
    const Lookup lookup = saleLookup({sale.gateway, SaleIdKind::TransactionId, sale.transactionId});
    const QVariantList key = variants(lookup.values);
    Sale stored;
    const LedgerResult done = inWriteTransaction<LedgerResult>(doing, [&]() -> LedgerResult {
        stored = sale;
        auto existing = selectSales(lookup.sql, key);
        if (!existing.ok())
            return existing.result();
        const QDateTime at = now();
        if (existing.value().isEmpty()) {
            Query query;
            const LedgerResult inserted = run(
                query,
                QStringLiteral("INSERT INTO sales (gateway, transaction_id, reference, amount_minor, currency, method, "
                               "gateway_status, gateway_says_refundable, paid_at, store_id, register_id, "
                               "looked_up_at, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (gateway, transaction_id) DO NOTHING RETURNING id"),
                {gatewayKey(stored.gateway), stored.transactionId, stored.reference, stored.amount.minorUnits(),
                 stored.amount.currency().code(), stored.method, stored.gatewayStatus,
                 stored.gatewaySaysRefundable ? 1 : 0, textOrNull(toLedgerTime(stored.paidAt)), stored.storeId,
                 stored.registerId, textOrNull(toLedgerTime(stored.lookedUpAt)), toLedgerTime(at), toLedgerTime(at)},
                doing);
            if (!inserted.ok())
                return inserted;
            if (query->next()) {
                stored.ledgerId = query->value(0).toLongLong();
                // Finishes the INSERT ... RETURNING statement so it does not hold up COMMIT.
                query->finish();
                return LedgerResult::success();
            }
            if (query->lastError().isValid())
                return failure(query->lastError(), doing);
            query->finish();
            // Where writers do not lock the whole store, another program stored the same sale
            // between the look-up and the insert: this one updates what that one stored.
            existing = selectSales(lookup.sql, key);
            if (!existing.ok())
                return existing.result();
            if (existing.value().isEmpty())
                return damaged(m_location, tr("sale %1, refused and then not found").arg(sale.transactionId));
        }
        return updateSale(stored, existing.value().constFirst(), at, doing);
    });
    if (done.ok())
        sale = stored;
    return done;
}

LedgerResult SqlLedger::updateSale(Sale &stored, const Sale &old, const QDateTime &at, const QString &doing)
{
    if (!(old.amount == stored.amount)) {
        return LedgerResult::failure(LedgerResult::Error::Conflict,
                                     tr("The gateway reports %1 for sale %2, but the ledger holds %3 for it; "
                                        "nothing was changed.")
                                         .arg(moneyText(stored.amount), stored.transactionId, moneyText(old.amount)));
    }
    // A status query may not repeat everything the first lookup told: keep what it leaves out.
    stored.ledgerId = old.ledgerId;
    if (stored.reference.isEmpty())
        stored.reference = old.reference;
    if (stored.method.isEmpty())
        stored.method = old.method;
    if (stored.gatewayStatus.isEmpty())
        stored.gatewayStatus = old.gatewayStatus;
    if (!stored.paidAt.isValid())
        stored.paidAt = old.paidAt;
    if (stored.storeId.isEmpty())
        stored.storeId = old.storeId;
    if (stored.registerId.isEmpty())
        stored.registerId = old.registerId;
    if (!stored.lookedUpAt.isValid())
        stored.lookedUpAt = old.lookedUpAt;
    Query query;
    return run(query,
               QStringLiteral("UPDATE sales SET reference = ?, method = ?, gateway_status = ?, gateway_says_refundable "
                              "= ?, paid_at = ?, store_id = ?, register_id = ?, looked_up_at = ?, updated_at = ? "
                              "WHERE id = ?"),
               {stored.reference, stored.method, stored.gatewayStatus, stored.gatewaySaysRefundable ? 1 : 0,
                textOrNull(toLedgerTime(stored.paidAt)), stored.storeId, stored.registerId,
                textOrNull(toLedgerTime(stored.lookedUpAt)), toLedgerTime(at), stored.ledgerId},
               doing);
}

LedgerValue<Sale> SqlLedger::findSale(const SaleRef &ref)
{
    const bool byReference = ref.kind == SaleIdKind::Reference;
    // Worded only when it is needed: a lookup is too quick to spend on a message nobody reads.
    const auto notFound = [&] {
        return LedgerResult::failure(LedgerResult::Error::NotFound,
                                     (byReference ? tr("The ledger has no %1 sale with reference %2.")
                                                  : tr("The ledger has no %1 sale with transaction id %2."))
                                         .arg(gatewayDisplayName(ref.gateway), ref.id));
    };
    // An empty id would match every sale stored without a reference.
    if (ref.id.isEmpty())
        return notFound();
    LedgerValue<std::optional<Sale>> found = lookupSale(ref);
    if (!found.ok())
        return found.result();
    std::optional<Sale> sale = found.takeValue();
    if (!sale)
        return notFound();
    return std::move(*sale);
}

LedgerValue<Sale> SqlLedger::saleById(qint64 saleLedgerId)
{
    const auto sales = selectSales(salesSql(QStringLiteral("id = ?")), {saleLedgerId});
    if (!sales.ok())
        return sales.result();
    if (sales.value().isEmpty()) {
        return LedgerResult::failure(LedgerResult::Error::NotFound,
                                     tr("The ledger has no sale number %1.").arg(saleLedgerId));
    }
    return sales.value().constFirst();
}

// ---- Refunds

QString SqlLedger::readingRefunds()
{
    return tr("reading refunds");
}

SqlLedger::Lookup SqlLedger::refundLookup(const QUuid &refundId)
{
    static const QString byId = refundsSql(QStringLiteral("WHERE id = ?"));
    return {byId, {uuidText(refundId)}};
}

LedgerValue<Refund> SqlLedger::refundFromRow(const LedgerRow &row) const
{
    const QString idText = row.text(0);
    const QUuid id = QUuid::fromString(idText);
    const auto gateway = gatewayFromKey(row.text(2));
    const auto currency = Currency::fromCode(row.text(5));
    const auto status = refundStatusFromKey(row.text(7));
    if (id.isNull() || !gateway || !currency || !status)
        return damaged(m_location, tr("refund %1").arg(idText));
    Refund refund;
    refund.refundId = id;
    refund.saleLedgerId = row.integer(1);
    refund.gateway = *gateway;
    refund.transactionId = row.text(3);
    refund.amount = Money(row.integer(4), *currency);
    refund.fullRefund = row.integer(6) != 0;
    refund.status = *status;
    refund.gatewayRefundId = row.text(8);
    refund.message = row.text(9);
    refund.reason = row.text(10);
    refund.storeId = row.text(11);
    refund.registerId = row.text(12);
    refund.employee = row.text(13);
    refund.approvedBy = row.text(14);
    refund.createdAt = fromLedgerTime(row.text(15));
    refund.updatedAt = fromLedgerTime(row.text(16));
    if (!row.isNull(17))
        refund.gatewayRefundedBefore = Money(row.integer(17), *currency);
    return refund;
}

LedgerValue<QList<Refund>> SqlLedger::selectRefunds(const QString &sql, const QVariantList &values)
{
    return allRowsOf(sql, values, &SqlLedger::refundFromRow, readingRefunds());
}

LedgerValue<std::optional<Refund>> SqlLedger::lookupRefund(const QUuid &refundId)
{
    return firstRowOf(refundLookup(refundId), &SqlLedger::refundFromRow, readingRefunds());
}

LedgerValue<Refund> SqlLedger::selectRefund(const QUuid &refundId)
{
    LedgerValue<std::optional<Refund>> found = lookupRefund(refundId);
    if (!found.ok())
        return found.result();
    std::optional<Refund> refund = found.takeValue();
    if (!refund) {
        return LedgerResult::failure(LedgerResult::Error::NotFound,
                                     tr("The ledger has no refund %1.").arg(uuidText(refundId)));
    }
    return std::move(*refund);
}

LedgerValue<SqlLedger::SaleRefundTotals> SqlLedger::refundTotals(qint64 saleLedgerId, const Currency &currency)
{
    Query query;
    const QString doing = tr("adding up the refunds of sale %1").arg(saleLedgerId);
    const LedgerResult done =
        run(query, QStringLiteral("SELECT status, amount_minor, currency, id FROM refunds WHERE sale_id = ?"),
            {saleLedgerId}, doing);
    if (!done.ok())
        return done;
    SaleRefundTotals totals {Money::zero(currency), 0};
    while (query->next()) {
        const auto status = refundStatusFromKey(query->value(0).toString());
        if (!status || query->value(2).toString() != currency.code())
            return damaged(m_location, tr("refund %1").arg(query->value(3).toString()));
        // The rules of which statuses hold money back or use a gateway's refund live in the
        // domain, not in SQL.
        if (usesGatewayRefundSlot(*status))
            ++totals.gatewaySlotsUsed;
        if (!reservesAmount(*status))
            continue;
        const MoneyResult sum = totals.reserved.plus(Money(query->value(1).toLongLong(), currency));
        if (!sum.ok())
            return damaged(m_location, tr("refunds of sale %1 (%2)").arg(saleLedgerId).arg(sum.message()));
        totals.reserved = sum.value();
    }
    if (query->lastError().isValid())
        return failure(query->lastError(), doing);
    return totals;
}

LedgerResult SqlLedger::insertEvent(const QUuid &refundId, RefundStatus from, RefundStatus to,
                                    const LedgerChange &change, const QDateTime &at)
{
    Query query;
    return run(query,
               QStringLiteral("INSERT INTO refund_events (refund_id, occurred_at, source, from_status, to_status, "
                              "detail) VALUES (?, ?, ?, ?, ?, ?)"),
               {uuidText(refundId), toLedgerTime(at), change.source, refundStatusKey(from), refundStatusKey(to),
                change.detail},
               tr("recording an event of refund %1").arg(uuidText(refundId)));
}

LedgerResult SqlLedger::journalRefundIntent(Refund &refund, const LedgerChange &change, int refundsPerSale)
{
    if (!refund.amount.isPositive())
        return LedgerResult::failure(LedgerResult::Error::Invalid, tr("A refund must be more than zero."));
    if (change.audit && auditKey().isEmpty())
        return noAuditKey();
    const QString doing = tr("journaling a refund of sale %1").arg(refund.saleLedgerId);
    Refund stored;
    const LedgerResult done = inWriteTransaction<LedgerResult>(doing, [&]() -> LedgerResult {
        // Everything below is read under the sale's write lock: no other intent can slip in
        // between the remainder check and the insert.
        if (const LedgerResult locked = lock(Lock::Sale, refund.saleLedgerId, doing); !locked.ok())
            return locked;
        const LedgerValue<Sale> sale = saleById(refund.saleLedgerId);
        if (!sale.ok())
            return sale.result();
        const Money &paid = sale.value().amount;
        if (!(refund.amount.currency() == paid.currency())) {
            return LedgerResult::failure(LedgerResult::Error::Invalid,
                                         tr("The refund is in %1, but the sale was paid in %2.")
                                             .arg(refund.amount.currency().code(), paid.currency().code()));
        }
        const LedgerValue<SaleRefundTotals> totals = refundTotals(refund.saleLedgerId, paid.currency());
        if (!totals.ok())
            return totals.result();
        const Money &reserved = totals.value().reserved;
        const MoneyResult remainder = paid.minus(reserved);
        if (!remainder.ok())
            return damaged(m_location, tr("refunds of sale %1 (%2)").arg(refund.saleLedgerId).arg(remainder.message()));
        if (refund.amount.compare(remainder.value()) > 0) {
            return LedgerResult::failure(
                LedgerResult::Error::RemainderExceeded,
                tr("%1 is more than the %2 left to refund on this sale (paid %3; refunded "
                   "or in progress %4).")
                    .arg(moneyText(refund.amount), moneyText(remainder.value()), moneyText(paid), moneyText(reserved)));
        }
        if (refundsPerSale > 0 && totals.value().gatewaySlotsUsed >= refundsPerSale) {
            return LedgerResult::failure(
                LedgerResult::Error::RefundLimitReached,
                tr("This sale already has %n refund(s), as many as its gateway allows per payment.", nullptr,
                   totals.value().gatewaySlotsUsed));
        }

        stored = refund;
        if (stored.refundId.isNull()) {
            stored.refundId = QUuid::createUuid();
        } else {
            const LedgerValue<Refund> existing = selectRefund(stored.refundId);
            if (existing.ok()) {
                return LedgerResult::failure(
                    LedgerResult::Error::Conflict,
                    tr("A refund with id %1 is already in the ledger.").arg(uuidText(stored.refundId)));
            }
            if (existing.error() != LedgerResult::Error::NotFound)
                return existing.result();
        }
        stored.gateway = sale.value().gateway;
        stored.transactionId = sale.value().transactionId;
        stored.status = RefundStatus::Submitting;
        stored.gatewayRefundId.clear();
        stored.message.clear();
        stored.createdAt = now();
        stored.updatedAt = stored.createdAt;

        Query query;
        const LedgerResult inserted =
            run(query,
                QStringLiteral("INSERT INTO refunds (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(kRefundColumns),
                {uuidText(stored.refundId), stored.saleLedgerId, gatewayKey(stored.gateway), stored.transactionId,
                 stored.amount.minorUnits(), stored.amount.currency().code(), stored.fullRefund ? 1 : 0,
                 refundStatusKey(stored.status), stored.gatewayRefundId, stored.message, stored.reason, stored.storeId,
                 stored.registerId, stored.employee, stored.approvedBy, toLedgerTime(stored.createdAt),
                 toLedgerTime(stored.updatedAt), minorOrNull(stored.gatewayRefundedBefore, stored.amount.currency())},
                doing);
        if (!inserted.ok())
            return inserted;
        const LedgerResult event =
            insertEvent(stored.refundId, RefundStatus::Draft, RefundStatus::Submitting, change, stored.createdAt);
        if (!event.ok())
            return event;
        if (change.audit) {
            const auto audited = appendAuditRow(*change.audit);
            if (!audited.ok())
                return audited.result();
        }
        return announceRefundChange(stored.refundId, doing);
    });
    if (done.ok())
        refund = stored;
    return done;
}

LedgerValue<Refund> SqlLedger::transitionRefund(const QUuid &refundId, RefundStatus to, const RefundUpdate &update,
                                                const LedgerChange &change, TransitionBy by)
{
    if (change.audit && auditKey().isEmpty())
        return noAuditKey();
    const QString doing = tr("updating refund %1").arg(uuidText(refundId));
    return inWriteTransaction<LedgerValue<Refund>>(doing, [&]() -> LedgerValue<Refund> {
        if (const LedgerResult locked = lock(Lock::Refund, uuidText(refundId), doing); !locked.ok())
            return locked;
        const LedgerValue<Refund> current = selectRefund(refundId);
        if (!current.ok())
            return current.result();
        const Refund &old = current.value();
        const RefundStatus from = old.status;

        if (to != from) {
            const bool allowed = canMoveByEvent(from, to) || (by == TransitionBy::Person && canMoveByPerson(from, to));
            if (!allowed) {
                const QString message = from == RefundStatus::NeedsReview && by == TransitionBy::Event && isFinal(to)
                    ? tr("Refund %1 is under review: only a person can close it.").arg(uuidText(refundId))
                    : tr("Refund %1 is %2 and cannot move to %3.")
                          .arg(uuidText(refundId), refundStatusDisplayName(from), refundStatusDisplayName(to));
                return LedgerResult::failure(LedgerResult::Error::StatusRegression, message);
            }
            if (from == RefundStatus::NeedsReview && change.detail.trimmed().isEmpty()) {
                return LedgerResult::failure(LedgerResult::Error::Invalid,
                                             tr("Closing a refund under review needs a note saying why."));
            }
        }

        Refund next = old;
        if (update.gatewayRefundId && *update.gatewayRefundId != old.gatewayRefundId) {
            if (!old.gatewayRefundId.isEmpty()) {
                return LedgerResult::failure(
                    LedgerResult::Error::Conflict,
                    tr("Refund %1 already has the gateway refund id %2; the gateway now "
                       "names it %3. Nothing was changed.")
                        .arg(uuidText(refundId), old.gatewayRefundId, *update.gatewayRefundId));
            }
            next.gatewayRefundId = *update.gatewayRefundId;
        }
        if (update.message)
            next.message = *update.message;
        next.status = to;

        const bool changed = to != from || next.gatewayRefundId != old.gatewayRefundId || next.message != old.message;
        if (changed) {
            next.updatedAt = now();
            Query query;
            const LedgerResult updated =
                run(query,
                    QStringLiteral("UPDATE refunds SET status = ?, gateway_refund_id = ?, message = ?, updated_at = ? "
                                   "WHERE id = ?"),
                    {refundStatusKey(next.status), next.gatewayRefundId, next.message, toLedgerTime(next.updatedAt),
                     uuidText(refundId)},
                    doing);
            if (!updated.ok())
                return updated;
            const LedgerResult event = insertEvent(refundId, from, to, change, next.updatedAt);
            if (!event.ok())
                return event;
            const LedgerResult announced = announceRefundChange(refundId, doing);
            if (!announced.ok())
                return announced;
        }
        if (change.audit) {
            const auto audited = appendAuditRow(*change.audit);
            if (!audited.ok())
                return audited.result();
        }
        return next;
    });
}

LedgerValue<Refund> SqlLedger::refund(const QUuid &refundId)
{
    return selectRefund(refundId);
}

LedgerValue<Refund> SqlLedger::findRefundByGatewayRefundId(GatewayId gateway, const QString &gatewayRefundId)
{
    const QString notFound = tr("The ledger has no %1 refund with the gateway refund id %2.")
                                 .arg(gatewayDisplayName(gateway), gatewayRefundId);
    // Refunds the gateway has not named yet have an empty id; never match those.
    if (gatewayRefundId.isEmpty())
        return LedgerResult::failure(LedgerResult::Error::NotFound, notFound);
    const auto refunds = selectRefunds(refundsSql(QStringLiteral("WHERE gateway = ? AND gateway_refund_id = ?")),
                                       {gatewayKey(gateway), gatewayRefundId});
    if (!refunds.ok())
        return refunds.result();
    if (refunds.value().isEmpty())
        return LedgerResult::failure(LedgerResult::Error::NotFound, notFound);
    return refunds.value().constFirst();
}

LedgerValue<QList<Refund>> SqlLedger::refundsForSale(qint64 saleLedgerId)
{
    return selectRefunds(refundsSql(QStringLiteral("WHERE sale_id = ? ORDER BY created_at, id")), {saleLedgerId});
}

LedgerValue<QList<Refund>> SqlLedger::listRefunds(const RefundFilter &filter)
{
    FilterSql sql = filterSql(filter, true);
    QString clause = sql.where;
    clause += filter.newestFirst ? QStringLiteral(" ORDER BY created_at DESC, id DESC")
                                 : QStringLiteral(" ORDER BY created_at, id");
    if (filter.limit > 0 || filter.offset > 0) {
        // SQLite needs a LIMIT before an OFFSET; "no limit" is the largest one.
        clause += QStringLiteral(" LIMIT ? OFFSET ?");
        sql.values << (filter.limit > 0 ? qint64(filter.limit) : std::numeric_limits<qint64>::max())
                   << qint64(filter.offset);
    }
    return selectRefunds(refundsSql(clause), sql.values);
}

LedgerValue<qint64> SqlLedger::countRefunds(const RefundFilter &filter)
{
    const FilterSql sql = filterSql(filter);
    Query query;
    const LedgerResult done = run(query, QStringLiteral("SELECT COUNT(*) FROM refunds %1").arg(sql.where), sql.values,
                                  tr("counting refunds"));
    if (!done.ok())
        return done;
    if (!query->next())
        return failure(query->lastError(), tr("counting refunds"));
    return query->value(0).toLongLong();
}

LedgerValue<Money> SqlLedger::reservedAmount(qint64 saleLedgerId)
{
    const LedgerValue<Sale> sale = saleById(saleLedgerId);
    if (!sale.ok())
        return sale.result();
    const LedgerValue<SaleRefundTotals> totals = refundTotals(saleLedgerId, sale.value().amount.currency());
    if (!totals.ok())
        return totals.result();
    return totals.value().reserved;
}

LedgerValue<Money> SqlLedger::refundedByEmployeeSince(const QString &employee, const QDateTime &since,
                                                      const Currency &currency)
{
    Query query;
    const QString doing = tr("adding up what %1 refunded today").arg(employee);
    // One row per status, summed by the database from the index alone (schema 6): reading
    // each refund of the day made every refund of a busy day slower than the last. The sum
    // comes back as text, so that neither driver turns it into a floating-point number
    // (PostgreSQL's SUM of bigint is numeric); SQLite fails on an integer overflow.
    const LedgerResult done =
        run(query,
            QStringLiteral("SELECT status, CAST(SUM(amount_minor) AS TEXT) FROM refunds "
                           "WHERE employee = ? AND created_at >= ? AND currency = ? GROUP BY status"),
            {employee, toLedgerTime(since), currency.code()}, doing);
    if (!done.ok())
        return done;
    Money total = Money::zero(currency);
    while (query->next()) {
        const QString statusKey = query->value(0).toString();
        const auto status = refundStatusFromKey(statusKey);
        if (!status)
            return damaged(m_location, tr("refunds of %1 in status \"%2\"").arg(employee, statusKey));
        // As refundTotals(): which statuses hold money is the domain's rule, not SQL's.
        if (!reservesAmount(*status) || *status == RefundStatus::Draft)
            continue;
        const QString summed = query->value(1).toString();
        bool exact = false;
        const qint64 minorUnits = summed.toLongLong(&exact);
        if (!exact)
            return damaged(m_location, tr("refunds of %1 (a sum of %2 minor units)").arg(employee, summed));
        const MoneyResult sum = total.plus(Money(minorUnits, currency));
        if (!sum.ok())
            return damaged(m_location, tr("refunds of %1 (%2)").arg(employee, sum.message()));
        total = sum.value();
    }
    if (query->lastError().isValid())
        return failure(query->lastError(), doing);
    return total;
}

LedgerValue<QList<RefundEvent>> SqlLedger::eventsForRefund(const QUuid &refundId)
{
    Query query;
    const QString doing = tr("reading the events of refund %1").arg(uuidText(refundId));
    const LedgerResult done =
        run(query,
            QStringLiteral("SELECT id, occurred_at, source, from_status, to_status, detail FROM refund_events "
                           "WHERE refund_id = ? ORDER BY id"),
            {uuidText(refundId)}, doing);
    if (!done.ok())
        return done;
    QList<RefundEvent> events;
    while (query->next()) {
        const auto from = refundStatusFromKey(query->value(3).toString());
        const auto to = refundStatusFromKey(query->value(4).toString());
        if (!from || !to)
            return damaged(m_location,
                           tr("event %1 of refund %2").arg(query->value(0).toLongLong()).arg(uuidText(refundId)));
        RefundEvent event;
        event.id = query->value(0).toLongLong();
        event.refundId = refundId;
        event.at = fromLedgerTime(query->value(1).toString());
        event.source = query->value(2).toString();
        event.fromStatus = *from;
        event.toStatus = *to;
        event.detail = query->value(5).toString();
        events.append(event);
    }
    if (query->lastError().isValid())
        return failure(query->lastError(), doing);
    return events;
}

// ---- Audit

namespace {

AuditEntry readAuditRow(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = fromLedgerTime(query.value(1).toString());
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.detail = query.value(5).toString();
    entry.storeId = query.value(6).toString();
    entry.registerId = query.value(7).toString();
    entry.prevHash = query.value(8).toString();
    entry.hash = query.value(9).toString();
    return entry;
}

} // namespace

LedgerValue<AuditEntry> SqlLedger::appendAuditRow(const AuditEntry &entry)
{
    if (auditKey().isEmpty())
        return noAuditKey();
    const QString doing = tr("appending to the audit trail");
    // Held to the end of the transaction, so no other row can take the same place and fork
    // the chain.
    if (const LedgerResult locked = lock(Lock::AuditChain, QVariant(), doing); !locked.ok())
        return locked;
    AuditEntry row = entry;
    {
        Query last;
        const LedgerResult done =
            run(last, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {}, doing);
        if (!done.ok())
            return done;
        if (last->next()) {
            row.seq = last->value(0).toLongLong() + 1;
            row.prevHash = last->value(1).toString();
        } else {
            row.seq = 1;
            row.prevHash = AuditChain::genesisHash();
        }
    }
    row.at = now();
    row.hash = AuditChain::rowHash(auditKey(), row);
    Query query;
    const LedgerResult inserted = run(
        query, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns),
        {row.seq, toLedgerTime(row.at), row.actor, row.action, row.subject, row.detail, row.storeId, row.registerId,
         row.prevHash, row.hash},
        doing);
    if (!inserted.ok())
        return inserted;
    return row;
}

LedgerValue<AuditEntry> SqlLedger::appendAudit(const AuditEntry &entry, Durability durability)
{
    if (auditKey().isEmpty())
        return noAuditKey();
    const QString doing = tr("appending to the audit trail");
    // Inside writeTogether() the one commit at the end is synced anyway.
    const bool withoutSync = durability == Durability::WithNextSync && !m_writingTogether;
    if (withoutSync) {
        if (const LedgerResult relaxed = control(m_dialect.commitWithoutSync, doing); !relaxed.ok())
            return relaxed;
    }
    LedgerValue<AuditEntry> appended =
        inWriteTransaction<LedgerValue<AuditEntry>>(doing, [&] { return appendAuditRow(entry); });
    if (withoutSync) {
        // Whatever happened to the row: every later commit waits for the disk again.
        if (const LedgerResult restored = control(m_dialect.commitWithSync, doing); !restored.ok())
            return restored;
    }
    return appended;
}

LedgerValue<AuditCheck> SqlLedger::verifyAuditChain()
{
    if (auditKey().isEmpty())
        return noAuditKey();
    Query query;
    const QString doing = tr("checking the audit trail");
    const LedgerResult done =
        run(query, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kAuditColumns), {}, doing);
    if (!done.ok())
        return done;
    AuditChain chain(auditKey());
    while (query->next()) {
        if (!chain.check(readAuditRow(*query)))
            break;
    }
    if (query->lastError().isValid())
        return failure(query->lastError(), doing);
    return chain.result();
}

LedgerValue<QList<AuditEntry>> SqlLedger::auditEntries(qint64 offset, int limit)
{
    Query query;
    const QString doing = tr("reading the audit trail");
    const LedgerResult done =
        run(query, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq LIMIT ? OFFSET ?").arg(kAuditColumns),
            {qint64(limit), offset}, doing);
    if (!done.ok())
        return done;
    QList<AuditEntry> entries;
    while (query->next())
        entries.append(readAuditRow(*query));
    if (query->lastError().isValid())
        return failure(query->lastError(), doing);
    return entries;
}

LedgerValue<qint64> SqlLedger::auditCount()
{
    Query query;
    const QString doing = tr("reading the audit trail");
    const LedgerResult done = run(query, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}, doing);
    if (!done.ok())
        return done;
    if (!query->next())
        return failure(query->lastError(), doing);
    return query->value(0).toLongLong();
}

} // namespace RefundDesk
