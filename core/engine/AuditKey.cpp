#include "AuditKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <array>

namespace RefundDesk {

QString AuditKey::keyFileFor(const QString &ledgerPath)
{
    return ledgerPath + QStringLiteral(".auditkey");
}

AuditKey::Loaded AuditKey::load(const RefundDeskConfig &config)
{
    Loaded loaded;
    if (!config.ledger.auditKey.isEmpty()) {
        const SecretValue::Resolved resolved = config.ledger.auditKey.resolve();
        if (!resolved.ok || resolved.value.isEmpty()) {
            loaded.message =
                tr("The audit key ([ledger] audit_key, %1) cannot be read: %2")
                    .arg(config.ledger.auditKey.describe(), resolved.ok ? tr("it is empty") : resolved.message);
            return loaded;
        }
        loaded.ok = true;
        loaded.key = resolved.value.toUtf8();
        return loaded;
    }
    if (!config.ledger.url.startsWith(u"sqlite:")) {
        loaded.message = tr("Set [ledger] audit_key: a database server has no folder to keep the audit key in.");
        return loaded;
    }
    const QString path = keyFileFor(config.ledger.url.mid(7));
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            loaded.message = tr("The audit key file %1 cannot be read: %2").arg(path, existing.errorString());
            return loaded;
        }
        loaded.key = existing.readAll().trimmed();
        if (loaded.key.isEmpty()) {
            loaded.message = tr("The audit key file %1 is empty.").arg(path);
            return loaded;
        }
        loaded.ok = true;
        return loaded;
    }
    std::array<quint32, 8> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray key =
        QByteArray(reinterpret_cast<const char *>(random.data()), static_cast<qsizetype>(sizeof(random))).toHex();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        loaded.message = tr("The audit key file %1 cannot be created: %2").arg(path, file.errorString());
        return loaded;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key + '\n');
    if (!file.commit()) {
        loaded.message = tr("The audit key file %1 cannot be written: %2").arg(path, file.errorString());
        return loaded;
    }
    loaded.ok = true;
    loaded.key = key;
    return loaded;
}

} // namespace RefundDesk
