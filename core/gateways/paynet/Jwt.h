#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace RefundDesk {

// An RSA key loaded from PEM through OpenSSL: a private key (signs) or a public key
// (verifies). Shared, cheap to copy.
class RsaKey
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::RsaKey)

public:
    RsaKey() = default;
    // PEM text: "-----BEGIN PRIVATE KEY-----", "BEGIN RSA PRIVATE KEY", "BEGIN PUBLIC KEY"
    // or a certificate. On failure isNull() and *error says why in plain words.
    static RsaKey fromPem(QByteArrayView pem, QString *error);
    static RsaKey fromPemFile(const QString &path, QString *error);
    // A fresh RSA key pair (for the sandbox's own PayNet key and for demo/test merchants).
    static RsaKey generate(int bits = 2048);

    // PEM of the private key (PKCS#8), empty for a public key; PEM of the public key (SPKI).
    QByteArray privateKeyPem() const;
    QByteArray publicKeyPem() const;

    bool isNull() const { return !m_key; }
    bool isPrivate() const { return m_private; }

private:
    friend class Jwt;
    std::shared_ptr<void> m_key; // EVP_PKEY*, freed with EVP_PKEY_free
    bool m_private = false;
};

// RS256 JSON Web Tokens (RFC 7519) as PayNet uses them (GATEWAYS.md §4).
class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::Jwt)

public:
    // header.payload.signature, base64url without padding; header {"alg":"RS256","typ":"JWT"}.
    static QByteArray signRs256(const QJsonObject &claims, const RsaKey &privateKey);

    struct Verified
    {
        bool ok = false;
        QString message; // why not: "bad signature", "expired", "not a JWT", ...
        QJsonObject claims; // on success
    };
    // Checks the structure, alg == RS256, the signature and, when the claims carry
    // exp, that now is before it.
    static Verified verifyRs256(QByteArrayView token, const RsaKey &publicKey, const QDateTime &now);
};

} // namespace RefundDesk
