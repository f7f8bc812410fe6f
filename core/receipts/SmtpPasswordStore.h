#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace RefundDesk {

// The SMTP password in the system keychain (QtKeychain: Secret Service, KWallet, macOS
// Keychain, Windows Credential Store), under the service "RefundDesk" and the key
// "smtp/USER@HOST". The settings screen writes it; ReceiptMailer reads it when [smtp]
// password is empty. Both calls answer asynchronously, exactly once.
class SmtpPasswordStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString password; // read(): the password
        QString message; // why not, for people
    };

    explicit SmtpPasswordStore(QObject *parent = nullptr);

    static QString keyFor(const QString &user, const QString &host);

    void read(const QString &user, const QString &host);
    void write(const QString &user, const QString &host, const QString &password);

Q_SIGNALS:
    void readFinished(const RefundDesk::SmtpPasswordStore::Result &result);
    void writeFinished(const RefundDesk::SmtpPasswordStore::Result &result);
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::SmtpPasswordStore::Result)
