#include "Jwt.h"

#include "gateways/ExactJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace RefundDesk {

namespace {

constexpr int minimumRsaBits = 2048;
constexpr qsizetype maxPemBytes = 64 * 1024;
constexpr qsizetype maxTokenBytes = 64 * 1024;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

std::shared_ptr<void> ownKey(EVP_PKEY *key)
{
    return std::shared_ptr<void>(key, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
}

EVP_PKEY *keyOf(const std::shared_ptr<void> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

BioPtr memoryBio(QByteArrayView data)
{
    return BioPtr(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
}

// Refuses to ask for a passphrase: OpenSSL's default callback would prompt on the terminal.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray base64Url(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Strict base64url without padding, as JWS requires; nullopt for anything else.
std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    for (const char c : text) {
        const bool allowed =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!allowed) {
            return std::nullopt;
        }
    }
    // A length of 1 modulo 4 cannot come from any byte string.
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

// A JSON object with no duplicate members (ExactJson refuses them, QJsonDocument would
// silently keep one), as a QJsonObject.
std::optional<QJsonObject> strictJsonObject(const QByteArray &json)
{
    const ExactJsonResult exact = ExactJson::parse(json);
    if (!exact.ok() || !exact.value().isObject()) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

QString rsaKeyProblem(EVP_PKEY *key)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        return Jwt::tr("the key is not an RSA key (it is %1); PayNet needs RS256")
            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key)));
    }
    if (EVP_PKEY_get_bits(key) < minimumRsaBits) {
        return Jwt::tr("the RSA key has only %1 bits; at least %2 are needed")
            .arg(QString::number(EVP_PKEY_get_bits(key)), QString::number(minimumRsaBits));
    }
    return QString();
}

} // namespace

RsaKey RsaKey::fromPem(QByteArrayView pem, QString *error)
{
    const auto setError = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        ERR_clear_error();
        return RsaKey();
    };
    if (pem.isEmpty()) {
        return setError(tr("the key file is empty"));
    }
    if (pem.size() > maxPemBytes) {
        return setError(tr("the key file is too large to be a PEM key"));
    }
    if (pem.indexOf("ENCRYPTED") >= 0) {
        return setError(tr("the private key is protected with a passphrase; RefundDesk needs it without one"));
    }

    RsaKey key;
    EVP_PKEY *raw = nullptr;
    // Each attempt reads from a fresh BIO: a failed PEM read consumes its input.
    if (BioPtr bio = memoryBio(pem); bio) {
        raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr);
        key.m_private = raw != nullptr;
    }
    if (!raw) {
        if (BioPtr bio = memoryBio(pem); bio) {
            raw = PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr);
        }
    }
    if (!raw) {
        if (BioPtr bio = memoryBio(pem); bio) {
            const X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
            if (certificate) {
                raw = X509_get_pubkey(certificate.get());
            }
        }
    }
    if (!raw) {
        return setError(tr("this is not a PEM private key, public key or certificate"));
    }
    key.m_key = ownKey(raw);
    if (const QString problem = rsaKeyProblem(raw); !problem.isEmpty()) {
        return setError(problem);
    }
    ERR_clear_error();
    if (error) {
        error->clear();
    }
    return key;
}

RsaKey RsaKey::fromPemFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("cannot read the key file %1: %2").arg(path, file.errorString());
        }
        return RsaKey();
    }
    const QByteArray pem = file.read(maxPemBytes + 1);
    QString problem;
    RsaKey key = fromPem(pem, &problem);
    if (key.isNull() && error) {
        *error = tr("%1: %2").arg(path, problem);
    }
    return key;
}

RsaKey RsaKey::generate(int bits)
{
    RsaKey key;
    if (bits < minimumRsaBits) {
        return key;
    }
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    ERR_clear_error();
    if (raw) {
        key.m_key = ownKey(raw);
        key.m_private = true;
    }
    return key;
}

QByteArray RsaKey::privateKeyPem() const
{
    if (!m_key || !m_private) {
        return QByteArray();
    }
    const BioPtr bio(BIO_new(BIO_s_mem()));
    // PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY") in OpenSSL 3.
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), keyOf(m_key), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return QByteArray();
    }
    return bioContents(bio.get());
}

