#pragma once

#include <QMetaType>
#include <QString>

namespace RefundDesk {

// The outcome of writing a receipt to a file, printer or device: a value with a message
// for people.
struct ReceiptOutputResult
{
    bool ok = false;
    QString message; // empty on success
    QString destination; // the file, printer or device it went to

    static ReceiptOutputResult success(const QString &destination) { return {true, QString(), destination}; }
    static ReceiptOutputResult failure(const QString &destination, const QString &message)
    {
        return {false, message, destination};
    }
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::ReceiptOutputResult)
