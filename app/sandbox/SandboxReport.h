#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace RefundDesk {

class SandboxState;

// A gateway's refund report for one day, as the gateway side would export it: every refund
// the sandbox executed that UTC day, as CSV in exactly the column mapping of
// docs/reconciliation.md (the sandbox writes the names itself, so a mismatch with RefundDesk's
// reader shows up in the tests). GET /_admin/reports/<gateway>?date=YYYY-MM-DD serves it.
class SandboxReport
{
public:
    // nullopt when gateway is not "pockyt", "pwv3", "secpaid" or "paynet".
    static std::optional<QByteArray> csv(const SandboxState &state, const QString &gateway, const QDate &day);
};

} // namespace RefundDesk
