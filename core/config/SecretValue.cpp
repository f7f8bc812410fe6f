#include "SecretValue.h"

#include <QCoreApplication>
#include <QFile>

namespace RefundDesk {

namespace {

const QLatin1String kEnvPrefix("env:");
const QLatin1String kFilePrefix("file:");
const QLatin1String kKeychainPrefix("keychain:");
constexpr qint64 kMaxSecretFileSize = 64 * 1024;

} // namespace

QString SecretValue::describe() const
{
    if (m_written.startsWith(kEnvPrefix) || m_written.startsWith(kFilePrefix) || m_written.startsWith(kKeychainPrefix))
        return m_written;
    return m_written.isEmpty() ? QString() : QStringLiteral("****");
}

QString SecretValue::keychainKey() const
{
    return m_written.startsWith(kKeychainPrefix) ? m_written.mid(kKeychainPrefix.size()) : QString();
}

SecretValue SecretValue::inKeychain(const QString &key)
{
    return SecretValue(kKeychainPrefix + key);
}

SecretValue::Resolved SecretValue::resolve() const
{
    Resolved resolved;
    if (m_written.startsWith(kKeychainPrefix)) {
        resolved.message = tr("The credential is kept in the system keychain (%1), which only the RefundDesk desktop "
                              "application reads; here, write env:NAME or file:PATH instead.")
                               .arg(m_written.mid(kKeychainPrefix.size()));
        return resolved;
    }
    if (m_written.startsWith(kEnvPrefix)) {
        const QString name = m_written.mid(kEnvPrefix.size());
        const QByteArray value = qgetenv(name.toLocal8Bit().constData());
        if (value.isEmpty()) {
            resolved.message = tr("The environment variable %1 is not set or empty.").arg(name);
            return resolved;
        }
        resolved.ok = true;
        resolved.value = QString::fromUtf8(value);
        return resolved;
    }
    if (m_written.startsWith(kFilePrefix)) {
        const QString path = m_written.mid(kFilePrefix.size());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            resolved.message = tr("Cannot read the secret file %1: %2.").arg(path, file.errorString());
            return resolved;
        }
        if (file.size() > kMaxSecretFileSize) {
            resolved.message = tr("The secret file %1 is larger than 64 KiB; is it the right file?").arg(path);
            return resolved;
        }
        QString value = QString::fromUtf8(file.readAll());
        while (value.endsWith(u'\n') || value.endsWith(u'\r'))
            value.chop(1);
        if (value.isEmpty()) {
            resolved.message = tr("The secret file %1 is empty.").arg(path);
            return resolved;
        }
        resolved.ok = true;
        resolved.value = value;
        return resolved;
    }
    if (m_written.isEmpty()) {
        resolved.message = tr("No credential is configured.");
        return resolved;
    }
    resolved.ok = true;
    resolved.value = m_written;
    return resolved;
}

} // namespace RefundDesk
