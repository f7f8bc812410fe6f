#include "SqlTransaction.h"

#include <QSqlQuery>

namespace RefundDesk {

SqlTransaction::SqlTransaction(const QSqlDatabase &db, QString beginStatement)
    : m_db(db)
    , m_begin(std::move(beginStatement))
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        run(QStringLiteral("ROLLBACK"));
}

QSqlError SqlTransaction::begin()
{
    Q_ASSERT(!m_open);
    QSqlError error = run(m_begin);
    m_open = !error.isValid();
    return error;
}

QSqlError SqlTransaction::commit()
{
    Q_ASSERT(m_open);
    QSqlError error = run(QStringLiteral("COMMIT"));
    // A failed COMMIT leaves the transaction open; the destructor rolls it back.
    if (!error.isValid())
        m_open = false;
    return error;
}

QSqlError SqlTransaction::run(const QString &statement)
{
    // Executed directly: PostgreSQL cannot prepare BEGIN, COMMIT or ROLLBACK.
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return query.lastError();
    return QSqlError();
}

} // namespace RefundDesk
