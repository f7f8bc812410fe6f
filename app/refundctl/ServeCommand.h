#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl serve: the headless store server. Listens for the gateways' webhooks on
// [webhooks] listen and follows up every refund still submitting or pending at start and
// every [sync] interval_seconds, until SIGTERM or SIGINT. One line per webhook and per sync
// pass that moved something goes to stderr. Exit 0 after a signal, 2 when it cannot start.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ServeCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
