#include "PockytSignature.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace RefundDesk {

QByteArray md5Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // EVP_Digest instead of MD5(): the low-level digest functions are deprecated in OpenSSL 3.
    const int ok = EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &length, EVP_md5(), nullptr);
    // MD5 from the default provider cannot fail short of memory exhaustion.
    Q_ASSERT(ok == 1 && length == 16);
    Q_UNUSED(ok)
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

QString pockytVerifySign(const QList<std::pair<QString, QString>> &parameters, QStringView apiToken)
{
    QList<std::pair<QString, QString>> signedParameters;
    for (const auto &parameter : parameters) {
        if (parameter.first != u"verifySign" && !parameter.second.isEmpty()) {
            signedParameters.append(parameter);
        }
    }
    // Names are ASCII, so UTF-16 code unit order is ASCII order. Stable, so a repeated
    // name keeps the order the caller gave.
    std::stable_sort(signedParameters.begin(), signedParameters.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray text;
    for (const auto &[name, value] : signedParameters) {
        text += name.toUtf8();
        text += '=';
        text += value.toUtf8();
        text += '&';
    }
    text += md5Hex(apiToken.toUtf8());
    return QString::fromLatin1(md5Hex(text));
}

bool pockytSignatureMatches(const QList<std::pair<QString, QString>> &parameters, QStringView apiToken)
{
    QString received;
    int signatures = 0;
    for (const auto &[name, value] : parameters) {
        if (name == u"verifySign") {
            received = value;
            ++signatures;
        }
    }
    // Two verifySign fields would leave it open which one was checked: refuse.
    if (signatures != 1) {
        return false;
    }
    const QByteArray expected = pockytVerifySign(parameters, apiToken).toLatin1();
    const QByteArray given = received.toLower().toLatin1();
    return given.size() == expected.size()
        && CRYPTO_memcmp(given.constData(), expected.constData(), static_cast<size_t>(expected.size())) == 0;
}

} // namespace RefundDesk
