#include "CatalogCheck.h"

#include <QTest>

using namespace RefundDesk;

// The check the catalogs are held to, on messages made up to pass and to fail it.
class TestCatalogCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QStringLiteral("Save") << QStringList();
        QTest::newRow("two") << QStringLiteral("%2 of %1") << QStringList {QStringLiteral("%1"), QStringLiteral("%2")};
        QTest::newRow("repeated") << QStringLiteral("%1, %1 and %2")
                                  << QStringList {QStringLiteral("%1"), QStringLiteral("%1"), QStringLiteral("%2")};
        QTest::newRow("localized and count")
            << QStringLiteral("%L1 in %n row(s)") << QStringList {QStringLiteral("%L1"), QStringLiteral("%n")};
        QTest::newRow("two digits") << QStringLiteral("%12 and %99")
                                    << QStringList {QStringLiteral("%12"), QStringLiteral("%99")};
        QTest::newRow("percent sign") << QStringLiteral("100% done, %1%") << QStringList {QStringLiteral("%1")};
    }
    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(CatalogCheck::placeholders(text), expected);
    }

    void acceleratorCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QStringLiteral("Save") << 0;
        QTest::newRow("one") << QStringLiteral("&Save") << 1;
        QTest::newRow("inside") << QStringLiteral("E&xport CSV…") << 1;
        QTest::newRow("chinese style") << QStringLiteral("打印(&P)") << 1;
        QTest::newRow("literal ampersand") << QStringLiteral("Approval && limits") << 0;
        QTest::newRow("literal and accelerator") << QStringLiteral("&Approval && limits") << 1;
        QTest::newRow("entity") << QStringLiteral("A&nbsp;B &amp; C") << 0;
        QTest::newRow("before a space") << QStringLiteral("A & B") << 0;
    }
    void acceleratorCount()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(CatalogCheck::acceleratorCount(text), expected);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("translations");
        QTest::addColumn<QStringList>("expected"); // a piece of each problem, in order

        const auto row = [](const char *name, const char *language, bool numerus, bool finished, const QString &source,
                            const QStringList &translations, const QStringList &expected) {
            QTest::newRow(name) << QString::fromLatin1(language) << numerus << finished << source << translations
                                << expected;
        };
        // Good.
        row("plain", "de", false, true, QStringLiteral("Save"), {QStringLiteral("Speichern")}, {});
        row("reordered", "de", false, true, QStringLiteral("%1 of %2"), {QStringLiteral("%2 von %1")}, {});
        row("repeated kept", "ms", false, true, QStringLiteral("%1 and %1"), {QStringLiteral("%1 dan %1")}, {});
        row("localized kept", "zh_CN", false, true, QStringLiteral("%L1 refunds"), {QStringLiteral("%L1 笔退款")}, {});
        row("german numerus", "de", true, true, QStringLiteral("%n row(s)"),
            {QStringLiteral("%n Zeile"), QStringLiteral("%n Zeilen")}, {});
        row("malay numerus", "ms", true, true, QStringLiteral("%n row(s)"), {QStringLiteral("%n baris")}, {});
        row("chinese numerus", "zh_CN", true, true, QStringLiteral("%n row(s)"), {QStringLiteral("%n 行")}, {});
        row("accelerator", "de", false, true, QStringLiteral("&Save"), {QStringLiteral("&Speichern")}, {});
        row("chinese accelerator", "zh_CN", false, true, QStringLiteral("&Print"), {QStringLiteral("打印(&P)")}, {});
        row("literal ampersand", "de", false, true, QStringLiteral("Approval && limits"),
            {QStringLiteral("Freigabe && Grenzen")}, {});
        // Bad.
        row("unfinished", "de", false, false, QStringLiteral("Save"), {QString()},
            {QStringLiteral("unfinished"), QStringLiteral("empty")});
        row("unfinished with text", "de", false, false, QStringLiteral("Save"), {QStringLiteral("Speichern")},
            {QStringLiteral("unfinished")});
        row("empty", "ms", false, true, QStringLiteral("Save"), {QStringLiteral("  ")}, {QStringLiteral("empty")});
        row("placeholder dropped", "de", false, true, QStringLiteral("Refund %1 failed: %2"),
            {QStringLiteral("Erstattung %1 fehlgeschlagen")}, {QStringLiteral("placeholders %1 %2")});
        row("placeholder added", "de", false, true, QStringLiteral("Refund %1"), {QStringLiteral("Erstattung %1 (%2)")},
            {QStringLiteral("placeholders %1 in the source but %1 %2")});
        row("repeated dropped", "ms", false, true, QStringLiteral("%1 and %1"), {QStringLiteral("%1")},
            {QStringLiteral("but %1 in")});
        row("localized lost", "zh_CN", false, true, QStringLiteral("%L1 refunds"), {QStringLiteral("%1 笔退款")},
            {QStringLiteral("%L1 in the source but %1")});
        row("count lost", "de", true, true, QStringLiteral("%n row(s)"),
            {QStringLiteral("eine Zeile"), QStringLiteral("%n Zeilen")},
            {QStringLiteral("numerus form 1: placeholders %n in the source but none")});
        row("too few german forms", "de", true, true, QStringLiteral("%n row(s)"), {QStringLiteral("%n Zeilen")},
            {QStringLiteral("1 numerus form(s), the language has 2")});
        row("too many chinese forms", "zh_CN", true, true, QStringLiteral("%n row(s)"),
            {QStringLiteral("%n 行"), QStringLiteral("%n 行")},
            {QStringLiteral("2 numerus form(s), the language has 1")});
        row("unknown language", "fr", true, true, QStringLiteral("%n row(s)"), {QStringLiteral("%n lignes")},
            {QStringLiteral("no numerus rule known for language \"fr\"")});
        row("count without numerus", "de", false, true, QStringLiteral("%n row(s)"), {QStringLiteral("%n Zeilen")},
            {QStringLiteral("has %n but lupdate did not see a count")});
        row("accelerator lost", "de", false, true, QStringLiteral("&Save"), {QStringLiteral("Speichern")},
            {QStringLiteral("the & accelerator is lost")});
        row("accelerator added", "de", false, true, QStringLiteral("Approval && limits"),
            {QStringLiteral("Freigabe &Grenzen")}, {QStringLiteral("has an & accelerator the source does not have")});
    }
    void problems()
    {
        QFETCH(QString, language);
        QFETCH(bool, numerus);
        QFETCH(bool, finished);
        QFETCH(QString, source);
        QFETCH(QStringList, translations);
        QFETCH(QStringList, expected);
        CatalogMessage message;
        message.context = QStringLiteral("RefundDesk::Test");
        message.source = source;
        message.numerus = numerus;
        message.finished = finished;
        message.translations = translations;
        const QStringList found = CatalogCheck::problems(message, language);
        QVERIFY2(found.size() == expected.size(), qPrintable(found.join(u'\n')));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(found.at(i).contains(expected.at(i)), qPrintable(found.at(i)));
    }

    void parse()
    {
        const Catalog catalog = CatalogCheck::parse(QByteArrayLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>RefundDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+30"/>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditTrailPanel</name>
    <message numerus="yes">
        <source>%n row(s) in the audit trail</source>
        <translation>
            <numerusform>%n Zeile im Prüfpfad</numerusform>
            <numerusform>%n Zeilen im Prüfpfad</numerusform>
        </translation>
    </message>
</context>
</TS>
)"));
        QCOMPARE(catalog.error, QString());
        QCOMPARE(catalog.language, QStringLiteral("de"));
        QCOMPARE(catalog.messages.size(), 3);
        const CatalogMessage &settings = catalog.messages.at(0);
        QCOMPARE(settings.context, QStringLiteral("RefundDesk::MainWindow"));
        QCOMPARE(settings.source, QStringLiteral("Se&ttings…"));
        QCOMPARE(settings.translations, QStringList {QStringLiteral("Ein&stellungen…")});
        QVERIFY(settings.finished);
        const CatalogMessage &open = catalog.messages.at(1);
        QCOMPARE(open.comment, QStringLiteral("a file"));
        QVERIFY(!open.finished);
        const CatalogMessage &rows = catalog.messages.at(2);
        QCOMPARE(rows.context, QStringLiteral("RefundDesk::AuditTrailPanel"));
        QVERIFY(rows.numerus);
        QCOMPARE(rows.translations,
                 (QStringList {QStringLiteral("%n Zeile im Prüfpfad"), QStringLiteral("%n Zeilen im Prüfpfad")}));
        const QStringList expected {
            QStringLiteral("RefundDesk::MainWindow: \"Open\" (a file): not translated (unfinished)"),
            QStringLiteral("RefundDesk::MainWindow: \"Open\" (a file): empty translation")};
        QCOMPARE(CatalogCheck::problems(catalog), expected);
    }

    void parseRefusesOtherFiles()
    {
        QVERIFY(!CatalogCheck::parse(QByteArrayLiteral("<html><body/></html>")).error.isEmpty());
        QVERIFY(!CatalogCheck::parse(QByteArrayLiteral("<TS language=\"de\"><context>")).error.isEmpty());
    }

    void differences()
    {
        const auto message = [](const char *context, const char *source) {
            CatalogMessage m;
            m.context = QString::fromLatin1(context);
            m.source = QString::fromLatin1(source);
            return m;
        };
        Catalog committed;
        committed.messages = {message("RefundDesk::A", "Kept"), message("RefundDesk::A", "Removed")};
        Catalog extracted;
        extracted.messages = {message("RefundDesk::A", "Kept"), message("RefundDesk::B", "Kept"),
                              message("RefundDesk::A", "New")};
        QCOMPARE(CatalogCheck::differences(committed, extracted),
                 (QStringList {QStringLiteral("missing from the catalog: RefundDesk::B: \"Kept\""),
                               QStringLiteral("missing from the catalog: RefundDesk::A: \"New\""),
                               QStringLiteral("no longer in the sources: RefundDesk::A: \"Removed\"")}));
        QCOMPARE(CatalogCheck::differences(committed, committed), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCatalogCheck)
#include "tst_catalogcheck.moc"
