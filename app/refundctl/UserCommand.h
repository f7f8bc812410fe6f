#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl user add NAME --role clerk|manager|back_office [--display-name TEXT] [--actor NAME]
//   (the PIN is read from the first line of standard input, never from the command line)
// refundctl user list
// The employees who sign in and approve refunds with a PIN. Exit 0, 1 when refused.
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::UserCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
