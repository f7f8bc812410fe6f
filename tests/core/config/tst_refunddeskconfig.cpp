#include "config/IniFile.h"
#include "config/RefundDeskConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

class TestRefundDeskConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void fullConfiguration()
    {
        const QString keyPath = write(QStringLiteral("merchant.pem"), "-----BEGIN PRIVATE KEY-----\n");
        const QString publicPath = write(QStringLiteral("paynet.pem"), "-----BEGIN PUBLIC KEY-----\n");
        const QByteArray ini = "[store]\nid=S1\nname=Main Street, Berlin\ncurrency=EUR\nlocale=de_DE\nregister=R2\n"
                               "approval_threshold_minor=10000\npin_lockout_seconds=60\n"
                               "[ledger]\nurl=sqlite:/var/lib/refunddesk/ledger.db\naudit_key=env:AUDIT_KEY\n"
                               "[sync]\ninterval_seconds=5\npaynet_enquiry_min_age_seconds=120\n"
                               "[gateway.pockyt]\nbase_url=https://mapi.yuansferdev.com\nmerchant_no=200043\n"
                               "store_no=300014\napi_token=env:POCKYT_TOKEN\nsettle_currency=USD\n"
                               "[gateway.pwv3]\nbase_url=https://testapi.example.com\napi_key=literal-key\n"
                               "partial_refunds=true\n"
                               "[gateway.secpaid]\nbase_url=https://app.secpaid.com\ntoken=file:/run/secrets/secpaid\n"
                               "[gateway.paynet]\nbase_url=https://paynet.example\nclient_id=C1\nmerchant_id=M1\n"
                               "key_name=k1\nprivate_key="
            + keyPath.toUtf8() + "\ngateway_public_key=" + publicPath.toUtf8()
            + "\n[webhooks]\nlisten=0.0.0.0:9000\npublic_url=https://store.example/hooks\n";
        const auto loaded = RefundDeskConfig::load(write(QStringLiteral("full.ini"), ini));
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
        const RefundDeskConfig &config = loaded.config;
        QCOMPARE(config.store.id, QStringLiteral("S1"));
        QCOMPARE(config.store.name, QStringLiteral("Main Street, Berlin"));
        QCOMPARE(config.store.currency.code(), QStringLiteral("EUR"));
        QCOMPARE(config.store.locale.name(), QStringLiteral("de_DE"));
        QCOMPARE(config.store.registerId, QStringLiteral("R2"));
        QCOMPARE(config.store.approvalThresholdMinor, 10000);
        QCOMPARE(config.ledger.url, QStringLiteral("sqlite:/var/lib/refunddesk/ledger.db"));
        QCOMPARE(config.store.pinLockoutSeconds, 60);
        QCOMPARE(config.ledger.auditKey.describe(), QStringLiteral("env:AUDIT_KEY"));
        QCOMPARE(config.sync.intervalSeconds, 5);
        QCOMPARE(config.sync.payNetEnquiryMinAgeSeconds, 120);
        QVERIFY(config.pockyt);
        QCOMPARE(config.pockyt->merchantNo, QStringLiteral("200043"));
        QCOMPARE(config.pockyt->apiToken.describe(), QStringLiteral("env:POCKYT_TOKEN"));
        QVERIFY(config.pwv3);
        QVERIFY(config.pwv3->partialRefunds);
        QCOMPARE(config.pwv3->apiKey.describe(), QStringLiteral("****"));
        QVERIFY(config.secpaid);
        QVERIFY(config.paynet);
        QCOMPARE(config.paynet->privateKeyPath, keyPath);
        QCOMPARE(config.webhooks.listenHost, QStringLiteral("0.0.0.0"));
        QCOMPARE(config.webhooks.listenPort, quint16(9000));
        QCOMPARE(config.webhooks.publicUrl.toString(), QStringLiteral("https://store.example/hooks"));
    }

    void errorsNameSectionAndKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expectedError");
        const QByteArray base = "[store]\nid=S1\ncurrency=EUR\n[ledger]\nurl=sqlite:x.db\n";
        QTest::newRow("missing store id") << QByteArray("[store]\ncurrency=EUR\n[ledger]\nurl=sqlite:x\n")
                                          << QStringLiteral("[store] id: is required");
        QTest::newRow("unknown currency")
            << QByteArray("[store]\nid=S\ncurrency=EURO\n[ledger]\nurl=sqlite:x\n")
            << QStringLiteral("[store] currency: 'EURO' is not an ISO 4217 currency code");
        QTest::newRow("bad ledger url") << QByteArray("[store]\nid=S\ncurrency=EUR\n[ledger]\nurl=mysql://x\n")
                                        << QStringLiteral("[ledger] url: must start with sqlite: or postgresql://");
        QTest::newRow("bad base url") << base + "[gateway.secpaid]\nbase_url=ftp://x\ntoken=t\n"
                                      << QStringLiteral("[gateway.secpaid] base_url: 'ftp://x' is not an http(s) URL");
        QTest::newRow("bad boolean") << base + "[gateway.pwv3]\nbase_url=https://x\napi_key=k\npartial_refunds=maybe\n"
                                     << QStringLiteral(
                                            "[gateway.pwv3] partial_refunds: 'maybe' is neither true nor false");
        QTest::newRow("missing token") << base + "[gateway.secpaid]\nbase_url=https://x\n"
                                       << QStringLiteral("[gateway.secpaid] token: is required");
        QTest::newRow("missing key file")
            << base
                + "[gateway.paynet]\nbase_url=https://x\nclient_id=c\nmerchant_id=m\nkey_name=k\n"
                  "private_key=/nonexistent/key.pem\ngateway_public_key=/nonexistent/pub.pem\n"
            << QStringLiteral("[gateway.paynet] private_key: the file '/nonexistent/key.pem' does not exist");
        QTest::newRow("bad listen") << base + "[webhooks]\nlisten=localhost\n"
                                    << QStringLiteral("[webhooks] listen: 'localhost' is not HOST:PORT");
        QTest::newRow("bad threshold") << QByteArray("[store]\nid=S\ncurrency=EUR\napproval_threshold_minor=-5\n"
                                                     "[ledger]\nurl=sqlite:x\n")
                                       << QStringLiteral("[store] approval_threshold_minor: '-5' is not a whole "
                                                         "number from 0 to 1000000000000");
        QTest::newRow("bad sync interval") << base + "[sync]\ninterval_seconds=0\n"
                                           << QStringLiteral("[sync] interval_seconds: '0' is not a whole number "
                                                             "from 1 to 86400");
    }

    void errorsNameSectionAndKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expectedError);
        const auto loaded = RefundDeskConfig::load(write(QStringLiteral("bad.ini"), ini));
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.errors.contains(expectedError), qPrintable(loaded.errors.join(u'\n')));
    }

    void iniReadsValuesExactly()
    {
        const auto parsed = IniFile::parse("; comment\n# comment\n[a]\nplain = Main Street, Berlin  ; note\n"
                                           "quoted = \"x ; y # z \\\" w\"  ; note\nempty=\nhash=a#b\n[b.c]\nk=v\n");
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.file.value(QStringLiteral("a"), QStringLiteral("plain")),
                 QStringLiteral("Main Street, Berlin"));
        QCOMPARE(parsed.file.value(QStringLiteral("a"), QStringLiteral("quoted")), QStringLiteral("x ; y # z \" w"));
        QCOMPARE(parsed.file.value(QStringLiteral("a"), QStringLiteral("empty")), QString());
        QCOMPARE(parsed.file.value(QStringLiteral("a"), QStringLiteral("hash")), QStringLiteral("a#b"));
        QCOMPARE(parsed.file.value(QStringLiteral("b.c"), QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY(!parsed.file.value(QStringLiteral("a"), QStringLiteral("absent")));
        QVERIFY(!parsed.file.value(QStringLiteral("absent"), QStringLiteral("k")));
    }

    void iniErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals") << QByteArray("[a]\nk=v\njunk\n") << QStringLiteral("line 3: expected key=value");
        QTest::newRow("before section") << QByteArray("k=v\n")
                                        << QStringLiteral("line 1: key=value before any [section]");
        QTest::newRow("bad header") << QByteArray("[a\n")
                                    << QStringLiteral("line 1: a section header looks like [name]");
        QTest::newRow("twice") << QByteArray("[a]\nk=1\nk=2\n") << QStringLiteral("line 3: [a] k is set twice");
        QTest::newRow("open quote") << QByteArray("[a]\nk=\"abc\n")
                                    << QStringLiteral("line 2: the quoted value is not closed properly");
        QTest::newRow("not utf8") << QByteArray("[a]\nk=\xff\xfe\n") << QStringLiteral("the file is not UTF-8 text");
    }

    void iniErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto parsed = IniFile::parse(text);
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.errors.contains(expected), qPrintable(parsed.errors.join(u'\n')));
    }

    void missingFile()
    {
        const auto loaded = RefundDeskConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QVERIFY(!loaded.ok);
        QVERIFY(loaded.errors.value(0).contains(QStringLiteral("does not exist")));
    }

    void secretsResolve()
    {
        qputenv("REFUNDDESK_TEST_SECRET", "from-env");
        QCOMPARE(SecretValue(QStringLiteral("env:REFUNDDESK_TEST_SECRET")).resolve().value, QStringLiteral("from-env"));
        const auto unset = SecretValue(QStringLiteral("env:REFUNDDESK_TEST_UNSET")).resolve();
        QVERIFY(!unset.ok);
        QVERIFY(unset.message.contains(QStringLiteral("REFUNDDESK_TEST_UNSET")));

        const QString path = write(QStringLiteral("secret.txt"), "from-file\n");
        const auto fromFile = SecretValue(QStringLiteral("file:") + path).resolve();
        QVERIFY(fromFile.ok);
        QCOMPARE(fromFile.value, QStringLiteral("from-file"));
        const auto missing = SecretValue(QStringLiteral("file:/nonexistent/secret")).resolve();
        QVERIFY(!missing.ok);

        const SecretValue literal(QStringLiteral("s3cr3t"));
        QCOMPARE(literal.resolve().value, QStringLiteral("s3cr3t"));
        QVERIFY(!literal.describe().contains(QStringLiteral("s3cr3t")));
    }

    void keychainCredentialsAreNamedButNotReadHere()
    {
        const SecretValue stored = SecretValue::inKeychain(QStringLiteral("gateway.pockyt/api_token"));
        QCOMPARE(stored.describe(), QStringLiteral("keychain:gateway.pockyt/api_token"));
        QCOMPARE(stored.keychainKey(), QStringLiteral("gateway.pockyt/api_token"));
        const SecretValue::Resolved resolved = stored.resolve();
        QVERIFY(!resolved.ok);
        QVERIFY(resolved.value.isEmpty());
        QVERIFY2(resolved.message.contains(QStringLiteral("env:NAME or file:PATH")), qPrintable(resolved.message));
        QCOMPARE(SecretValue(QStringLiteral("env:X")).keychainKey(), QString());
    }
};

QTEST_GUILESS_MAIN(TestRefundDeskConfig)
#include "tst_refunddeskconfig.moc"
