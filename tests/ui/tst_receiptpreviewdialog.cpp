#include "PdfQrReader.h"
#include "ReceiptFixtures.h"
#include "ReceiptPreviewDialog.h"
#include "scan/ReceiptCode.h"

#include <QFile>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

class TestReceiptPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "Europe/Berlin"); }

    void printsOnAPrinterAndItsQrDecodes_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::addColumn<qreal>("marginMm");
        QTest::addColumn<int>("widthPixels"); // at 150 dpi
        QTest::newRow("A4") << QPageSize(QPageSize::A4) << 15.0 << 1240;
        QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << 15.0 << 1275;
        QTest::newRow("80 mm roll") << QPageSize(QSizeF(80, 220), QPageSize::Millimeter) << 4.0 << 472;
    }

    void printsOnAPrinterAndItsQrDecodes()
    {
        QFETCH(QPageSize, pageSize);
        QFETCH(qreal, marginMm);
        QFETCH(int, widthPixels);
        // A PDF printer stands in for a system printer: the same QPrinter and QPainter path.
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(pageSize);
        printer.setPageMargins(QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
        const ReceiptModel model = TestFixtures::model();
        const ReceiptOutputResult result = ReceiptPreviewDialog::print(model, printer);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.destination, printer.outputFileName());

        QFile pdf(printer.outputFileName());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const TestSupport::RenderedPdf rendered = TestSupport::renderPdf(pdf.readAll());
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        QVERIFY(qAbs(rendered.page.width() - widthPixels) <= 1);
        const ReceiptCode code = ReceiptCode::parse(rendered.qrText);
        QVERIFY2(code.isOk(), qPrintable(rendered.qrText));
        QCOMPARE(code.id(), model.refundIdText());
    }

    void previewShowsOnePage()
    {
        ReceiptPreviewDialog dialog(TestFixtures::model());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Refund receipt 6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45"));
        QCOMPARE(dialog.printer()->docName(), dialog.windowTitle());
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        dialog.show();
        QTRY_COMPARE(preview->pageCount(), 1);
    }
};

QTEST_MAIN(TestReceiptPreviewDialog)
#include "tst_receiptpreviewdialog.moc"
