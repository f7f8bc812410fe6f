#include "gateways/paynet/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using RefundDesk::Jwt;
using RefundDesk::RsaKey;

namespace {

const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01 00:00:00 UTC

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject paynetClaims(qint64 exp)
{
    QJsonObject data;
    data.insert(QStringLiteral("refundId"), QStringLiteral("3f1c9a52-7b1e-4f5a-9c0d-2e8b6a4d1f70"));
    data.insert(QStringLiteral("amount"), QStringLiteral("10.00"));
    QJsonObject claims;
    claims.insert(QStringLiteral("exp"), exp);
    claims.insert(QStringLiteral("iss"), QStringLiteral("client-1"));
    claims.insert(QStringLiteral("sub"), QStringLiteral("merchant-9"));
    claims.insert(QStringLiteral("jti"), QStringLiteral("0d7c3c4e-2f84-4b8e-a1a6-5d0f6f2c9e11"));
    claims.insert(QStringLiteral("key"), QStringLiteral("key-2026"));
    claims.insert(QStringLiteral("data"), data);
    return claims;
}

// Flips one bit of the character at index in one part (0 header, 1 payload, 2 signature)
// while keeping it base64url, so only the content changes.
QByteArray tamper(const QByteArray &token, int part, int index)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray &p = parts[part];
    const char c = p[index];
    p[index] = c == 'A' ? 'B' : 'A';
    return parts.join('.');
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void shape();
    void tampered_data();
    void tampered();
    void wrongKey();
    void forgedAlgorithms_data();
    void forgedAlgorithms();
    void malformed_data();
    void malformed();
    void expiry_data();
    void expiry();
    void pemFiles();
    void pemErrors_data();
    void pemErrors();
    void publicKeyCannotSign();

private:
    RsaKey m_key;
    RsaKey m_publicKey;
};

void TestJwt::initTestCase()
{
    m_key = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull());
    QVERIFY(m_key.isPrivate());
    QString error;
    m_publicKey = RsaKey::fromPem(m_key.publicKeyPem(), &error);
    QVERIFY2(!m_publicKey.isNull(), qPrintable(error));
    QVERIFY(!m_publicKey.isPrivate());
    QCOMPARE(error, QString());
}

void TestJwt::roundTrip()
{
    const QJsonObject claims = paynetClaims(now.toSecsSinceEpoch() + 300);
    const QByteArray token = Jwt::signRs256(claims, m_key);
    QVERIFY(!token.isEmpty());

    const Jwt::Verified verified = Jwt::verifyRs256(token, m_publicKey, now);
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(verified.message, QString());
    QCOMPARE(verified.claims, claims);
    QCOMPARE(verified.claims.value(QStringLiteral("data")).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("10.00"));

    // The private key verifies as well (it holds the public half).
    QVERIFY(Jwt::verifyRs256(token, m_key, now).ok);
}

void TestJwt::shape()
{
    const QByteArray token = Jwt::signRs256(paynetClaims(now.toSecsSinceEpoch() + 60), m_key);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(unb64(parts[0]), QByteArray(R"({"alg":"RS256","typ":"JWT"})"));
    QCOMPARE(QJsonDocument::fromJson(unb64(parts[1])).object(), paynetClaims(now.toSecsSinceEpoch() + 60));
    QCOMPARE(unb64(parts[2]).size(), 256); // a 2048-bit RSA signature
    QVERIFY(!token.contains('='));
    QVERIFY(!token.contains('+'));
    QVERIFY(!token.contains('/'));
}

void TestJwt::tampered_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("index");

    QTest::newRow("header, first byte") << 0 << 0;
    QTest::newRow("header, middle") << 0 << 10;
    QTest::newRow("payload, first byte") << 1 << 0;
    QTest::newRow("payload, middle") << 1 << 40;
    QTest::newRow("signature, first byte") << 2 << 0;
    QTest::newRow("signature, middle") << 2 << 100;
    QTest::newRow("signature, last full byte") << 2 << 340;
}

