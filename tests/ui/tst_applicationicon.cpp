#include "ApplicationIcon.h"

#include <QApplication>
#include <QTest>

using namespace RefundDesk;

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEverySizeFromTheResources_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void offersEverySizeFromTheResources()
    {
        QFETCH(int, size);
        const QIcon icon = ApplicationIcon::icon();
        QVERIFY(icon.availableSizes().contains(QSize(size, size)));
        // The file behind the size is really there: a missing resource gives a null pixmap.
        const QPixmap pixmap = icon.pixmap(QSize(size, size));
        QCOMPARE(pixmap.size(), QSize(size, size));
        QCOMPARE(pixmap.toImage().pixelColor(size / 2, size / 8).alpha(), 255);
    }

    void installsTheIconAndTheDesktopEntry()
    {
        QVERIFY(QApplication::windowIcon().availableSizes().isEmpty());
        ApplicationIcon::install();
        QCOMPARE(QApplication::windowIcon().availableSizes().size(), 7);
        QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.refunddesk.RefundDesk"));
    }
};

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
