#include "SmtpPasswordStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace RefundDesk {

namespace {

const QLatin1String kService("RefundDesk");

QString describeFailure(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SmtpPasswordStore::tr(
                   "The keychain holds no password for %1. Enter it in the mail settings, or set [smtp] password "
                   "to env:NAME or file:PATH.")
            .arg(key);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SmtpPasswordStore::tr(
                   "No system keychain is available (%1). Set [smtp] password to env:NAME or file:PATH instead.")
            .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SmtpPasswordStore::tr("The keychain refused access to the mail password: %1").arg(job.errorString());
    default:
        return SmtpPasswordStore::tr("The keychain failed (%1). Set [smtp] password to env:NAME or file:PATH instead.")
            .arg(job.errorString());
    }
}

} // namespace

SmtpPasswordStore::SmtpPasswordStore(QObject *parent)
    : QObject(parent)
{ }

QString SmtpPasswordStore::keyFor(const QString &user, const QString &host)
{
    return QStringLiteral("smtp/%1@%2").arg(user, host.toLower());
}

void SmtpPasswordStore::read(const QString &user, const QString &host)
{
    // No parent: the job deletes itself once finished. QtKeychain's Secret Service backend calls
    // back into its job even after the job was deleted, so it must not die with this store.
    auto *job = new QKeychain::ReadPasswordJob(kService);
    const QString key = keyFor(user, host);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Result result;
        if (job->error() == QKeychain::NoError) {
            result.ok = true;
            result.password = job->textData();
        } else {
            result.message = describeFailure(*job, key);
        }
        Q_EMIT readFinished(result);
    });
    job->start();
}

void SmtpPasswordStore::write(const QString &user, const QString &host, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService); // no parent, as in read()
    const QString key = keyFor(user, host);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Result result;
        result.ok = job->error() == QKeychain::NoError;
        if (!result.ok)
            result.message = describeFailure(*job, key);
        Q_EMIT writeFinished(result);
    });
    job->start();
}

} // namespace RefundDesk
