#include "EscPosTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RefundDesk {

namespace {

EscPosTarget invalid(const QString &error)
{
    EscPosTarget target;
    target.error = error;
    return target;
}

} // namespace

QString EscPosTarget::describe() const
{
    switch (kind) {
    case Kind::Tcp:
        return host.contains(u':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                   : QStringLiteral("%1:%2").arg(host).arg(port);
    case Kind::Device:
        return devicePath;
    case Kind::Invalid:
        break;
    }
    return QString();
}

EscPosTarget EscPosTarget::parse(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return invalid(tr("No ESC/POS printer is configured ([printer] escpos)."));
    static const QRegularExpression comPort(QStringLiteral("^(\\\\\\\\\\.\\\\)?COM[0-9]+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (value.startsWith(u'/') || comPort.match(value).hasMatch()) {
        EscPosTarget target;
        target.kind = Kind::Device;
        target.devicePath = value;
        return target;
    }
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return invalid(tr("'%1' is neither HOST:PORT nor a device path.").arg(value));
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return invalid(tr("'%1': write an IPv6 address in brackets, like [::1]:9100.").arg(value));
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return invalid(tr("'%1' has no valid port number after the colon.").arg(value));
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (host.isEmpty() || !hostName.match(host).hasMatch())
        return invalid(tr("'%1' is not a host name or address.").arg(host));
    EscPosTarget target;
    target.kind = Kind::Tcp;
    target.host = host;
    target.port = static_cast<quint16>(port);
    return target;
}

} // namespace RefundDesk
