#include "config/RefundDeskConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// The [smtp] and [printer] sections of the configuration file (receipt delivery).
class TestReceiptDeliveryConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_base = "[store]\nid=S1\ncurrency=EUR\n[ledger]\nurl=sqlite:x.db\n";

    RefundDeskConfig::Loaded load(const QByteArray &sections)
    {
        const QString path = m_dir.filePath(QStringLiteral("refunddesk.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(m_base + sections);
        file.close();
        return RefundDeskConfig::load(path);
    }

private Q_SLOTS:
    void fullSections()
    {
        const QString caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\n");
        ca.close();
        const auto loaded = load("[smtp]\nhost = mail.example.com\nport = 2525\nsecurity = tls\nuser = store-s1\n"
                                 "password = env:SMTP_PASSWORD\nfrom = receipts@example.com\n"
                                 "from_name = \"Müller Schuhe, Berlin\"\nca_file = "
                                 + caFile.toUtf8()
                                 + "\ntimeout_seconds = 45\n"
                                   "[printer]\nescpos = 192.0.2.7:9100\nbaud_rate = 19200\n");
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
        QVERIFY(loaded.config.smtp);
        const SmtpConfig &smtp = *loaded.config.smtp;
        QCOMPARE(smtp.host, QStringLiteral("mail.example.com"));
        QCOMPARE(smtp.port, quint16(2525));
        QCOMPARE(smtp.security, SmtpSecurity::Tls);
        QCOMPARE(smtp.user, QStringLiteral("store-s1"));
        QCOMPARE(smtp.password.describe(), QStringLiteral("env:SMTP_PASSWORD"));
        QCOMPARE(smtp.from, QStringLiteral("receipts@example.com"));
        QCOMPARE(smtp.fromName, QStringLiteral("Müller Schuhe, Berlin"));
        QCOMPARE(smtp.caFile, caFile);
        QCOMPARE(smtp.timeoutSeconds, 45);
        QCOMPARE(loaded.config.printer.escpos, QStringLiteral("192.0.2.7:9100"));
        QCOMPARE(loaded.config.printer.baudRate, 19200);
    }

    void defaults_data()
    {
        QTest::addColumn<QByteArray>("security");
        QTest::addColumn<SmtpSecurity>("expected");
        QTest::addColumn<quint16>("port");
        QTest::newRow("unset") << QByteArray() << SmtpSecurity::StartTls << quint16(587);
        QTest::newRow("starttls") << QByteArray("security=STARTTLS\n") << SmtpSecurity::StartTls << quint16(587);
        QTest::newRow("tls") << QByteArray("security=tls\n") << SmtpSecurity::Tls << quint16(465);
        QTest::newRow("none") << QByteArray("security=none\n") << SmtpSecurity::None << quint16(25);
    }

    void defaults()
    {
        QFETCH(QByteArray, security);
        QFETCH(SmtpSecurity, expected);
        QFETCH(quint16, port);
        const auto loaded = load("[smtp]\nhost=mail.example.com\nfrom=r@example.com\n" + security);
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.config.smtp->security, expected);
        QCOMPARE(loaded.config.smtp->port, port);
        QVERIFY(loaded.config.smtp->user.isEmpty());
        QCOMPARE(loaded.config.smtp->timeoutSeconds, 30);
    }

    void absentSections()
    {
        const auto loaded = load(QByteArray());
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
        QVERIFY(!loaded.config.smtp);
        QVERIFY(loaded.config.printer.escpos.isEmpty());
        QCOMPARE(loaded.config.printer.baudRate, 9600);
    }

    void deviceTarget()
    {
        const auto loaded = load("[printer]\nescpos=/dev/usb/lp0\n");
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.config.printer.escpos, QStringLiteral("/dev/usb/lp0"));
    }

    void errorsNameSectionAndKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("no host") << QByteArray("[smtp]\nfrom=r@example.com\n")
                                 << QStringLiteral("[smtp] host: is required");
        QTest::newRow("no from") << QByteArray("[smtp]\nhost=h\n") << QStringLiteral("[smtp] from: is required");
        QTest::newRow("bad from") << QByteArray("[smtp]\nhost=h\nfrom=receipts\n")
                                  << QStringLiteral("[smtp] from: 'receipts' is not an email address: it needs one @ "
                                                    "between a name and a domain.");
        QTest::newRow("bad security") << QByteArray("[smtp]\nhost=h\nfrom=r@example.com\nsecurity=ssl\n")
                                      << QStringLiteral("[smtp] security: 'ssl' is not starttls, tls or none");
        QTest::newRow("bad port") << QByteArray("[smtp]\nhost=h\nfrom=r@example.com\nport=70000\n")
                                  << QStringLiteral("[smtp] port: '70000' is not a whole number from 1 to 65535");
        QTest::newRow("password without user") << QByteArray("[smtp]\nhost=h\nfrom=r@example.com\npassword=x\n")
                                               << QStringLiteral("[smtp] password: is set, but user is not");
        QTest::newRow("missing ca file")
            << QByteArray("[smtp]\nhost=h\nfrom=r@example.com\nca_file=/nonexistent/ca.pem\n")
            << QStringLiteral("[smtp] ca_file: the file '/nonexistent/ca.pem' does not exist");
        QTest::newRow("bad printer") << QByteArray("[printer]\nescpos=printer\n")
                                     << QStringLiteral(
                                            "[printer] escpos: 'printer' is neither HOST:PORT nor a device path.");
        QTest::newRow("bad baud") << QByteArray("[printer]\nbaud_rate=fast\n")
                                  << QStringLiteral(
                                         "[printer] baud_rate: 'fast' is not a whole number from 50 to 4000000");
    }

    void errorsNameSectionAndKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expectedError);
        const auto loaded = load(ini);
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.errors.contains(expectedError), qPrintable(loaded.errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestReceiptDeliveryConfig)
#include "tst_receiptdeliveryconfig.moc"