void TestJwt::tampered()
{
    QFETCH(int, part);
    QFETCH(int, index);

    const QByteArray token = Jwt::signRs256(paynetClaims(now.toSecsSinceEpoch() + 300), m_key);
    QVERIFY(Jwt::verifyRs256(token, m_publicKey, now).ok);
    const QByteArray changed = tamper(token, part, index);
    QVERIFY(changed != token);
    const Jwt::Verified verified = Jwt::verifyRs256(changed, m_publicKey, now);
    QVERIFY(!verified.ok);
    QVERIFY(verified.claims.isEmpty());
    // A changed header may no longer be JSON; everything else must fail on the signature.
    if (part != 0) {
        QCOMPARE(verified.message, QStringLiteral("bad signature"));
    }
}

void TestJwt::wrongKey()
{
    const QByteArray token = Jwt::signRs256(paynetClaims(now.toSecsSinceEpoch() + 300), m_key);
    const RsaKey other = RsaKey::generate(2048);
    const Jwt::Verified verified = Jwt::verifyRs256(token, other, now);
    QVERIFY(!verified.ok);
    QCOMPARE(verified.message, QStringLiteral("bad signature"));
    QCOMPARE(Jwt::verifyRs256(token, RsaKey(), now).message, QStringLiteral("no key to check the JWT with"));
}

void TestJwt::forgedAlgorithms_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("message");

    const QByteArray payload =
        b64(QJsonDocument(paynetClaims(now.toSecsSinceEpoch() + 300)).toJson(QJsonDocument::Compact));
    const QByteArray realToken = Jwt::signRs256(paynetClaims(now.toSecsSinceEpoch() + 300), m_key);
    const QByteArray realSignature = realToken.split('.').at(2);

    QTest::newRow("alg none, no signature")
        << QByteArray(b64(R"({"alg":"none","typ":"JWT"})") + '.' + payload + '.')
        << QStringLiteral("not a JWT: it needs three non-empty parts separated by dots");
    QTest::newRow("alg none, with a signature")
        << QByteArray(b64(R"({"alg":"none","typ":"JWT"})") + '.' + payload + '.' + realSignature)
        << QStringLiteral("the JWT is signed with algorithm \"none\"; only RS256 is accepted");

    // HS256 with the public key PEM as the HMAC secret: the classic key-confusion forgery.
    const QByteArray hsInput = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + payload;
    const QByteArray secret = m_publicKey.publicKeyPem();
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t macLength = 0;
    QVERIFY(EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(),
                      static_cast<size_t>(secret.size()), reinterpret_cast<const unsigned char *>(hsInput.constData()),
                      static_cast<size_t>(hsInput.size()), mac, sizeof mac, &macLength));
    QTest::newRow("HS256 keyed with the public key")
        << QByteArray(hsInput + '.'
                      + b64(QByteArray(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(macLength))))
        << QStringLiteral("the JWT is signed with algorithm \"HS256\"; only RS256 is accepted");
    QTest::newRow("alg in lower case") << QByteArray(b64(R"({"alg":"rs256"})") + '.' + payload + '.' + realSignature)
                                       << QStringLiteral(
                                              "the JWT is signed with algorithm \"rs256\"; only RS256 is accepted");
    QTest::newRow("alg missing") << QByteArray(b64(R"({"typ":"JWT"})") + '.' + payload + '.' + realSignature)
                                 << QStringLiteral("the JWT is signed with algorithm \"?\"; only RS256 is accepted");
    QTest::newRow("alg not a string") << QByteArray(b64(R"({"alg":256})") + '.' + payload + '.' + realSignature)
                                      << QStringLiteral(
                                             "the JWT is signed with algorithm \"?\"; only RS256 is accepted");
    QTest::newRow("alg twice") << QByteArray(b64(R"({"alg":"none","alg":"RS256"})") + '.' + payload + '.'
                                             + realSignature)
                               << QStringLiteral("not a JWT: the header is not a JSON object");
    QTest::newRow("crit header") << QByteArray(
        b64(R"({"alg":"RS256","crit":["exp"]})") + '.' + payload + '.'
        + realSignature) << QStringLiteral("the JWT header demands extensions RefundDesk does not know (\"crit\")");
}

