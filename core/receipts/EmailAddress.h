#pragma once

#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// Checks an address a person typed for a receipt before anything is sent: one local part
// and one domain, the characters RFC 5322 allows in a dot-atom, a domain of at least two
// labels (internationalized names allowed), and nothing that could smuggle in a header
// (line breaks, angle brackets, commas, spaces).
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::EmailAddress)

public:
    struct Checked
    {
        bool ok = false;
        QString address; // trimmed, as it will be sent (IDN domain in ASCII form)
        QString message; // why not, for the user
    };

    static Checked check(const QString &text);
    static bool isValid(const QString &text) { return check(text).ok; }
};

} // namespace RefundDesk
