#include "PostgresBaseline.h"

#include "RawLedgerQueries.h"
#include "domain/GatewayId.h"

#include <libpq-fe.h>
#include <memory>
#include <string>

namespace RefundDesk::Bench {

namespace {

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result wrap(PGresult *result)
{
    return Result(result, &PQclear);
}

// What a caller of the raw API would keep of a row: every column, copied out.
void readRows(const PGresult *result, QList<std::string> &row)
{
    const int columns = PQnfields(result);
    for (int r = 0; r < PQntuples(result); ++r) {
        row.clear();
        for (int c = 0; c < columns; ++c)
            row.append(std::string(PQgetvalue(result, r, c), static_cast<std::size_t>(PQgetlength(result, r, c))));
    }
}

// COPY's text format: tab-separated, \N for NULL. Generated values hold no tab, newline or backslash.
void appendCopyLine(QByteArray &buffer, const LedgerDataGenerator::Row &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            buffer += '\t';
        buffer += row.at(i) ? *row.at(i) : QByteArrayLiteral("\\N");
    }
    buffer += '\n';
}

} // namespace

PostgresBaseline::~PostgresBaseline()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PostgresBaseline::fail(const QByteArray &what)
{
    m_error = QStringLiteral("%1: %2")
                  .arg(QString::fromUtf8(what), QString::fromUtf8(m_conn ? PQerrorMessage(m_conn) : "no connection"))
                  .trimmed();
    return false;
}

bool PostgresBaseline::open(const QByteArray &conninfo)
{
    m_conn = PQconnectdb(conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        return fail("connecting");
    return true;
}

bool PostgresBaseline::exec(const QByteArray &sql)
{
    const Result result = wrap(PQexec(m_conn, sql.constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return fail(sql);
    return true;
}

std::optional<QByteArray> PostgresBaseline::prepared(const QByteArray &sql, int parameters)
{
    const qsizetype known = m_statements.indexOf(sql);
    if (known >= 0)
        return QByteArrayLiteral("s") + QByteArray::number(known);
    const QByteArray name = QByteArrayLiteral("s") + QByteArray::number(m_statements.size());
    const Result result =
        wrap(PQprepare(m_conn, name.constData(), RawLedgerQueries::numbered(sql).constData(), parameters, nullptr));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        fail("preparing " + sql);
        return std::nullopt;
    }
    m_statements.append(sql);
    return name;
}

bool PostgresBaseline::copy(
    const QByteArray &table, const QByteArray &columns,
    const std::function<bool(const std::function<void(const LedgerDataGenerator::Row &)> &)> &rows)
{
    const Result started = wrap(PQexec(m_conn, ("COPY " + table + " (" + columns + ") FROM STDIN").constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return fail("starting COPY into " + table);
    QByteArray buffer;
    bool sent = true;
    const auto flush = [&] {
        sent = sent && PQputCopyData(m_conn, buffer.constData(), static_cast<int>(buffer.size())) == 1;
        buffer.clear();
    };
    rows([&](const LedgerDataGenerator::Row &row) {
        appendCopyLine(buffer, row);
        if (buffer.size() > (1 << 20))
            flush();
    });
    flush();
    if (!sent || PQputCopyEnd(m_conn, nullptr) != 1)
        return fail("sending COPY data into " + table);
    const Result finished = wrap(PQgetResult(m_conn));
    if (PQresultStatus(finished.get()) != PGRES_COMMAND_OK)
        return fail("COPY into " + table);
    // PQgetResult returns null once the command is over.
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
    return true;
}

bool PostgresBaseline::load(const LedgerDataGenerator &data)
{
    if (!exec("BEGIN"))
        return false;
    const bool loaded = copy("sales", LedgerDataGenerator::saleColumns(),
                             [&](const auto &add) {
                                 for (qint64 i = 0; i < data.saleCount(); ++i)
                                     add(data.sale(i));
                                 return true;
                             })
        && copy("refunds", LedgerDataGenerator::refundColumns(),
                [&](const auto &add) {
                    for (qint64 i = 0; i < data.refundCount(); ++i)
                        add(data.refund(i));
                    return true;
                })
        && copy("refund_events", LedgerDataGenerator::eventColumns(),
                [&](const auto &add) {
                    for (qint64 i = 0; i < data.refundCount(); ++i) {
                        for (const auto &row : data.events(i))
                            add(row);
                    }
                    return true;
                })
        // The sales were given their ids: the identity goes on after the last one, as if the
        // ledger had numbered them.
        && exec("SELECT setval(pg_get_serial_sequence('sales', 'id'), (SELECT MAX(id) FROM sales))");
    if (!loaded) {
        exec("ROLLBACK");
        return false;
    }
    // Statistics, as autovacuum gathers them soon after a load this size.
    return exec("COMMIT") && exec("ANALYZE");
}

qint64 PostgresBaseline::count(const QByteArray &table)
{
    const Result result = wrap(PQexec(m_conn, ("SELECT COUNT(*) FROM " + table).constData()));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
        return -1;
    return QByteArray(PQgetvalue(result.get(), 0, 0)).toLongLong();
}

int PostgresBaseline::findSale(const SaleRef &ref)
{
    const auto name = prepared(RawLedgerQueries::saleLookup(ref.kind), 2);
    if (!name)
        return -1;
    const QByteArray gateway = gatewayKey(ref.gateway).toUtf8();
    const QByteArray id = ref.id.toUtf8();
    const char *values[] = {gateway.constData(), id.constData()};
    const Result result = wrap(PQexecPrepared(m_conn, name->constData(), 2, values, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return -1;
    QList<std::string> row;
    readRows(result.get(), row);
    return PQntuples(result.get());
}

std::optional<RawLedger::Page> PostgresBaseline::firstPage(const QByteArray &from, const QList<QByteArray> &statuses,
                                                           int limit)
{
    const int statusCount = static_cast<int>(statuses.size());
    QList<const char *> values {from.constData()};
    for (const QByteArray &status : statuses)
        values.append(status.constData());
    Page page;
    const auto count = prepared(RawLedgerQueries::refundCount(statusCount), statusCount + 1);
    if (!count)
        return std::nullopt;
    const Result counted =
        wrap(PQexecPrepared(m_conn, count->constData(), statusCount + 1, values.constData(), nullptr, nullptr, 0));
    if (PQresultStatus(counted.get()) != PGRES_TUPLES_OK || PQntuples(counted.get()) != 1)
        return std::nullopt;
    page.total = QByteArray(PQgetvalue(counted.get(), 0, 0)).toLongLong();

    const QByteArray limitText = QByteArray::number(limit);
    values << limitText.constData() << "0";
    const auto list = prepared(RawLedgerQueries::refundPage(statusCount), statusCount + 3);
    if (!list)
        return std::nullopt;
    const Result listed =
        wrap(PQexecPrepared(m_conn, list->constData(), statusCount + 3, values.constData(), nullptr, nullptr, 0));
    if (PQresultStatus(listed.get()) != PGRES_TUPLES_OK)
        return std::nullopt;
    QList<std::string> row;
    readRows(listed.get(), row);
    page.rows = PQntuples(listed.get());
    return page;
}

} // namespace RefundDesk::Bench
