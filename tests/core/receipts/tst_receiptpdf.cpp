#include "PdfQrReader.h"
#include "ReceiptFixtures.h"
#include "receipts/ReceiptPdf.h"
#include "scan/ReceiptCode.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

class TestReceiptPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "Europe/Berlin"); }

    void rendersAndItsQrDecodes_data()
    {
        QTest::addColumn<ReceiptPaper>("paper");
        QTest::addColumn<int>("widthPixels"); // at 150 dpi
        QTest::addColumn<int>("minHeightPixels");
        QTest::addColumn<int>("maxHeightPixels");
        QTest::newRow("A4") << ReceiptPaper::A4 << 1240 << 1754 << 1754;
        QTest::newRow("Letter") << ReceiptPaper::Letter << 1275 << 1650 << 1650;
        // 80 mm wide; as long as the receipt, which is longer than it is wide.
        QTest::newRow("80 mm roll") << ReceiptPaper::Roll80mm << 472 << 700 << 1800;
    }

    void rendersAndItsQrDecodes()
    {
        QFETCH(ReceiptPaper, paper);
        QFETCH(int, widthPixels);
        QFETCH(int, minHeightPixels);
        QFETCH(int, maxHeightPixels);
        const ReceiptModel model = TestFixtures::model();
        const QByteArray pdf = ReceiptPdf::render(model, paper);
        QVERIFY(pdf.startsWith("%PDF-"));

        const TestSupport::RenderedPdf rendered = TestSupport::renderPdf(pdf);
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        QVERIFY2(qAbs(rendered.page.width() - widthPixels) <= 1, qPrintable(QString::number(rendered.page.width())));
        QVERIFY2(rendered.page.height() >= minHeightPixels - 1 && rendered.page.height() <= maxHeightPixels + 1,
                 qPrintable(QString::number(rendered.page.height())));

        QCOMPARE(rendered.qrText, model.qrText());
        const ReceiptCode code = ReceiptCode::parse(rendered.qrText);
        QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
        QCOMPARE(code.id(), model.refundIdText());
    }

    void textIsInThePdf()
    {
        // pdftotext is part of poppler-utils too: the words are real text, not pictures.
        const ReceiptModel model = TestFixtures::model();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        const ReceiptOutputResult written = ReceiptPdf::writeFile(model, ReceiptPaper::A4, path);
        QVERIFY2(written.ok, qPrintable(written.message));
        QCOMPARE(written.destination, path);
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        for (const QString &expected :
             {QStringLiteral("Müller Schuhe, Berlin"), QStringLiteral("Refund receipt"), QStringLiteral("12,50 €"),
              QStringLiteral("37,49 €"), QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45"),
              QStringLiteral("20240315-pi-778"), QStringLiteral("within 5-10 days"),
              QStringLiteral("Größe passt nicht"), QStringLiteral("15.03.24 14:30"),
              QStringLiteral("VISA ************1234")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        }
    }

    void unwritableFileSaysWhy()
    {
        const ReceiptOutputResult written = ReceiptPdf::writeFile(TestFixtures::model(), ReceiptPaper::A4,
                                                                  QStringLiteral("/nonexistent-folder/receipt.pdf"));
        QVERIFY(!written.ok);
        QVERIFY2(written.message.startsWith(QStringLiteral("Cannot write /nonexistent-folder/receipt.pdf")),
                 qPrintable(written.message));
    }

    void fileNameNamesTheRefund()
    {
        QCOMPARE(ReceiptPdf::fileName(TestFixtures::model()),
                 QStringLiteral("refund-6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45.pdf"));
    }
};

QTEST_MAIN(TestReceiptPdf)
#include "tst_receiptpdf.moc"