QByteArray RsaKey::publicKeyPem() const
{
    if (!m_key) {
        return QByteArray();
    }
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), keyOf(m_key)) != 1) {
        ERR_clear_error();
        return QByteArray();
    }
    return bioContents(bio.get());
}

QByteArray Jwt::signRs256(const QJsonObject &claims, const RsaKey &privateKey)
{
    if (privateKey.isNull() || !privateKey.isPrivate()) {
        return QByteArray();
    }
    const QByteArray signingInput = base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    // RSA keys sign with PKCS#1 v1.5 padding by default, which is what RS256 means.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, keyOf(privateKey.m_key)) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          static_cast<size_t>(signingInput.size()))
            != 1) {
        ERR_clear_error();
        return QByteArray();
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       static_cast<size_t>(signingInput.size()))
        != 1) {
        ERR_clear_error();
        return QByteArray();
    }
    signature.truncate(static_cast<qsizetype>(length));
    return signingInput + '.' + base64Url(signature);
}

Jwt::Verified Jwt::verifyRs256(QByteArrayView token, const RsaKey &publicKey, const QDateTime &now)
{
    Verified result;
    const auto reject = [&result](const QString &message) {
        result.ok = false;
        result.message = message;
        result.claims = QJsonObject();
        return result;
    };
    if (publicKey.isNull()) {
        return reject(tr("no key to check the JWT with"));
    }
    if (token.size() > maxTokenBytes) {
        return reject(tr("not a JWT: too long"));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0 || secondDot == token.size() - 1) {
        return reject(tr("not a JWT: it needs three non-empty parts separated by dots"));
    }
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);

    const std::optional<QByteArray> headerJson = fromBase64Url(headerPart);
    const std::optional<QByteArray> payloadJson = fromBase64Url(payloadPart);
    const std::optional<QByteArray> signature = fromBase64Url(signaturePart);
    if (!headerJson || !payloadJson || !signature) {
        return reject(tr("not a JWT: a part is not base64url"));
    }
    const std::optional<QJsonObject> header = strictJsonObject(*headerJson);
    if (!header) {
        return reject(tr("not a JWT: the header is not a JSON object"));
    }
    // Only RS256: "none" and HS256 (which a confused verifier would check with the
    // public key as an HMAC secret) are the classic JWT forgeries.
    const QJsonValue alg = header->value(QLatin1String("alg"));
    if (!alg.isString() || alg.toString() != u"RS256") {
        return reject(tr("the JWT is signed with algorithm \"%1\"; only RS256 is accepted")
                          .arg(alg.isString() ? alg.toString() : QStringLiteral("?")));
    }
    // RFC 7515: a header naming extensions we must understand ("crit") cannot be accepted.
    if (header->contains(QLatin1String("crit"))) {
        return reject(tr("the JWT header demands extensions RefundDesk does not know (\"crit\")"));
    }

    const QByteArrayView signingInput = token.first(secondDot);
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool signatureOk = ctx
        && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, keyOf(publicKey.m_key)) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature->constData()),
                            static_cast<size_t>(signature->size()),
                            reinterpret_cast<const unsigned char *>(signingInput.data()),
                            static_cast<size_t>(signingInput.size()))
            == 1;
    ERR_clear_error();
    if (!signatureOk) {
        return reject(tr("bad signature"));
    }

    const std::optional<QJsonObject> claims = strictJsonObject(*payloadJson);
    if (!claims) {
        return reject(tr("the JWT's claims are not a JSON object"));
    }
    if (claims->contains(QLatin1String("exp"))) {
        const QJsonValue exp = claims->value(QLatin1String("exp"));
        if (!exp.isDouble()) {
            return reject(tr("the JWT's expiry (exp) is not a number"));
        }
        // NumericDate may carry a fraction: the token is good while now < exp.
        if (static_cast<double>(now.toSecsSinceEpoch()) >= exp.toDouble()) {
            return reject(tr("expired"));
        }
    }
    result.ok = true;
    result.message.clear();
    result.claims = *claims;
    return result;
}

} // namespace RefundDesk
