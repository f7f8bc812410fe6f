#include "SqlConnectionGuard.h"

#include <QSqlDatabase>

#include <atomic>

namespace RefundDesk {

SqlConnectionGuard::SqlConnectionGuard(QString name)
    : m_name(std::move(name))
{ }

SqlConnectionGuard::~SqlConnectionGuard()
{
    if (m_keep)
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlConnectionGuard::uniqueName(QLatin1String purpose)
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("refunddesk-ledger-%1-%2").arg(purpose).arg(++counter);
}

} // namespace RefundDesk
