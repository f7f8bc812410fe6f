#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace RefundDesk {

// A transaction on a Qt Sql connection that rolls back unless committed, so every early
// return on an error leaves the database as it was. The begin statement is the dialect's
// (Migrations::Dialect::beginWrite): SQLite's "BEGIN IMMEDIATE" takes the write lock up
// front, so two writers queue on the busy timeout instead of both reading the same
// remainder and one failing (or worse) when it upgrades its lock.
class SqlTransaction
{
public:
    SqlTransaction(const QSqlDatabase &db, QString beginStatement);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // An invalid QSqlError (type NoError) on success.
    QSqlError begin();
    QSqlError commit();

private:
    QSqlError run(const QString &statement);

    QSqlDatabase m_db;
    QString m_begin;
    bool m_open = false;
};

} // namespace RefundDesk
