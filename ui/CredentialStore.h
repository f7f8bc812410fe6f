#pragma once

#include "config/RefundDeskConfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace RefundDesk {

// Gateway credentials in the system keychain (QtKeychain: Secret Service, KWallet, macOS
// Keychain, Windows Credential Store), service "RefundDesk", keys like
// "gateway.pockyt/api_token"; the configuration names them as keychain:KEY. Never falls back
// to a file: without a keychain, writing fails and says so. Every call answers once,
// asynchronously (not at all when the store is gone by then). The keychain jobs have no
// parent and delete themselves when done: QtKeychain's Secret Service backend calls back into
// its job even after the job was deleted, so a job must never die before it has finished.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool noKeychain = false; // no keychain at all on this machine (a headless session)
        QString message; // why not, for people
    };

    explicit CredentialStore(QObject *parent = nullptr);

    static QString service();
    // "gateway.pockyt/api_token"
    static QString keyFor(const QString &section, const QString &key);

    // Replaces every keychain:KEY gateway credential of config by the value the keychain holds;
    // resolved() gets the result and one line per credential that could not be read (that
    // gateway then cannot refund until the credential is entered again).
    void resolve(const RefundDeskConfig &config);
    void write(const QString &key, const QString &value);
    // Whether this machine has a keychain to write to (reads an entry nobody wrote).
    void probe();

Q_SIGNALS:
    void resolved(const RefundDesk::RefundDeskConfig &config, const QStringList &problems);
    void written(const RefundDesk::CredentialStore::Result &result);
    void probed(const RefundDesk::CredentialStore::Result &result);

private:
    struct Pending;
    void resolveNext(std::shared_ptr<Pending> pending);
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::CredentialStore::Result)
