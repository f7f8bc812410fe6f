#include "DeskFixture.h"
#include "LinguistTools.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "i18n/AppTranslator.h"
#include "i18n/UiLanguage.h"

#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace RefundDesk;

namespace {

struct Probe
{
    const char *context;
    const char *source;
};

// Texts the main window and the settings dialog show at once.
const Probe kProbes[] = {
    {"RefundDesk::MainWindow", "&Counter"},       {"RefundDesk::MainWindow", "&Back office"},
    {"RefundDesk::MainWindow", "Se&ttings…"},     {"RefundDesk::SettingsDialog", "Store"},
    {"RefundDesk::SettingsDialog", "Appearance"}, {"RefundDesk::SettingsDialog", "System default"},
};

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

// The language at run time: what `refunddesk --language CODE` does (UiLanguage, AppTranslator)
// and then the main window and the settings dialog, whose texts must come out translated, Qt's
// own buttons included. Until the catalogs are translated it uses tiny catalogs made here
// with lrelease, so the mechanism is tested either way; tst_translations checks the catalogs.
class TestDeskLanguage : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;
    QTemporaryDir m_madeHere;

    // The embedded catalog when it translates every probe, else a tiny one with "[de] &Counter".
    QString catalogDirectory(const QString &code)
    {
        QTranslator embedded;
        if (embedded.load(QStringLiteral("refunddesk_") + code, QStringLiteral(":/i18n"))) {
            bool complete = true;
            for (const Probe &probe : kProbes)
                complete = complete && !embedded.translate(probe.context, probe.source).isEmpty();
            if (complete)
                return QStringLiteral(":/i18n");
        }
        qInfo("The %s catalog is not translated yet: using one made by the test.", qPrintable(code));
        QString ts = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
                                    "language=\"%1\">\n")
                         .arg(code);
        for (const Probe &probe : kProbes) {
            const QString source = QString::fromUtf8(probe.source).replace(u'&', QStringLiteral("&amp;"));
            ts += QStringLiteral("<context><name>%1</name><message><source>%2</source><translation>[%3] %2"
                                 "</translation></message></context>\n")
                      .arg(QString::fromUtf8(probe.context), source, code);
        }
        ts += QStringLiteral("</TS>\n");
        const QString tsPath = m_madeHere.filePath(QStringLiteral("refunddesk_%1.ts").arg(code));
        QFile file(tsPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(ts.toUtf8()) < 0)
            return {};
        file.close();
        QProcess lrelease;
        lrelease.start(
            QStringLiteral(REFUNDDESK_LRELEASE),
            {tsPath, QStringLiteral("-qm"), m_madeHere.filePath(QStringLiteral("refunddesk_%1.qm").arg(code))});
        if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0)
            return {};
        return m_madeHere.path();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_madeHere.isValid());
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void commandLineLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("qtHasIt"); // Qt has no Malay catalog: its buttons stay English
        QTest::newRow("de") << QStringLiteral("de") << true;
        QTest::newRow("ms") << QStringLiteral("ms") << false;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << true;
    }
    void commandLineLanguage()
    {
        QFETCH(QString, code);
        QFETCH(bool, qtHasIt);
        // --language wins over an English setting on an English system.
        const UiLanguage::Resolved language =
            UiLanguage::resolve(UiLanguage::takeOption({QStringLiteral("refunddesk"), QStringLiteral("--demo"),
                                                        QStringLiteral("--language"), code}),
                                QStringLiteral("en"), {QStringLiteral("en-US")});
        QCOMPARE(language.error, QString());
        QCOMPARE(language.code, code);

        const QString directory = catalogDirectory(code);
        QVERIFY(!directory.isEmpty());
        auto owner = std::make_unique<QObject>();
        const AppTranslator::Installed installed = AppTranslator::install(code, owner.get(), directory);
        QVERIFY(installed.catalog);
        QCOMPARE(installed.qtCatalog, qtHasIt);
        for (const Probe &probe : kProbes)
            QVERIFY2(translated(probe.context, probe.source) != QString::fromUtf8(probe.source), probe.source);

        {
            MainWindow window(m_fixture.session());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *tabs = window.findChild<QTabWidget *>();
            QVERIFY(tabs);
            QCOMPARE(tabs->tabText(0), translated("RefundDesk::MainWindow", "&Counter"));
            QCOMPARE(tabs->tabText(1), translated("RefundDesk::MainWindow", "&Back office"));

            SettingsDialog dialog(m_fixture.session(), &window);
            auto *settingsTabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
            QVERIFY(settingsTabs);
            QCOMPARE(settingsTabs->tabText(0), translated("RefundDesk::SettingsDialog", "Store"));
            QCOMPARE(settingsTabs->tabText(settingsTabs->count() - 1),
                     translated("RefundDesk::SettingsDialog", "Appearance"));
            auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("language"));
            QVERIFY(languages);
            QCOMPARE(languages->itemText(0), translated("RefundDesk::SettingsDialog", "System default"));
            // Each language keeps its own name.
            QCOMPARE(languages->itemText(languages->findData(QStringLiteral("zh_CN"))), QStringLiteral("简体中文"));

            // Save is Qt's own button, translated by Qt's catalog.
            QTranslator qt;
            const bool qtLoaded =
                qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            QCOMPARE(qtLoaded, qtHasIt);
            const QString save = qtHasIt ? qt.translate("QPlatformTheme", "Save") : QStringLiteral("Save");
            QVERIFY(!save.isEmpty());
            auto *saveButton = dialog.findChild<QPushButton *>(QStringLiteral("settingsSave"));
            QVERIFY(saveButton);
            QCOMPARE(saveButton->text(), save);
            if (qtHasIt)
                QVERIFY(saveButton->text() != QStringLiteral("Save"));
        }

        // Without the translators the same screens are English again.
        owner.reset();
        MainWindow english(m_fixture.session());
        QCOMPARE(english.findChild<QTabWidget *>()->tabText(0), QStringLiteral("&Counter"));
    }

    void settingChosenInTheDialog()
    {
        SettingsDialog dialog(m_fixture.session());
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(languages);
        languages->setCurrentIndex(languages->findData(QStringLiteral("ms")));
        QCOMPARE(UiLanguage::saved(), QStringLiteral("ms"));
        // The setting wins over a German system, and --language over the setting.
        QCOMPARE(UiLanguage::resolve({}, UiLanguage::saved(), {QStringLiteral("de-DE")}).code, QStringLiteral("ms"));
        UiLanguage::Option option;
        option.given = true;
        option.value = QStringLiteral("zh_CN");
        QCOMPARE(UiLanguage::resolve(option, UiLanguage::saved(), {QStringLiteral("de-DE")}).code,
                 QStringLiteral("zh_CN"));

        // A new dialog shows what is saved; "System default" clears it.
        SettingsDialog again(m_fixture.session());
        auto *shown = again.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(shown->currentData().toString(), QStringLiteral("ms"));
        shown->setCurrentIndex(0);
        QCOMPARE(UiLanguage::saved(), QString());
        QCOMPARE(UiLanguage::resolve({}, UiLanguage::saved(), {QStringLiteral("de-DE")}).code, QStringLiteral("de"));
    }
};

QTEST_MAIN(TestDeskLanguage)
#include "tst_desklanguage.moc"
