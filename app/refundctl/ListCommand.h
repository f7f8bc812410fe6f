#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl list [--status S[,S...]] [--since DATE] [--format text|json|csv]
// Refunds in the ledger, newest first: for back-office checks and exports. --since takes a
// date (YYYY-MM-DD, from local midnight) or an ISO 8601 time. --json means --format json.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ListCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
