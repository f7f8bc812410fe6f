#include "ReceiptFixtures.h"
#include "receipts/EscPosCodePage.h"
#include "receipts/EscPosReceipt.h"
#include "receipts/EscPosSender.h"
#include "receipts/EscPosTarget.h"
#include "scan/ReceiptCode.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace RefundDesk;

namespace {

// One command of an ESC/POS stream as a printer reads it.
struct Command
{
    QByteArray name; // "init", "codepage", "align", "bold", "size", "feed", "cut", "qr", "lf", "text"
    QByteArray args; // the parameter bytes
    QString text; // "text": the bytes read through PC858
};

// Splits a stream into commands; anything it does not know fails the test through `error`.
QList<Command> parseEscPos(const QByteArray &bytes, QString *error)
{
    QList<Command> commands;
    qsizetype at = 0;
    auto need = [&](qsizetype count) {
        if (at + count > bytes.size()) {
            *error = QStringLiteral("stream ends inside a command at byte %1").arg(at);
            return false;
        }
        return true;
    };
    while (at < bytes.size() && error->isEmpty()) {
        const char c = bytes.at(at);
        if (c == 0x1B) {
            if (!need(2))
                break;
            const char op = bytes.at(at + 1);
            if (op == '@') {
                commands.append({"init", {}, {}});
                at += 2;
                continue;
            }
            const QHash<char, QByteArray> oneArg {{'t', "codepage"}, {'a', "align"}, {'E', "bold"}, {'d', "feed"}};
            if (!oneArg.contains(op) || !need(3)) {
                *error = QStringLiteral("unknown ESC command 0x%1").arg(int(uchar(op)), 2, 16, QLatin1Char('0'));
                break;
            }
            commands.append({oneArg.value(op), bytes.mid(at + 2, 1), {}});
            at += 3;
        } else if (c == 0x1D) {
            if (!need(2))
                break;
            const char op = bytes.at(at + 1);
            if (op == '!' && need(3)) {
                commands.append({"size", bytes.mid(at + 2, 1), {}});
                at += 3;
            } else if (op == 'V' && need(4)) {
                commands.append({"cut", bytes.mid(at + 2, 2), {}});
                at += 4;
            } else if (op == '(' && need(5) && bytes.at(at + 2) == 'k') {
                const qsizetype length = uchar(bytes.at(at + 3)) + 256 * uchar(bytes.at(at + 4));
                if (!need(5 + length))
                    break;
                commands.append({"qr", bytes.mid(at + 5, length), {}});
                at += 5 + length;
            } else {
                *error = QStringLiteral("unknown GS command 0x%1").arg(int(uchar(op)), 2, 16, QLatin1Char('0'));
            }
        } else if (c == 0x0A) {
            commands.append({"lf", {}, {}});
            ++at;
        } else if (uchar(c) < 0x20 || c == 0x7F) {
            *error =
                QStringLiteral("stray control byte 0x%1 at %2").arg(int(uchar(c)), 2, 16, QLatin1Char('0')).arg(at);
        } else {
            if (commands.isEmpty() || commands.last().name != "text")
                commands.append({"text", {}, {}});
            commands.last().args.append(c);
            commands.last().text.append(QChar(EscPosCodePage::decode(uchar(c))));
            ++at;
        }
    }
    return commands;
}

QStringList printedLines(const QList<Command> &commands)
{
    QStringList lines {QString()};
    for (const Command &command : commands) {
        if (command.name == "text")
            lines.last() += command.text;
        else if (command.name == "lf")
            lines.append(QString());
    }
    return lines;
}

// Collects everything a fake network printer receives until the sender hangs up.
class FakeNetworkPrinter : public QObject
{
public:
    QTcpServer server;
    QByteArray received;
    bool closed = false;

    FakeNetworkPrinter()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                received += socket->readAll();
                closed = true;
            });
        });
    }
};

} // namespace

