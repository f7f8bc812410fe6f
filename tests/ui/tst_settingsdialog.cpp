#include "CredentialStore.h"
#include "DeskFixture.h"
#include "EmployeesPanel.h"
#include "SecretField.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace RefundDesk;

// Settings on a machine without a system keychain (the tests run without a D-Bus session):
// credentials are refused, never written elsewhere; everything else is written to the
// configuration file and read back.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;

    QByteArray configBytes()
    {
        QFile file(m_fixture.session().configPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList visibleTexts(QWidget &root)
    {
        QStringList texts;
        for (QLabel *label : root.findChildren<QLabel *>())
            texts << label->text();
        for (QLineEdit *edit : root.findChildren<QLineEdit *>())
            texts << edit->text() << edit->displayText();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain reachable, whatever the machine running the tests has.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refunddesk-test-bus");
        qunsetenv("DISPLAY");
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
    }

    void credentialsAreNeverShownAndNotSavedWithoutAKeychain()
    {
        SettingsDialog dialog(m_fixture.session());
        QSignalSpy probed(&dialog, &SettingsDialog::keychainProbed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 1, 10000);
        QCOMPARE(probed.constFirst().constFirst().toBool(), false);
        QVERIFY2(dialog.keychainNotice().startsWith(
                     QStringLiteral("Credentials cannot be saved on this computer: RefundDesk cannot reach a "
                                    "system keychain on this computer (")),
                 qPrintable(dialog.keychainNotice()));

        auto *token = dialog.findChild<SecretField *>(QStringLiteral("pockytToken"));
        QCOMPARE(token->stateText(), QStringLiteral("From the environment variable REFUNDDESK_DEMO_POCKYT_API_TOKEN"));
        // The sandbox's token is known to this process, yet nowhere on screen.
        for (const QString &text : visibleTexts(dialog))
            QVERIFY2(!text.contains(QStringLiteral("testtoken")), qPrintable(text));

        const QByteArray before = configBytes();
        dialog.showTab(SettingsDialog::Tab::Gateways);
        QTest::mouseClick(token->findChild<QPushButton *>(), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), token->editor());
        QCOMPARE(token->editor()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token->editor(), QStringLiteral("a-new-token"));
        QSignalSpy finished(&dialog, &SettingsDialog::saveFinished);
        QSignalSpy saved(&dialog, &SettingsDialog::configurationSaved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY2(
            dialog.message().startsWith(QStringLiteral("Pockyt's API token was not saved, and neither was "
                                                       "anything else: RefundDesk cannot reach a system keychain")),
            qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QStringLiteral("RefundDesk does not write credentials to disk")));
        QCOMPARE(saved.size(), 0);
        QCOMPARE(configBytes(), before);
        QVERIFY(!configBytes().contains("a-new-token"));
    }

    void savesTheRestToTheConfigurationFile()
    {
        SettingsDialog dialog(m_fixture.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("storeName"));
        QCOMPARE(name->text(), QStringLiteral("RefundDesk Demo Store"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Corner Shop #1"));
        auto *threshold = dialog.findChild<QLineEdit *>(QStringLiteral("approvalThreshold"));
        QCOMPARE(threshold->text(), QStringLiteral("50.00"));
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("75.5"));
        auto *escPos = dialog.findChild<QLineEdit *>(QStringLiteral("escPosTarget"));
        QTest::keyClicks(escPos, QStringLiteral("192.0.2.10:9100"));

        QSignalSpy saved(&dialog, &SettingsDialog::configurationSaved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

        const RefundDeskConfig::Loaded loaded = RefundDeskConfig::load(m_fixture.session().configPath());
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.config.store.name, QStringLiteral("Corner Shop #1"));
        QCOMPARE(loaded.config.store.approvalThresholdMinor, qint64(7550));
        QCOMPARE(loaded.config.printer.escpos, QStringLiteral("192.0.2.10:9100"));
        // Untouched: the credentials as they were written, the demo's comment on top.
        QCOMPARE(loaded.config.pockyt->apiToken.describe(), QStringLiteral("env:REFUNDDESK_DEMO_POCKYT_API_TOKEN"));
        QVERIFY(configBytes().startsWith("; RefundDesk demo: every gateway is the in-process refund-sandbox.\n"));
        QVERIFY(configBytes().contains("name=\"Corner Shop #1\"\n"));
    }

    void saysWhatIsMissing()
    {
        SettingsDialog dialog(m_fixture.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QByteArray before = configBytes();
        auto *currency = dialog.findChild<QLineEdit *>(QStringLiteral("storeCurrency"));
        currency->clear();
        QSignalSpy finished(&dialog, &SettingsDialog::saveFinished);
        dialog.save();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog.message(), QStringLiteral("Store currency is needed."));
        QCOMPARE(QApplication::focusWidget(), currency);

        QTest::keyClicks(currency, QStringLiteral("XYZ"));
        dialog.save();
        QCOMPARE(dialog.message(), QStringLiteral("XYZ is not an ISO 4217 currency code like EUR."));
        QCOMPARE(configBytes(), before);
    }

    void addsAnEmployeeWhoCanSignIn()
    {
        SettingsDialog dialog(m_fixture.session());
        dialog.showTab(SettingsDialog::Tab::Employees);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        EmployeesPanel *employees = dialog.employees();
        QTRY_COMPARE(employees->table()->rowCount(), 3);
        QTest::keyClicks(employees->newName(), QStringLiteral("dana"));
        QTest::keyClicks(employees->newDisplayName(), QStringLiteral("Dana Doe"));
        employees->newRole()->setCurrentIndex(employees->newRole()->findData(QStringLiteral("manager")));
        QTest::keyClicks(employees->newPin(), QStringLiteral("4444"));
        QTest::keyClicks(employees->newPinAgain(), QStringLiteral("4445"));
        QTest::mouseClick(employees->addButton(), Qt::LeftButton);
        QCOMPARE(employees->message(), QStringLiteral("The two PINs differ; enter the same PIN twice."));
        QTest::keyClicks(employees->newPinAgain(), QStringLiteral("4444"));
        QTest::mouseClick(employees->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(employees->message(), QStringLiteral("dana was added."), 10000);
        QTRY_COMPARE(employees->table()->rowCount(), 4);
        QCOMPARE(employees->newPin()->text(), QString());

        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("dana"), QStringLiteral("4444"), &error), qPrintable(error));
        QCOMPARE(m_fixture.session().user().role, Role::Manager);
        QCOMPARE(m_fixture.session().user().pinHash, QString());
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