void TestJwt::forgedAlgorithms()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, message);

    const Jwt::Verified verified = Jwt::verifyRs256(token, m_publicKey, now);
    QVERIFY(!verified.ok);
    QCOMPARE(verified.message, message);
    QVERIFY(verified.claims.isEmpty());
}

void TestJwt::malformed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("message");

    const QByteArray real = Jwt::signRs256(paynetClaims(now.toSecsSinceEpoch() + 300), m_key);
    const QList<QByteArray> parts = real.split('.');
    const QString threeParts = QStringLiteral("not a JWT: it needs three non-empty parts separated by dots");
    QTest::newRow("empty") << QByteArray() << threeParts;
    QTest::newRow("one part") << parts[0] << threeParts;
    QTest::newRow("two parts") << QByteArray(parts[0] + '.' + parts[1]) << threeParts;
    QTest::newRow("four parts") << QByteArray(real + ".x") << threeParts;
    QTest::newRow("empty header") << QByteArray('.' + parts[1] + '.' + parts[2]) << threeParts;
    QTest::newRow("padding") << QByteArray(real + "==") << QStringLiteral("not a JWT: a part is not base64url");
    QTest::newRow("standard base64 characters")
        << QByteArray(parts[0] + '.' + parts[1] + '.' + QByteArray(parts[2]).replace('-', '+').replace('_', '/') + "+/")
        << QStringLiteral("not a JWT: a part is not base64url");
    QTest::newRow("space") << QByteArray(parts[0] + ". " + parts[1] + '.' + parts[2])
                           << QStringLiteral("not a JWT: a part is not base64url");
    QTest::newRow("header not JSON") << QByteArray(b64("alg=RS256") + '.' + parts[1] + '.' + parts[2])
                                     << QStringLiteral("not a JWT: the header is not a JSON object");
    QTest::newRow("header an array") << QByteArray(b64(R"(["RS256"])") + '.' + parts[1] + '.' + parts[2])
                                     << QStringLiteral("not a JWT: the header is not a JSON object");
    QTest::newRow("too long") << QByteArray(70000, 'a') << QStringLiteral("not a JWT: too long");
}

void TestJwt::malformed()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, message);

    const Jwt::Verified verified = Jwt::verifyRs256(token, m_publicKey, now);
    QVERIFY(!verified.ok);
    QCOMPARE(verified.message, message);
}

void TestJwt::expiry_data()
{
    QTest::addColumn<QJsonValue>("exp");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");

    const qint64 t = now.toSecsSinceEpoch();
    QTest::newRow("one second left") << QJsonValue(t + 1) << true << QString();
    QTest::newRow("expires now") << QJsonValue(t) << false << QStringLiteral("expired");
    QTest::newRow("expired an hour ago") << QJsonValue(t - 3600) << false << QStringLiteral("expired");
    QTest::newRow("fraction left") << QJsonValue(static_cast<double>(t) + 0.5) << true << QString();
    QTest::newRow("exp as text") << QJsonValue(QString::number(t + 300)) << false
                                 << QStringLiteral("the JWT's expiry (exp) is not a number");
    QTest::newRow("exp null") << QJsonValue(QJsonValue::Null) << false
                              << QStringLiteral("the JWT's expiry (exp) is not a number");
}

void TestJwt::expiry()
{
    QFETCH(QJsonValue, exp);
    QFETCH(bool, ok);
    QFETCH(QString, message);

    QJsonObject claims = paynetClaims(0);
    claims.insert(QStringLiteral("exp"), exp);
    const Jwt::Verified verified = Jwt::verifyRs256(Jwt::signRs256(claims, m_key), m_publicKey, now);
    QCOMPARE(verified.ok, ok);
    QCOMPARE(verified.message, message);

    // Without exp there is nothing to expire.
    claims.remove(QStringLiteral("exp"));
    QVERIFY(Jwt::verifyRs256(Jwt::signRs256(claims, m_key), m_publicKey, now).ok);
}

