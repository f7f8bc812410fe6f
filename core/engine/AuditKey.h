#pragma once

#include "config/RefundDeskConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// The per-installation secret that keys the audit chain (DESIGN.md "Audit"): [ledger]
// audit_key when the configuration names one (env:/file:/literal), otherwise a random key
// kept in "<ledger file>.auditkey" beside a SQLite ledger, created on first use, readable by
// its owner only. Every program that writes or checks the chain must load it the same way.
class AuditKey
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::AuditKey)

public:
    struct Loaded
    {
        bool ok = false;
        QByteArray key;
        QString message; // why not
    };

    static Loaded load(const RefundDeskConfig &config);
    // The key file used beside a SQLite ledger at ledgerPath.
    static QString keyFileFor(const QString &ledgerPath);
};

} // namespace RefundDesk
