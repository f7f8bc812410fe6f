#include "PostgresResult.h"

#include <QCoreApplication>

#include <charconv>
#include <libpq-fe.h>

namespace RefundDesk {

PostgresResult::PostgresResult(PGconn *connection, PGresult *result)
    : m_connection(connection)
    , m_result(result)
{ }

PostgresResult::~PostgresResult()
{
    PQclear(m_result);
}

bool PostgresResult::ok() const
{
    const ExecStatusType status = PQresultStatus(m_result);
    return m_result && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
}

bool PostgresResult::hasRow() const
{
    return ok() && PQntuples(m_result) > 0;
}

QSqlError PostgresResult::error(const char *description) const
{
    // As QPSQL's qMakeError(): the connection's message, and the SQLSTATE when there is a result.
    QString message = QString::fromUtf8(PQerrorMessage(m_connection));
    QString code;
    if (m_result) {
        // Without the statement's text at hand, libpq follows the first line with where in the
        // statement it failed (" at character 171"). Qt's EXECUTE carries no such position (it
        // points into the prepared text, not into the EXECUTE), so this message leaves it out.
        if (PQresultErrorField(m_result, PG_DIAG_STATEMENT_POSITION)) {
            const QString primary = QString::fromUtf8(PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY));
            const qsizetype primaryAt = primary.isEmpty() ? -1 : message.indexOf(primary);
            const qsizetype lineEnd = primaryAt < 0 ? -1 : message.indexOf(u'\n', primaryAt + primary.size());
            if (lineEnd >= 0)
                message.remove(primaryAt + primary.size(), lineEnd - primaryAt - primary.size());
        }
        code = QString::fromLatin1(PQresultErrorField(m_result, PG_DIAG_SQLSTATE));
        message += QStringLiteral("(%1)").arg(code);
    }
    return QSqlError(QLatin1String("QPSQL: ") + QCoreApplication::translate("QPSQLResult", description), message,
                     QSqlError::StatementError, code);
}

qint64 PostgresResult::integer(int column) const
{
    const char *value = PQgetvalue(m_result, 0, column);
    qint64 number = 0;
    std::from_chars(value, value + PQgetlength(m_result, 0, column), number);
    return number;
}

QString PostgresResult::text(int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, 0, column), PQgetlength(m_result, 0, column));
}

bool PostgresResult::isNull(int column) const
{
    return PQgetisnull(m_result, 0, column) != 0;
}

} // namespace RefundDesk
