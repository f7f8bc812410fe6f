#include "ReceiptImageGenerator.h"
#include "scan/BarcodeWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

// Runs the real refundctl binary: one JSON line per file, in order, whatever the file holds.
class tst_RefundctlScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneJsonLinePerFile();
    void usageErrors();
};

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray rawOutput;
};

Run refundctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(REFUNDCTL_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.rawOutput = process.readAllStandardOutput();
    for (const QByteArray &line : run.rawOutput.split('\n')) {
        if (!line.isEmpty())
            run.lines.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

} // namespace

void tst_RefundctlScan::oneJsonLinePerFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ReceiptImageGenerator generator;
    const ReceiptSample pockytItf = generator.sample(4); // ITF with a Pockyt transaction number
    const ReceiptSample pwCode39 = generator.sample(2); // Code39 with a PW transaction id
    const QString itfPath = dir.filePath(QStringLiteral("pockyt.png"));
    const QString code39Path = dir.filePath(QStringLiteral("pw.jpg"));
    QVERIFY(pockytItf.image.save(itfPath));
    QVERIFY(pwCode39.image.save(code39Path, "JPG", 92));
    const QString productPath = dir.filePath(QStringLiteral("product.png"));
    QVERIFY(BarcodeWriter::render(BarcodeSymbology::Ean13, QStringLiteral("4006381333931"), 3).save(productPath));
    const QString blankPath = dir.filePath(QStringLiteral("blank.png"));
    QImage blank(300, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    QVERIFY(blank.save(blankPath));
    const QString missingPath = dir.filePath(QStringLiteral("missing.png"));

    const Run run = refundctl({QStringLiteral("scan"), itfPath, code39Path, productPath, blankPath, missingPath});
    QCOMPARE(run.exitCode, 1); // some files held no receipt
    QCOMPARE(run.rawOutput.count('\n'), 5);
    QCOMPARE(run.lines.size(), 5);

    QCOMPARE(run.lines.at(0),
             QJsonObject({{QStringLiteral("file"), itfPath},
                          {QStringLiteral("found"), true},
                          {QStringLiteral("text"), pockytItf.text},
                          {QStringLiteral("format"), QStringLiteral("ITF")},
                          {QStringLiteral("gateway"), QStringLiteral("pockyt")},
                          {QStringLiteral("kind"), QStringLiteral("transaction")},
                          {QStringLiteral("id"), pockytItf.text}}));
    QCOMPARE(run.lines.at(1),
             QJsonObject({{QStringLiteral("file"), code39Path},
                          {QStringLiteral("found"), true},
                          {QStringLiteral("text"), pwCode39.text},
                          {QStringLiteral("format"), QStringLiteral("Code39")},
                          {QStringLiteral("gateway"), QStringLiteral("pwv3")},
                          {QStringLiteral("kind"), QStringLiteral("transaction")},
                          {QStringLiteral("id"), pwCode39.text}}));
    QCOMPARE(run.lines.at(2),
             QJsonObject({{QStringLiteral("file"), productPath},
                          {QStringLiteral("found"), false},
                          {QStringLiteral("text"), QStringLiteral("4006381333931")},
                          {QStringLiteral("format"), QStringLiteral("EAN-13")},
                          {QStringLiteral("reason"), QStringLiteral("Not a receipt RefundDesk knows.")}}));
    QCOMPARE(run.lines.at(3),
             QJsonObject({{QStringLiteral("file"), blankPath},
                          {QStringLiteral("found"), false},
                          {QStringLiteral("reason"), QStringLiteral("No barcode found in the picture.")}}));
    QCOMPARE(run.lines.at(4),
             QJsonObject({{QStringLiteral("file"), missingPath},
                          {QStringLiteral("found"), false},
                          {QStringLiteral("reason"), QStringLiteral("No such file.")}}));

    const Run good = refundctl({QStringLiteral("scan"), itfPath});
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(good.lines.size(), 1);
}

void tst_RefundctlScan::usageErrors()
{
    const Run noFiles = refundctl({QStringLiteral("scan")});
    QCOMPARE(noFiles.exitCode, 2);
    QVERIFY(noFiles.lines.isEmpty());
    const Run badOption = refundctl({QStringLiteral("scan"), QStringLiteral("--bogus"), QStringLiteral("x.png")});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.lines.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RefundctlScan)
#include "tst_refundctlscan.moc"
