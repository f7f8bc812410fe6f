#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl lookup --gateway G (--transaction ID | --reference REF) [--refresh]
// Shows a sale: from the ledger when it was looked up before (PayNet allows one payment
// enquiry per 30 s), otherwise (or with --refresh) from the gateway, which is then stored.
class LookupCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::LookupCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
