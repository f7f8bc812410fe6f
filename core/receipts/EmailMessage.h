#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace RefundDesk {

struct EmailAttachment
{
    QString fileName;
    QByteArray mimeType; // "application/pdf"
    QByteArray data;
};

// One message to one recipient, with a plain-text and an HTML body and attachments.
// Addresses are checked ones (EmailAddress::check).
struct EmailMessage
{
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString subject;
    QString textBody;
    QString htmlBody;
    QList<EmailAttachment> attachments;
};

} // namespace RefundDesk
