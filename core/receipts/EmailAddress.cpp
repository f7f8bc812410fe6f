#include "EmailAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace RefundDesk {

namespace {

EmailAddress::Checked refuse(const QString &message)
{
    EmailAddress::Checked checked;
    checked.message = message;
    return checked;
}

} // namespace

EmailAddress::Checked EmailAddress::check(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return refuse(tr("Enter an email address."));
    const qsizetype at = value.lastIndexOf(u'@');
    if (at <= 0 || at == value.size() - 1 || value.indexOf(u'@') != at)
        return refuse(tr("'%1' is not an email address: it needs one @ between a name and a domain.").arg(value));
    const QString local = value.left(at);
    const QString domain = value.mid(at + 1);

    // RFC 5322 dot-atom: atext characters separated by single dots.
    static const QRegularExpression localPart(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (local.size() > 64 || !localPart.match(local).hasMatch())
        return refuse(tr("The part before the @ in '%1' has characters or dots an address cannot have.").arg(value));

    const QByteArray ace = QUrl::toAce(domain);
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = QString::fromLatin1(ace).split(u'.');
    bool domainOk = !ace.isEmpty() && ace.size() <= 253 && labels.size() >= 2;
    for (const QString &part : labels)
        domainOk = domainOk && label.match(part).hasMatch();
    if (!domainOk)
        return refuse(tr("'%1' is not a valid mail domain.").arg(domain));

    Checked checked;
    checked.ok = true;
    checked.address = local + u'@' + QString::fromLatin1(ace);
    return checked;
}

} // namespace RefundDesk
