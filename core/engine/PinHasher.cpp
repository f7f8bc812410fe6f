#include "PinHasher.h"

#include <QCoreApplication>
#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace RefundDesk {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray secret = pin.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const int ok =
        PKCS5_PBKDF2_HMAC(secret.constData(), static_cast<int>(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), kHashBytes, reinterpret_cast<unsigned char *>(out.data()));
    Q_ASSERT(ok == 1);
    return out;
}

} // namespace

QString PinHasher::hash(const QString &pin, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    const int ok = RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes);
    Q_ASSERT(ok == 1);
    const QByteArray derived = derive(pin, salt, iterations);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PinHasher::verify(const QString &pin, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = derive(pin, salt, iterations);
    return CRYPTO_memcmp(actual.constData(), expected.constData(), kHashBytes) == 0;
}

QString PinHasher::checkNewPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return QCoreApplication::translate("RefundDesk::PinHasher", "A PIN has 4 to 12 digits.");
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return QCoreApplication::translate("RefundDesk::PinHasher", "A PIN has digits only.");
    }
    return {};
}

} // namespace RefundDesk
