#include "CredentialStore.h"

#include <QList>
#include <qt6keychain/keychain.h>

#include <memory>

namespace RefundDesk {

namespace {

// Without a reachable Secret Service or KWallet (no D-Bus session, a headless machine) QtKeychain
// reports NoBackendAvailable, or OtherError from the D-Bus connection itself.
bool isNoKeychain(const QKeychain::Job &job)
{
    return job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented
        || job.error() == QKeychain::OtherError;
}

QString describe(const QKeychain::Job &job)
{
    if (isNoKeychain(job))
        return CredentialStore::tr("RefundDesk cannot reach a system keychain on this computer (%1). RefundDesk "
                                   "does not write credentials to disk: write env:NAME or file:PATH for them in the "
                                   "configuration file instead, or use a desktop session with a keychain.")
            .arg(job.errorString());
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The keychain refused access (%1). Unlock it and try again.").arg(job.errorString());
    case QKeychain::EntryNotFound:
        return CredentialStore::tr("The keychain holds no such credential.");
    default:
        return CredentialStore::tr("The keychain failed (%1). Try again; if it keeps failing, write env:NAME or "
                                   "file:PATH in the configuration file instead.")
            .arg(job.errorString());
    }
}

} // namespace

struct CredentialStore::Pending
{
    RefundDeskConfig config;
    QStringList problems;
    // Each credential still to read: its name for people and where it goes.
    QList<std::pair<QString, SecretValue *>> queue;
};

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::service()
{
    return QStringLiteral("RefundDesk");
}

QString CredentialStore::keyFor(const QString &section, const QString &key)
{
    return section + u'/' + key;
}

void CredentialStore::resolve(const RefundDeskConfig &config)
{
    auto pending = std::make_shared<Pending>();
    pending->config = config;
    RefundDeskConfig &copy = pending->config;
    const auto add = [&](const QString &name, SecretValue &value) {
        if (!value.keychainKey().isEmpty())
            pending->queue.append({name, &value});
    };
    if (copy.pockyt)
        add(tr("Pockyt's API token"), copy.pockyt->apiToken);
    if (copy.pwv3)
        add(tr("PW v3's API key"), copy.pwv3->apiKey);
    if (copy.secpaid)
        add(tr("SecPaid's token"), copy.secpaid->token);
    resolveNext(pending);
}

void CredentialStore::resolveNext(std::shared_ptr<Pending> pending)
{
    if (pending->queue.isEmpty()) {
        Q_EMIT resolved(pending->config, pending->problems);
        return;
    }
    const auto [name, value] = pending->queue.takeFirst();
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(value->keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, job, pending, name = name, value = value] {
        if (job->error() == QKeychain::NoError)
            *value = SecretValue(job->textData());
        else
            pending->problems.append(
                tr("%1 cannot be read from the keychain: %2 Enter it again under Settings, Gateways.")
                    .arg(name, describe(*job)));
        resolveNext(pending);
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Result result;
        result.ok = job->error() == QKeychain::NoError;
        if (!result.ok) {
            result.noKeychain = isNoKeychain(*job);
            result.message = describe(*job);
        }
        Q_EMIT written(result);
    });
    job->start();
}

void CredentialStore::probe()
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(QStringLiteral("probe/never-written"));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Result result;
        result.ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!result.ok) {
            result.noKeychain = isNoKeychain(*job);
            result.message = describe(*job);
        }
        Q_EMIT probed(result);
    });
    job->start();
}

} // namespace RefundDesk
