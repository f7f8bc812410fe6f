#include "Version.h"

#include "RefundDeskVersion.h"

namespace RefundDesk {

QString versionNumber()
{
    return QStringLiteral(REFUNDDESK_VERSION_STRING);
}

QString versionString()
{
    const QString revision = QStringLiteral(REFUNDDESK_GIT_REVISION);
    if (revision.isEmpty())
        return versionNumber();
    return QStringLiteral("%1 (git %2)").arg(versionNumber(), revision);
}

} // namespace RefundDesk
