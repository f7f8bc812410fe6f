#include "CatalogCheck.h"
#include "LinguistTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// The committed catalogs (translations/*.ts) against the sources as they are now: lupdate
// runs over copies exactly as `update_translations` does, then every message must be in the
// committed catalog and translated completely (CatalogCheck).
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList arguments = QString::fromUtf8(REFUNDDESK_LUPDATE_OPTIONS).split(u';');
        arguments += QString::fromUtf8(REFUNDDESK_TRANSLATED_DIRS).split(u';');
        arguments.append(QStringLiteral("-ts"));
        for (const QString &committed : QString::fromUtf8(REFUNDDESK_TS_FILES).split(u';')) {
            const QString copy = m_dir.filePath(QFileInfo(committed).fileName());
            QVERIFY2(QFile::copy(committed, copy), qPrintable(committed));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            arguments.append(copy);
            m_catalogs.append({committed, copy});
        }
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(REFUNDDESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(REFUNDDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(300000));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
    }

    void catalog_data()
    {
        QTest::addColumn<QString>("committed");
        QTest::addColumn<QString>("extracted");
        for (const auto &[committed, extracted] : std::as_const(m_catalogs))
            QTest::newRow(qPrintable(QFileInfo(committed).fileName())) << committed << extracted;
    }
    void catalog()
    {
        QFETCH(QString, committed);
        QFETCH(QString, extracted);
        const Catalog fromRepository = CatalogCheck::read(committed);
        const Catalog fromSources = CatalogCheck::read(extracted);
        QVERIFY2(fromRepository.error.isEmpty(), qPrintable(fromRepository.error));
        QVERIFY2(fromSources.error.isEmpty(), qPrintable(fromSources.error));
        QVERIFY(!fromSources.messages.isEmpty());

        // Every problem on its own line (a failure message is cut after 1024 characters).
        const QStringList outdated = CatalogCheck::differences(fromRepository, fromSources);
        if (!outdated.isEmpty())
            qWarning("%s", qUtf8Printable(outdated.join(u'\n')));
        QVERIFY2(outdated.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) differ: the catalog is out of date with "
                                           "the sources; build the update_translations target")
                                .arg(outdated.size())));
        const QStringList problems = CatalogCheck::problems(fromSources);
        if (!problems.isEmpty())
            qWarning("%s", qUtf8Printable(problems.join(u'\n')));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s): the catalog is not completely translated").arg(problems.size())));
    }

private:
    QTemporaryDir m_dir;
    QList<std::pair<QString, QString>> m_catalogs; // committed, lupdate's copy
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
