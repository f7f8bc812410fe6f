#include "SqliteStatement.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sqlite3.h>

namespace RefundDesk {

SqliteStatement::SqliteStatement(sqlite3 *connection)
    : m_connection(connection)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::prepare(const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    // Persistent: kept for the life of the ledger, so SQLite does not take it from its
    // lookaside memory meant for short-lived statements.
    return sqlite3_prepare_v3(m_connection, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                              &m_statement, nullptr);
}

int SqliteStatement::bindTexts(const QStringList &values)
{
    int position = 0;
    for (const QString &value : values) {
        const QByteArray utf8 = value.toUtf8();
        // SQLITE_TRANSIENT: SQLite copies the bytes, which go out of scope before the step.
        const int bound = sqlite3_bind_text(m_statement, ++position, utf8.constData(), static_cast<int>(utf8.size()),
                                            SQLITE_TRANSIENT);
        if (bound != SQLITE_OK)
            return bound;
    }
    return SQLITE_OK;
}

int SqliteStatement::step()
{
    return sqlite3_step(m_statement);
}

void SqliteStatement::reset()
{
    // Its result repeats the last step's failure, which the caller has already taken.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QSqlError SqliteStatement::error(const char *description, QSqlError::ErrorType type, int code) const
{
    return QSqlError(QCoreApplication::translate("QSQLiteResult", description),
                     QString::fromUtf8(sqlite3_errmsg(m_connection)), type, QString::number(code));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    // The pointer first, then the length: the order SQLite documents for one conversion.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace RefundDesk
