#pragma once

#include <QLatin1String>
#include <QString>

namespace RefundDesk {

// Closes and removes a named Qt Sql connection on scope exit unless it was kept, so every
// early return while opening a ledger leaves no connection behind. Declare it before the
// QSqlDatabase handle, so the handle is gone when the connection is removed.
class SqlConnectionGuard
{
public:
    explicit SqlConnectionGuard(QString name);
    ~SqlConnectionGuard();
    SqlConnectionGuard(const SqlConnectionGuard &) = delete;
    SqlConnectionGuard &operator=(const SqlConnectionGuard &) = delete;

    // The connection outlives the guard; its new owner removes it.
    void keep() { m_keep = true; }

    // A connection name no other ledger, watcher or check in this process uses, so
    // connections on several threads are never shared.
    static QString uniqueName(QLatin1String purpose);

private:
    QString m_name;
    bool m_keep = false;
};

} // namespace RefundDesk
