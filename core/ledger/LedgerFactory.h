#pragma once

#include "Ledger.h"
#include "LedgerResult.h"
#include "LedgerWatcher.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

namespace RefundDesk {

// Opens the ledger that a [ledger] url names, and a watcher over it:
//   sqlite:PATH                                       SqliteLedger, SqliteLedgerWatcher
//   postgresql://user:password@host:port/database     PostgresLedger, PostgresLedgerWatcher
// Anything else is Invalid. No message ever holds a password.
class LedgerFactory
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::LedgerFactory)

public:
    // Null on failure, with the reason in *result.
    static std::unique_ptr<Ledger> openLedger(const QString &url, LedgerResult *result);
    static std::unique_ptr<LedgerWatcher> openWatcher(const QString &url, LedgerResult *result,
                                                      QObject *parent = nullptr);

    // The url as messages and logs may show it: a PostgreSQL URL without its password.
    static QString displayText(const QString &url);
};

} // namespace RefundDesk
