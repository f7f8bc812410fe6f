#include "ConfigFileEditor.h"
#include "config/IniFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

class TestConfigFileEditor : public QObject
{
    Q_OBJECT

private:
    static const QString &original()
    {
        static const QString text = QStringLiteral("; RefundDesk at Main Street\n"
                                                   "[store]\n"
                                                   "id=S1          ; the chain's number\n"
                                                   "currency=EUR\n"
                                                   "\n"
                                                   "[gateway.pockyt]\n"
                                                   "base_url=https://mapi.yuansfer.com\n"
                                                   "api_token=env:POCKYT_TOKEN\n");
        return text;
    }

private Q_SLOTS:
    void changesOnlyWhatItIsAskedTo()
    {
        ConfigFileEditor editor(original());
        editor.setValue(QStringLiteral("store"), QStringLiteral("currency"), QStringLiteral("USD"));
        editor.setValue(QStringLiteral("store"), QStringLiteral("name"), QStringLiteral("Main Street"));
        editor.setValue(QStringLiteral("printer"), QStringLiteral("escpos"), QStringLiteral("192.0.2.1:9100"));
        QCOMPARE(editor.text(),
                 QStringLiteral("; RefundDesk at Main Street\n"
                                "[store]\n"
                                "id=S1          ; the chain's number\n"
                                "currency=USD\n"
                                "name=Main Street\n"
                                "\n"
                                "[gateway.pockyt]\n"
                                "base_url=https://mapi.yuansfer.com\n"
                                "api_token=env:POCKYT_TOKEN\n"
                                "\n"
                                "[printer]\n"
                                "escpos=192.0.2.1:9100\n"));
    }

    void removesKeysAndSections()
    {
        ConfigFileEditor editor(original());
        QVERIFY(editor.hasSection(QStringLiteral("gateway.pockyt")));
        editor.removeSection(QStringLiteral("gateway.pockyt"));
        editor.removeKey(QStringLiteral("store"), QStringLiteral("currency"));
        editor.removeKey(QStringLiteral("store"), QStringLiteral("no_such_key"));
        QVERIFY(!editor.hasSection(QStringLiteral("gateway.pockyt")));
        QCOMPARE(editor.text(),
                 QStringLiteral("; RefundDesk at Main Street\n"
                                "[store]\n"
                                "id=S1          ; the chain's number\n"
                                "\n"));
    }

    void valuesReadBackExactly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Main Street") << QStringLiteral("name=Main Street");
        QTest::newRow("semicolon inside a word")
            << QStringLiteral("Main; Street") << QStringLiteral("name=Main; Street");
        QTest::newRow("comment-like") << QStringLiteral("Shop #1") << QStringLiteral("name=\"Shop #1\"");
        QTest::newRow("semicolon after a space") << QStringLiteral("a ;b") << QStringLiteral("name=\"a ;b\"");
        QTest::newRow("quotes") << QStringLiteral("the \"best\" shop")
                                << QStringLiteral("name=\"the \\\"best\\\" shop\"");
        QTest::newRow("backslash") << QStringLiteral("C:\\keys\\x.pem")
                                   << QStringLiteral("name=\"C:\\\\keys\\\\x.pem\"");
        QTest::newRow("leading space") << QStringLiteral(" padded") << QStringLiteral("name=\" padded\"");
        QTest::newRow("empty") << QString() << QStringLiteral("name=");
    }

    void valuesReadBackExactly()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        ConfigFileEditor editor;
        editor.setValue(QStringLiteral("store"), QStringLiteral("name"), value);
        QCOMPARE(editor.text(), QStringLiteral("[store]\n") + written + u'\n');
        const IniFile::Parsed parsed = IniFile::parse(editor.text().toUtf8());
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.file.value(QStringLiteral("store"), QStringLiteral("name")).value_or(QStringLiteral("?")),
                 value);
    }

    void savesForItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refunddesk.ini"));
        ConfigFileEditor editor(original());
        QCOMPARE(editor.save(path), QString());
        QFile file(path);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const ConfigFileEditor::Loaded loaded = ConfigFileEditor::load(path);
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.editor.text(), original());
        QVERIFY(!ConfigFileEditor(original()).save(dir.filePath(QStringLiteral("missing/x.ini"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigFileEditor)
#include "tst_configfileeditor.moc"