class TestEscPosReceipt : public QObject
{
    Q_OBJECT

private:
    void checkReceiptStream(const QByteArray &bytes)
    {
        QString error;
        const QList<Command> commands = parseEscPos(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(commands.size() > 20);

        // Init, then the code page, before any text.
        QCOMPARE(commands.at(0).name, QByteArray("init"));
        QCOMPARE(commands.at(1).name, QByteArray("codepage"));
        QCOMPARE(commands.at(1).args, QByteArray(1, 19)); // PC858
        // The store name centred, bold, double width and height.
        QCOMPARE(commands.at(2).name, QByteArray("align"));
        QCOMPARE(commands.at(2).args, QByteArray(1, 1));
        QCOMPARE(commands.at(3).name, QByteArray("bold"));
        QCOMPARE(commands.at(3).args, QByteArray(1, 1));
        QCOMPARE(commands.at(4).name, QByteArray("size"));
        QCOMPARE(commands.at(4).args, QByteArray(1, 0x11));
        QCOMPARE(commands.at(5).name, QByteArray("text"));
        QCOMPARE(commands.at(5).text, QStringLiteral("Müller Schuhe, Berlin"));
        QCOMPARE(commands.at(5).args, QByteArray("M\x81ller Schuhe, Berlin"));
        QCOMPARE(commands.at(6).name, QByteArray("lf"));
        QCOMPARE(commands.at(7).name, QByteArray("size"));
        QCOMPARE(commands.at(7).args, QByteArray(1, 0x00));

        // Text in PC858: no-break space 0xFF and the euro sign 0xD5; ö 0x94 and ß 0xE1.
        QVERIFY(bytes.contains("12,50\xFF\xD5"));
        QVERIFY(bytes.contains("Gr\x94\xE1"
                               "e passt nicht"));
        const QStringList lines = printedLines(commands);
        QVERIFY(lines.contains(QStringLiteral("Refund amount") + QString(22, u' ') + QStringLiteral("12,50\u00A0€")));
        QVERIFY(lines.contains(QStringLiteral("Reason") + QString(19, u' ') + QStringLiteral("Größe passt nicht")));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= EscPosReceipt::kColumns, qPrintable(line));

        // QR: model 2, module size, error correction M, store the refund code, print.
        QList<Command> qr;
        for (const Command &command : commands) {
            if (command.name == "qr")
                qr.append(command);
        }
        QCOMPARE(qr.size(), 5);
        const QByteArray qrText = TestFixtures::model().qrText().toUtf8();
        QCOMPARE(qr.at(0).args, QByteArray("\x31\x41\x32\x00", 4));
        QCOMPARE(qr.at(1).args, QByteArray("\x31\x43\x06", 3));
        QCOMPARE(qr.at(2).args, QByteArray("\x31\x45\x31", 3));
        QCOMPARE(qr.at(3).args, QByteArray("\x31\x50\x30") + qrText);
        QCOMPARE(qr.at(4).args, QByteArray("\x31\x51\x30", 3));
        const ReceiptCode code = ReceiptCode::parse(QString::fromUtf8(qr.at(3).args.mid(3)));
        QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
        QCOMPARE(code.id(), QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45"));

        // Feed past the tear bar, then cut.
        QCOMPARE(commands.at(commands.size() - 2).name, QByteArray("feed"));
        QCOMPARE(commands.last().name, QByteArray("cut"));
        QCOMPARE(commands.last().args, QByteArray("\x42\x00", 2));
    }

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "Europe/Berlin"); }

    void codePage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ascii") << QStringLiteral("Refund 12.50") << QByteArray("Refund 12.50");
        QTest::newRow("euro") << QStringLiteral("€") << QByteArray("\xD5");
        QTest::newRow("umlauts") << QStringLiteral("ÄÖÜäöüß") << QByteArray("\x8E\x99\x9A\x84\x94\x81\xE1");
        QTest::newRow("french") << QStringLiteral("é è ç") << QByteArray("\x82 \x8A \x87");
        QTest::newRow("pound yen") << QStringLiteral("£¥") << QByteArray("\x9C\xBE");
        QTest::newRow("nbsp") << QStringLiteral("1\u00A0€") << QByteArray("1\xFF\xD5");
        QTest::newRow("narrow nbsp") << QStringLiteral("1\u202F€") << QByteArray("1 \xD5");
        QTest::newRow("quotes and dash") << QStringLiteral("\u201Cx\u201D \u2013 \u2019") << QByteArray("\"x\" - '");
        QTest::newRow("minus sign") << QStringLiteral("\u22125") << QByteArray("-5");
        QTest::newRow("not in PC858") << QStringLiteral("₹ 中") << QByteArray("? ?");
        QTest::newRow("emoji is one char") << QStringLiteral("a\U0001F600b") << QByteArray("a?b");
        QTest::newRow("control chars") << QStringLiteral("a\x1B@b\nc") << QByteArray("a?@b?c");
    }

    void codePage()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QCOMPARE(EscPosCodePage::encode(text), bytes);
    }

    void targets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<EscPosTarget::Kind>("kind");
        QTest::addColumn<QString>("described");
        QTest::newRow("host:port") << QStringLiteral("printer.local:9100") << EscPosTarget::Kind::Tcp
                                   << QStringLiteral("printer.local:9100");
        QTest::newRow("ipv4") << QStringLiteral(" 192.0.2.7:9100 ") << EscPosTarget::Kind::Tcp
                              << QStringLiteral("192.0.2.7:9100");
        QTest::newRow("ipv6") << QStringLiteral("[::1]:9100") << EscPosTarget::Kind::Tcp
                              << QStringLiteral("[::1]:9100");
        QTest::newRow("usb") << QStringLiteral("/dev/usb/lp0") << EscPosTarget::Kind::Device
                             << QStringLiteral("/dev/usb/lp0");
        QTest::newRow("serial") << QStringLiteral("/dev/ttyUSB0") << EscPosTarget::Kind::Device
                                << QStringLiteral("/dev/ttyUSB0");
        QTest::newRow("com") << QStringLiteral("COM3") << EscPosTarget::Kind::Device << QStringLiteral("COM3");
        QTest::newRow("empty") << QString() << EscPosTarget::Kind::Invalid << QString();
        QTest::newRow("no port") << QStringLiteral("printer") << EscPosTarget::Kind::Invalid << QString();
        QTest::newRow("port 0") << QStringLiteral("printer:0") << EscPosTarget::Kind::Invalid << QString();
        QTest::newRow("port too big") << QStringLiteral("printer:70000") << EscPosTarget::Kind::Invalid << QString();
        QTest::newRow("bare ipv6") << QStringLiteral("::1:9100") << EscPosTarget::Kind::Invalid << QString();
        QTest::newRow("bad host") << QStringLiteral("pr inter:9100") << EscPosTarget::Kind::Invalid << QString();
    }

    void targets()
    {
        QFETCH(QString, text);
        QFETCH(EscPosTarget::Kind, kind);
        QFETCH(QString, described);
        const EscPosTarget target = EscPosTarget::parse(text);
        QCOMPARE(target.kind, kind);
        QCOMPARE(target.describe(), described);
        QCOMPARE(target.error.isEmpty(), kind != EscPosTarget::Kind::Invalid);
    }

    void encodedReceiptCommandByCommand() { checkReceiptStream(EscPosReceipt::encode(TestFixtures::model())); }

    void sentToANetworkPrinter()
    {
        FakeNetworkPrinter printer;
        QVERIFY(printer.server.isListening());
        EscPosSender sender;
        QSignalSpy finished(&sender, &EscPosSender::finished);
        QSignalSpy progress(&sender, &EscPosSender::progress);
        const QByteArray job = EscPosReceipt::encode(TestFixtures::model());
        sender.send(EscPosTarget::parse(QStringLiteral("127.0.0.1:%1").arg(printer.server.serverPort())), job);
        QVERIFY(sender.isBusy());
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.destination, QStringLiteral("127.0.0.1:%1").arg(printer.server.serverPort()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), job.size());
        QTRY_VERIFY(printer.closed);
        QCOMPARE(printer.received, job);
        checkReceiptStream(printer.received);
    }

    void printerNotListening()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        EscPosSender sender;
        QSignalSpy finished(&sender, &EscPosSender::finished);
        sender.send(EscPosTarget::parse(QStringLiteral("127.0.0.1:%1").arg(port)), QByteArray("\x1B@", 2));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(
                     QStringLiteral("Cannot send the receipt to the printer at 127.0.0.1:%1: ").arg(port)),
                 qPrintable(result.message));
        QVERIFY(!sender.isBusy());
    }

    void printerThatStopsReadingTimesOut()
    {
        // A printer whose connection is taken by the kernel and never read: once the socket
        // buffers are full, nothing moves. (QTcpServer would read everything into memory.)
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0);
        QVERIFY(::listen(listener, 1) == 0);
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        const quint16 port = ntohs(address.sin_port);
        EscPosSender sender;
        sender.setTimeout(500);
        QSignalSpy finished(&sender, &EscPosSender::finished);
        sender.send(EscPosTarget::parse(QStringLiteral("127.0.0.1:%1").arg(port)), QByteArray(64 * 1024 * 1024, 'x'));
        QVERIFY(finished.wait(20000));
        ::close(listener);
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
                 QStringLiteral("The printer at 127.0.0.1:%1 did not answer within 0.5 seconds.").arg(port));
    }

    void writtenToADeviceFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lp0"));
        EscPosSender sender;
        QSignalSpy finished(&sender, &EscPosSender::finished);
        const QByteArray job = EscPosReceipt::encode(TestFixtures::model());
        sender.send(EscPosTarget::parse(path), job);
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), job);
    }

    void missingDeviceSaysWhy()
    {
        EscPosSender sender;
        QSignalSpy finished(&sender, &EscPosSender::finished);
        sender.send(EscPosTarget::parse(QStringLiteral("/nonexistent-dir/lp0")), QByteArray("\x1B@", 2));
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QStringLiteral("Cannot open the printer device /nonexistent-dir/lp0")),
                 qPrintable(result.message));
    }

    void writtenToASerialPort()
    {
        // A pseudo-terminal stands in for the printer's serial line: the sender sets its
        // speed through QSerialPort and the test reads the bytes from the master side.
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        const QString slave = QString::fromLocal8Bit(ptsname(master));
        EscPosSender sender;
        sender.setBaudRate(19200);
        QSignalSpy finished(&sender, &EscPosSender::finished);
        const QByteArray job = EscPosReceipt::encode(TestFixtures::model());
        sender.send(EscPosTarget::parse(slave), job);
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        ::fcntl(master, F_SETFL, O_NONBLOCK);
        while (received.size() < job.size() && clock.elapsed() < 10000) {
            char buffer[4096];
            const ssize_t count = ::read(master, buffer, sizeof buffer);
            if (count > 0)
                received.append(buffer, count);
            else
                QTest::qWait(10);
        }
        QVERIFY(finished.wait(10000) || finished.size() == 1);
        ::close(master);
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(received, job);
    }

    void invalidTarget()
    {
        EscPosSender sender;
        QSignalSpy finished(&sender, &EscPosSender::finished);
        sender.send(EscPosTarget::parse(QStringLiteral("printer")), QByteArray("x"));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ReceiptOutputResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.message, QStringLiteral("'printer' is neither HOST:PORT nor a device path."));
    }
};

QTEST_GUILESS_MAIN(TestEscPosReceipt)
#include "tst_escposreceipt.moc"
