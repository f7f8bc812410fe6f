#include "i18n/UiLanguage.h"

#include <QTest>

using namespace RefundDesk;

// Which language RefundDesk's texts come in: --language, the setting, the system's list.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choices()
    {
        QStringList codes;
        for (const UiLanguage::Choice &choice : UiLanguage::choices())
            codes.append(choice.code);
        QCOMPARE(
            codes,
            (QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ms"), QStringLiteral("zh_CN")}));
        QCOMPARE(UiLanguage::choices().at(2).nativeName, QStringLiteral("Bahasa Melayu"));
    }

    void codeFor_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("de-AT") << QStringLiteral("de-AT") << QStringLiteral("de");
        QTest::newRow("LANG style") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("euro") << QStringLiteral("de_DE@euro") << QStringLiteral("de");
        QTest::newRow("ms") << QStringLiteral("ms") << QStringLiteral("ms");
        QTest::newRow("ms-MY") << QStringLiteral("ms-MY") << QStringLiteral("ms");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-Hans-CN") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-SG") << QStringLiteral("zh-SG") << QStringLiteral("zh_CN");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("traditional TW") << QStringLiteral("zh_TW") << QString();
        QTest::newRow("traditional HK") << QStringLiteral("zh-Hant-HK") << QString();
        QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringLiteral("en");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("french") << QStringLiteral("fr_FR") << QString();
        QTest::newRow("C") << QStringLiteral("C") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("nonsense") << QStringLiteral("xx-YY") << QString();
    }
    void codeFor()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(UiLanguage::codeFor(name), code);
    }

    void fromSystem_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("code");
        QTest::newRow("german") << QStringList {QStringLiteral("de-DE"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("first known") << QStringList {QStringLiteral("fr-FR"), QStringLiteral("ms-MY")}
                                     << QStringLiteral("ms");
        QTest::newRow("english before german")
            << QStringList {QStringLiteral("en-US"), QStringLiteral("de-DE")} << QStringLiteral("en");
        QTest::newRow("traditional then simplified")
            << QStringList {QStringLiteral("zh-Hant-TW"), QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
        QTest::newRow("none known") << QStringList {QStringLiteral("fr-FR")} << QStringLiteral("en");
        QTest::newRow("empty") << QStringList() << QStringLiteral("en");
    }
    void fromSystem()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, code);
        QCOMPARE(UiLanguage::fromSystem(uiLanguages), code);
    }

    void takeOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("given");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("remaining");
        const QString program = QStringLiteral("refundctl");
        QTest::newRow("absent") << QStringList {program, QStringLiteral("list")} << false << QString()
                                << QStringList {program, QStringLiteral("list")};
        QTest::newRow("separate") << QStringList {program, QStringLiteral("--language"), QStringLiteral("de"),
                                                  QStringLiteral("list")}
                                  << true << QStringLiteral("de") << QStringList {program, QStringLiteral("list")};
        QTest::newRow("joined") << QStringList {program, QStringLiteral("list"), QStringLiteral("--language=zh_CN")}
                                << true << QStringLiteral("zh_CN") << QStringList {program, QStringLiteral("list")};
        QTest::newRow("without value") << QStringList {program, QStringLiteral("--language")} << true << QString()
                                       << QStringList {program};
        QTest::newRow("program name is not an option")
            << QStringList {QStringLiteral("--language"), QStringLiteral("x")} << false << QString()
            << QStringList {QStringLiteral("--language"), QStringLiteral("x")};
    }
    void takeOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, given);
        QFETCH(QString, value);
        QFETCH(QStringList, remaining);
        const UiLanguage::Option option = UiLanguage::takeOption(arguments);
        QCOMPARE(option.given, given);
        QCOMPARE(option.value, value);
        QCOMPARE(option.remaining, remaining);
    }

    void resolve_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("error");
        const QString program = QStringLiteral("refunddesk");
        const QStringList german {QStringLiteral("de-DE")};
        QTest::newRow("system") << QStringList {program} << QString() << german << QStringLiteral("de") << false;
        QTest::newRow("setting over system")
            << QStringList {program} << QStringLiteral("ms") << german << QStringLiteral("ms") << false;
        QTest::newRow("english setting over system")
            << QStringList {program} << QStringLiteral("en") << german << QStringLiteral("en") << false;
        QTest::newRow("unknown setting falls back")
            << QStringList {program} << QStringLiteral("fr") << german << QStringLiteral("de") << false;
        QTest::newRow("option over setting")
            << QStringList {program, QStringLiteral("--language"), QStringLiteral("zh_CN")} << QStringLiteral("ms")
            << german << QStringLiteral("zh_CN") << false;
        QTest::newRow("option as a locale name") << QStringList {program, QStringLiteral("--language=de_AT")}
                                                 << QString() << QStringList() << QStringLiteral("de") << false;
        QTest::newRow("unknown option") << QStringList {program, QStringLiteral("--language"), QStringLiteral("fr")}
                                        << QStringLiteral("ms") << german << QString() << true;
        QTest::newRow("option without value")
            << QStringList {program, QStringLiteral("--language")} << QString() << german << QString() << true;
    }
    void resolve()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, setting);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, code);
        QFETCH(bool, error);
        const UiLanguage::Resolved resolved =
            UiLanguage::resolve(UiLanguage::takeOption(arguments), setting, uiLanguages);
        QCOMPARE(resolved.code, code);
        QCOMPARE(!resolved.error.isEmpty(), error);
        if (error)
            QVERIFY2(resolved.error.contains(QStringLiteral("en, de, ms, zh_CN")), qPrintable(resolved.error));
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
