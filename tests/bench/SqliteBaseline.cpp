#include "SqliteBaseline.h"

#include "RawLedgerQueries.h"
#include "domain/GatewayId.h"

#include <sqlite3.h>
#include <string>

namespace RefundDesk::Bench {

namespace {

// What a caller of the raw API would keep of a row: every column, copied out.
struct RawRow
{
    QList<std::string> text;
    QList<qint64> numbers;
};

void readRow(sqlite3_stmt *statement, RawRow &row)
{
    row.text.clear();
    row.numbers.clear();
    const int columns = sqlite3_column_count(statement);
    for (int i = 0; i < columns; ++i) {
        if (sqlite3_column_type(statement, i) == SQLITE_INTEGER) {
            row.numbers.append(sqlite3_column_int64(statement, i));
        } else {
            const auto *text = sqlite3_column_text(statement, i);
            row.text.append(text ? std::string(reinterpret_cast<const char *>(text),
                                               static_cast<std::size_t>(sqlite3_column_bytes(statement, i)))
                                 : std::string());
        }
    }
}

bool bindText(sqlite3_stmt *statement, int index, const QByteArray &value)
{
    // SQLITE_STATIC (null destructor): value outlives the step that reads it.
    return sqlite3_bind_text(statement, index, value.constData(), static_cast<int>(value.size()), nullptr) == SQLITE_OK;
}

} // namespace

SqliteBaseline::~SqliteBaseline()
{
    for (const auto &[sql, prepared] : m_statements)
        sqlite3_finalize(prepared);
    if (m_db)
        sqlite3_close(m_db);
}

bool SqliteBaseline::fail(const QByteArray &what)
{
    m_error = QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                           QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database"));
    return false;
}

bool SqliteBaseline::open(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail("opening " + path.toUtf8());
    // As the ledger's connection does: waits for other writers, checks foreign keys.
    return exec("PRAGMA busy_timeout = 5000") && exec("PRAGMA foreign_keys = ON");
}

bool SqliteBaseline::exec(const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(message));
        sqlite3_free(message);
        return false;
    }
    return true;
}

sqlite3_stmt *SqliteBaseline::statement(const QByteArray &sql)
{
    for (const auto &[text, prepared] : m_statements) {
        if (text == sql) {
            sqlite3_reset(prepared);
            sqlite3_clear_bindings(prepared);
            return prepared;
        }
    }
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        fail("preparing " + sql);
        return nullptr;
    }
    m_statements.append({sql, prepared});
    return prepared;
}

bool SqliteBaseline::insertRows(
    const QByteArray &table, const QByteArray &columns, int columnCount,
    const std::function<bool(const std::function<bool(const LedgerDataGenerator::Row &)> &)> &rows)
{
    QByteArrayList marks;
    for (int i = 0; i < columnCount; ++i)
        marks << QByteArrayLiteral("?");
    sqlite3_stmt *insert = statement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks.join(", ") + ')');
    if (!insert)
        return false;
    return rows([&](const LedgerDataGenerator::Row &row) {
        sqlite3_reset(insert);
        for (int i = 0; i < columnCount; ++i) {
            const auto &value = row.at(i);
            const bool bound = value ? bindText(insert, i + 1, *value) : sqlite3_bind_null(insert, i + 1) == SQLITE_OK;
            if (!bound)
                return fail("binding a row of " + table);
        }
        if (sqlite3_step(insert) != SQLITE_DONE)
            return fail("inserting into " + table);
        return true;
    });
}

bool SqliteBaseline::load(const LedgerDataGenerator &data)
{
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    const bool loaded = insertRows("sales", LedgerDataGenerator::saleColumns(), 15,
                                   [&](const auto &insert) {
                                       for (qint64 i = 0; i < data.saleCount(); ++i) {
                                           if (!insert(data.sale(i)))
                                               return false;
                                       }
                                       return true;
                                   })
        && insertRows("refunds", LedgerDataGenerator::refundColumns(), 18,
                      [&](const auto &insert) {
                          for (qint64 i = 0; i < data.refundCount(); ++i) {
                              if (!insert(data.refund(i)))
                                  return false;
                          }
                          return true;
                      })
        && insertRows("refund_events", LedgerDataGenerator::eventColumns(), 6, [&](const auto &insert) {
                            for (qint64 i = 0; i < data.refundCount(); ++i) {
                                for (const auto &row : data.events(i)) {
                                    if (!insert(row))
                                        return false;
                                }
                            }
                            return true;
                        });
    if (!loaded) {
        exec("ROLLBACK");
        return false;
    }
    // No ANALYZE: the ledger never runs it, so its query planner works without statistics.
    return exec("COMMIT");
}

qint64 SqliteBaseline::count(const QByteArray &table)
{
    sqlite3_stmt *query = statement("SELECT COUNT(*) FROM " + table);
    if (!query || sqlite3_step(query) != SQLITE_ROW)
        return -1;
    const qint64 rows = sqlite3_column_int64(query, 0);
    sqlite3_reset(query);
    return rows;
}

int SqliteBaseline::findSale(const SaleRef &ref)
{
    sqlite3_stmt *query = statement(RawLedgerQueries::saleLookup(ref.kind));
    const QByteArray gateway = gatewayKey(ref.gateway).toUtf8();
    const QByteArray id = ref.id.toUtf8();
    if (!query || !bindText(query, 1, gateway) || !bindText(query, 2, id))
        return -1;
    int found = 0;
    RawRow row;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(query)) == SQLITE_ROW) {
        readRow(query, row);
        ++found;
    }
    sqlite3_reset(query);
    return step == SQLITE_DONE ? found : -1;
}

std::optional<RawLedger::Page> SqliteBaseline::firstPage(const QByteArray &from, const QList<QByteArray> &statuses,
                                                         int limit)
{
    const int statusCount = static_cast<int>(statuses.size());
    const auto bindFilter = [&](sqlite3_stmt *query) {
        if (!query || !bindText(query, 1, from))
            return false;
        for (int i = 0; i < statusCount; ++i) {
            if (!bindText(query, i + 2, statuses.at(i)))
                return false;
        }
        return true;
    };
    Page page;
    sqlite3_stmt *count = statement(RawLedgerQueries::refundCount(statusCount));
    if (!bindFilter(count) || sqlite3_step(count) != SQLITE_ROW)
        return std::nullopt;
    page.total = sqlite3_column_int64(count, 0);
    sqlite3_reset(count);

    sqlite3_stmt *list = statement(RawLedgerQueries::refundPage(statusCount));
    if (!bindFilter(list) || sqlite3_bind_int64(list, statusCount + 2, limit) != SQLITE_OK
        || sqlite3_bind_int64(list, statusCount + 3, 0) != SQLITE_OK)
        return std::nullopt;
    RawRow row;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(list)) == SQLITE_ROW) {
        readRow(list, row);
        ++page.rows;
    }
    sqlite3_reset(list);
    if (step != SQLITE_DONE)
        return std::nullopt;
    return page;
}

} // namespace RefundDesk::Bench
