#pragma once

#include "LedgerValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace RefundDesk {

// One versioned step of the ledger schema.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The ledger schema as a list of versioned steps, and applying them. The steps are plain
// SQL that SQLite and PostgreSQL both accept; the few pieces that differ come from a
// Dialect, so every Ledger implementation builds the same tables from the same list.
// The version a store has reached is the highest row of its schema_migrations table.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::Migrations)

public:
    struct Dialect
    {
        QString idColumn; // an auto-numbered 64-bit integer primary key column definition
        QString beginWrite; // begins a transaction that will write
        QString listTables; // one column: the names of the store's own tables
        // Run after beginWrite by each migration step, so two programs upgrading one store
        // take turns; empty where beginWrite already keeps other writers out.
        QString lockSchema;
        // Whether SAVEPOINT, RELEASE and settings may be prepared once and kept (SQLite);
        // PostgreSQL prepares only queries and data changes.
        bool preparesControlStatements = false;
        // Between transactions: the next commits do not wait for the disk (they become durable
        // with the next one that does), and back.
        QString commitWithoutSync;
        QString commitWithSync;

        static Dialect sqlite();
        static Dialect postgres();
    };

    // Every step in version order, with the dialect's pieces filled in.
    static QList<Migration> steps(const Dialect &dialect);
    static int latestVersion();

    // Reads the schema version without writing anything: 0 for an empty store; NotALedger
    // when the store cannot be read or holds another program's tables; NewerSchema when a
    // newer RefundDesk wrote it. location names the file or database in messages.
    static LedgerValue<int> readVersion(const QSqlDatabase &db, const Dialect &dialect, const QString &location);
    // Brings the store to latestVersion(), each step in its own transaction that first
    // reads the version again, so two programs opening one new store at once apply each
    // step once. Returns the version reached.
    static LedgerValue<int> migrate(const QSqlDatabase &db, const Dialect &dialect, const QString &location,
                                    const QDateTime &now);
};

} // namespace RefundDesk
