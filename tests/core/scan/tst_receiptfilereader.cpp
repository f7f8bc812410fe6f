#include "ReceiptImageGenerator.h"
#include "scan/BarcodeWriter.h"
#include "scan/ReceiptFileReader.h"

#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

class tst_ReceiptFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsPictures_data();
    void readsPictures();
    void readsPdfReceiptOnItsSecondPage();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void offersPdfAndPictures();

private:
    QTemporaryDir m_dir;
};

void tst_ReceiptFileReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_ReceiptFileReader::readsPictures_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("format");
    for (int index = 0; index < 8; ++index) {
        const ReceiptSample sample = ReceiptImageGenerator().sample(index);
        QTest::newRow(qPrintable(sample.name + QStringLiteral(".png"))) << index << QByteArrayLiteral("png");
        QTest::newRow(qPrintable(sample.name + QStringLiteral(".jpg"))) << index << QByteArrayLiteral("jpg");
    }
}

void tst_ReceiptFileReader::readsPictures()
{
    QFETCH(int, index);
    QFETCH(QByteArray, format);
    const ReceiptSample sample = ReceiptImageGenerator().sample(index);
    const QString path = m_dir.filePath(sample.name + QLatin1Char('.') + QString::fromLatin1(format));
    QVERIFY(sample.image.save(path, format.constData(), 90));

    const FileScanResult result = ReceiptFileReader().scan(path);
    QCOMPARE(result.status, FileScanResult::Status::Found);
    QCOMPARE(result.page, 1);
    QCOMPARE(result.code.text, sample.text);
    QCOMPARE(result.code.symbology, sample.symbology);
}

void tst_ReceiptFileReader::readsPdfReceiptOnItsSecondPage()
{
    const QString path = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const QString text = QStringLiteral("refunddesk:sale?gateway=pockyt&transaction=297553638300708562");
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(80, 200), QPageSize::Millimeter)); // a till roll
        pdf.setResolution(300);
        QPainter painter(&pdf);
        painter.fillRect(QRect(50, 50, 600, 60), Qt::black); // page 1: only a printed line
        pdf.newPage();
        const QImage qr = BarcodeWriter::renderQr(text, 6);
        painter.drawImage(QRect(100, 300, qr.width(), qr.height()), qr);
    }
    const FileScanResult result = ReceiptFileReader().scan(path);
    QCOMPARE(result.status, FileScanResult::Status::Found);
    QCOMPARE(result.page, 2);
    QCOMPARE(result.code.text, text);
    QCOMPARE(result.code.symbology, BarcodeSymbology::QrCode);
}

void tst_ReceiptFileReader::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<FileScanResult::Status>("status");
    QTest::addColumn<QString>("message");

    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        blank.save(&buffer, "PNG");
    }
    using S = FileScanResult::Status;
    QTest::newRow("picture without a code")
        << QStringLiteral("blank.png") << png << S::NoCode << QStringLiteral("No barcode found in the picture.");
    QTest::newRow("text file") << QStringLiteral("notes.txt") << QByteArrayLiteral("hello") << S::Unreadable
                               << QStringLiteral(
                                      "Not a picture or PDF file RefundDesk can read (Unsupported image format).");
    QTest::newRow("truncated png") << QStringLiteral("cut.png") << png.left(40) << S::Unreadable
                                   << QStringLiteral(
                                          "Not a picture or PDF file RefundDesk can read (Unable to read image data).");
    QTest::newRow("broken pdf") << QStringLiteral("broken.pdf") << QByteArrayLiteral("%PDF-1.4\n garbage")
                                << S::Unreadable << QStringLiteral("The PDF file cannot be opened.");
    QTest::newRow("missing file") << QString() << QByteArray() << S::Unreadable << QStringLiteral("No such file.");
}

void tst_ReceiptFileReader::refusesWhatItCannotRead()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(FileScanResult::Status, status);
    QFETCH(QString, message);

    QString path = m_dir.filePath(QStringLiteral("does-not-exist.png"));
    if (!name.isEmpty()) {
        path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const FileScanResult result = ReceiptFileReader().scan(path);
    QCOMPARE(result.status, status);
    QCOMPARE(result.message, message);
    QVERIFY(!result.code.found);
}

void tst_ReceiptFileReader::offersPdfAndPictures()
{
    const QStringList filters = ReceiptFileReader::nameFilters();
    for (const QString &filter : {QStringLiteral("*.pdf"), QStringLiteral("*.png"), QStringLiteral("*.jpg")})
        QVERIFY2(filters.contains(filter), qPrintable(filter));
}

QTEST_GUILESS_MAIN(tst_ReceiptFileReader)
#include "tst_receiptfilereader.moc"
