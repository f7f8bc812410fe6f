#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace RefundDesk::TestSupport {

// Debian's python3-aiosmtpd is installed for the system interpreter, which a python3 earlier
// on PATH (a virtualenv, pyenv) may not see; take the first python3 that can import it.
inline QString pythonWithAiosmtpd()
{
    QStringList candidates;
    for (const QString &found :
         {QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")}),
          QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (!found.isEmpty() && !candidates.contains(found))
            candidates.append(found);
    }
    for (const QString &python : candidates) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return QString();
}

// aiosmtpd on loopback, run by tests/core/receipts/smtp_test_server.py.
class SmtpTestServer
{
public:
    QString error;
    quint16 port = 0;
    QTemporaryDir maildir;

    bool start(const QString &python, const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(python,
                        QStringList {QStringLiteral(REFUNDDESK_SOURCE_DIR "/tests/core/receipts/smtp_test_server.py"),
                                     QStringLiteral("--maildir"), maildir.path()}
                            + arguments);
        if (!m_process.waitForStarted(30000)) {
            error = QStringLiteral("cannot start the SMTP server: %1").arg(m_process.errorString());
            return false;
        }
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000)) {
                error = QStringLiteral("the SMTP server did not start: %1")
                            .arg(QString::fromUtf8(m_process.readAllStandardError()));
                return false;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        bool ok = false;
        port = line.startsWith("READY ") ? line.mid(6).toUShort(&ok) : 0;
        if (!ok)
            error = QStringLiteral("unexpected first line from the SMTP server: %1").arg(QString::fromUtf8(line));
        return ok;
    }

    ~SmtpTestServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(10000);
    }

    // The summaries of the messages received so far, in order.
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> found;
        const QDir dir(maildir.path());
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            QFile summary(dir.filePath(name + QStringLiteral("/summary.json")));
            if (summary.open(QIODevice::ReadOnly))
                found.append(QJsonDocument::fromJson(summary.readAll()).object());
        }
        return found;
    }

    QByteArray attachment(int index, const QString &name) const
    {
        QFile file(QDir(maildir.path())
                       .filePath(QStringLiteral("%1/attachment-%2").arg(index + 1, 3, 10, QLatin1Char('0')).arg(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QProcess m_process;
};

} // namespace RefundDesk::TestSupport
