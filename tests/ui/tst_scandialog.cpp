#include "ReceiptImageGenerator.h"
#include "ScanDialog.h"
#include "scan/ScannerWedgeDetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

// The dialog standalone, on the offscreen platform: no camera here, so it must say so and
// offer files; pictures and videos of receipts come out as codeScanned().
class tst_ScanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysThereIsNoCameraAndOffersFiles();
    void scansAPictureFile();
    void keepsScanningAfterACodeItDoesNotKnow();
    void scansAVideoFile();
    void wedgeReplaysATypistsKeysIntoTheFocusedField();
};

void tst_ScanDialog::saysThereIsNoCameraAndOffersFiles()
{
    ScanDialog dialog;
    dialog.show();
    QCOMPARE(dialog.cameraProblem(),
             QStringLiteral("No camera found. Open a picture, a PDF or a video of the receipt instead."));
    QStringList buttons;
    for (const QPushButton *button : dialog.findChildren<QPushButton *>())
        buttons.append(button->text());
    QVERIFY(buttons.contains(QStringLiteral("Open image...")));
    QVERIFY(buttons.contains(QStringLiteral("Open video...")));
}

void tst_ScanDialog::scansAPictureFile()
{
    QTemporaryDir dir;
    const ReceiptSample sample = ReceiptImageGenerator().sample(5); // PDF417 with RefundDesk JSON
    const QString path = dir.filePath(QStringLiteral("receipt.png"));
    QVERIFY(sample.image.save(path));

    ScanDialog dialog;
    QSignalSpy scanned(&dialog, &ScanDialog::codeScanned);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.openImageFile(path);
    QTRY_COMPARE(scanned.count(), 1);
    const auto code = scanned.first().at(0).value<ReceiptCode>();
    QCOMPARE(code.gateway(), std::optional<GatewayId>(GatewayId::SecPaid));
    QCOMPARE(code.id(), QStringLiteral("12350"));
    QCOMPARE(dialog.statusText(), QStringLiteral("SecPaid transaction 12350"));
    QTRY_COMPARE(accepted.count(), 1);
}

void tst_ScanDialog::keepsScanningAfterACodeItDoesNotKnow()
{
    QTemporaryDir dir;
    const ReceiptSample product = ReceiptImageGenerator().sample(3); // EAN-13: a product, not a receipt
    const QString path = dir.filePath(QStringLiteral("product.png"));
    QVERIFY(product.image.save(path));

    ScanDialog dialog;
    QSignalSpy scanned(&dialog, &ScanDialog::codeScanned);
    dialog.openImageFile(path);
    QTRY_COMPARE(dialog.statusText(), QStringLiteral("Not a receipt RefundDesk knows. (EAN-13 code)"));
    QCOMPARE(scanned.count(), 0);
    QVERIFY(!dialog.isHidden() || dialog.result() == QDialog::Rejected);
}

void tst_ScanDialog::scansAVideoFile()
{
    ScanDialog dialog;
    QSignalSpy scanned(&dialog, &ScanDialog::codeScanned);
    dialog.openVideoFile(QStringLiteral(RECEIPT_VIDEO));
    QTRY_VERIFY_WITH_TIMEOUT(scanned.count() == 1, 20000);
    const auto code = scanned.first().at(0).value<ReceiptCode>();
    QCOMPARE(code.gateway(), std::optional<GatewayId>(GatewayId::Pockyt));
    QCOMPARE(code.id(), QStringLiteral("297553638300708562"));
}

void tst_ScanDialog::wedgeReplaysATypistsKeysIntoTheFocusedField()
{
    // The application-wide filter with a real line edit: a person's keys land in the field,
    // a scanner's burst does not, and comes out as scanned().
    QLineEdit field;
    field.show();
    QVERIFY(QTest::qWaitForWindowActive(&field) || field.isVisible());
    ScannerWedgeDetector detector;
    qApp->installEventFilter(&detector);
    QSignalSpy spy(&detector, &ScannerWedgeDetector::scanned);

    auto typeInto = [&field](const QString &text, int gapMs, quint64 &clock) {
        for (const QChar c : text) {
            const bool enter = c == QLatin1Char('\n');
            const int key = enter ? int(Qt::Key_Return) : int(c.toUpper().unicode());
            const QString keyText = enter ? QStringLiteral("\r") : QString(c);
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, keyText);
            press.setTimestamp(clock);
            QApplication::sendEvent(&field, &press);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, keyText);
            release.setTimestamp(clock + 1);
            QApplication::sendEvent(&field, &release);
            clock += quint64(gapMs);
        }
    };
    quint64 clock = 10000;
    typeInto(QStringLiteral("ORDER1001\n"), 60, clock);
    QCOMPARE(field.text(), QStringLiteral("ORDER1001"));
    clock += 1000;
    typeInto(QStringLiteral("297553638300708562\n"), 5, clock);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("297553638300708562"));
    QCOMPARE(field.text(), QStringLiteral("ORDER1001"));
    qApp->removeEventFilter(&detector);
}

QTEST_MAIN(tst_ScanDialog)
#include "tst_scandialog.moc"
