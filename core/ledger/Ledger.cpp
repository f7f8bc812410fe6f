#include "Ledger.h"

#include "Migrations.h"

namespace RefundDesk {

Ledger::~Ledger() = default;

int Ledger::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

void Ledger::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Ledger::setAuditKey(const QByteArray &key)
{
    m_auditKey = key;
}

LedgerValue<QList<Refund>> Ledger::refundsInStatus(const QList<RefundStatus> &statuses)
{
    if (statuses.isEmpty())
        return QList<Refund>();
    RefundFilter filter;
    filter.statuses = statuses;
    filter.newestFirst = false;
    return listRefunds(filter);
}

QDateTime Ledger::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

} // namespace RefundDesk