void TestJwt::pemFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString privatePath = dir.filePath(QStringLiteral("merchant.pem"));
    const QString publicPath = dir.filePath(QStringLiteral("merchant.pub.pem"));
    const QByteArray privatePem = m_key.privateKeyPem();
    QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QVERIFY(m_key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(m_publicKey.privateKeyPem().isEmpty());
    for (const auto &[path, pem] :
         {std::pair {privatePath, privatePem}, std::pair {publicPath, m_key.publicKeyPem()}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(pem), pem.size());
    }

    QString error;
    const RsaKey fromFile = RsaKey::fromPemFile(privatePath, &error);
    QVERIFY2(!fromFile.isNull(), qPrintable(error));
    QVERIFY(fromFile.isPrivate());
    QCOMPARE(fromFile.privateKeyPem(), privatePem);
    const RsaKey publicFromFile = RsaKey::fromPemFile(publicPath, &error);
    QVERIFY2(!publicFromFile.isNull(), qPrintable(error));
    QVERIFY(!publicFromFile.isPrivate());

    const QByteArray token = Jwt::signRs256(paynetClaims(now.toSecsSinceEpoch() + 300), fromFile);
    QVERIFY(Jwt::verifyRs256(token, publicFromFile, now).ok);
    QVERIFY(Jwt::verifyRs256(token, m_publicKey, now).ok);

    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(RsaKey::fromPemFile(missing, &error).isNull());
    QCOMPARE(error, QStringLiteral("cannot read the key file %1: No such file or directory").arg(missing));
}

void TestJwt::pemErrors_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("the key file is empty");
    QTest::newRow("garbage") << QByteArray("this is not a key\n")
                             << QStringLiteral("this is not a PEM private key, public key or certificate");
    QTest::newRow("broken base64") << QByteArray(
        "-----BEGIN PRIVATE KEY-----\nMIIEv!!!notbase64\n-----END PRIVATE KEY-----\n")
                                   << QStringLiteral("this is not a PEM private key, public key or certificate");
    QTest::newRow("binary") << QByteArray("\x30\x82\x04\xbd\x02\x01\x00", 7)
                            << QStringLiteral("this is not a PEM private key, public key or certificate");
    QTest::newRow("encrypted")
        << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQww\n"
                      "-----END ENCRYPTED PRIVATE KEY-----\n")
        << QStringLiteral("the private key is protected with a passphrase; RefundDesk needs it without one");
    QTest::newRow("too large") << QByteArray(70 * 1024, 'A')
                               << QStringLiteral("the key file is too large to be a PEM key");

    // An EC key is a valid PEM key, but not RSA.
    EVP_PKEY *ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    QVERIFY(ec);
    BIO *bio = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_PUBKEY(bio, ec) == 1);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray ecPem(data, static_cast<qsizetype>(length));
    BIO_free(bio);
    EVP_PKEY_free(ec);
    QTest::newRow("EC key") << ecPem << QStringLiteral("the key is not an RSA key (it is EC); PayNet needs RS256");

    // A 1024-bit RSA key is too weak.
    EVP_PKEY *weak = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(1024));
    QVERIFY(weak);
    BIO *weakBio = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_PrivateKey(weakBio, weak, nullptr, nullptr, 0, nullptr, nullptr) == 1);
    const long weakLength = BIO_get_mem_data(weakBio, &data);
    const QByteArray weakPem(data, static_cast<qsizetype>(weakLength));
    BIO_free(weakBio);
    EVP_PKEY_free(weak);
    QTest::newRow("1024-bit RSA") << weakPem
                                  << QStringLiteral("the RSA key has only 1024 bits; at least 2048 are needed");
}

void TestJwt::pemErrors()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, message);

    QString error;
    const RsaKey key = RsaKey::fromPem(pem, &error);
    QVERIFY(key.isNull());
    QCOMPARE(error, message);
    // Passing no error pointer is allowed.
    QVERIFY(RsaKey::fromPem(pem, nullptr).isNull());
}

void TestJwt::publicKeyCannotSign()
{
    QCOMPARE(Jwt::signRs256(paynetClaims(0), m_publicKey), QByteArray());
    QCOMPARE(Jwt::signRs256(paynetClaims(0), RsaKey()), QByteArray());
    QVERIFY(RsaKey::generate(1024).isNull());
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
