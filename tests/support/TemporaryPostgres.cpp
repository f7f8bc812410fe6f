#include "TemporaryPostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace RefundDesk {

namespace {

const QString kInstallHint = QStringLiteral("install Debian's postgresql package (apt-get install postgresql)");
constexpr int kToolTimeoutMs = 120000;
constexpr int kPortAttempts = 5;

bool hasTools(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
        && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable();
}

// Debian keeps the server programs of each major version in /usr/lib/postgresql/<version>/bin,
// off PATH; the newest version installed wins. Other systems put them on PATH.
QString findBinDir()
{
    const QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('.'), 0, 0).toInt() > b.section(QLatin1Char('.'), 0, 0).toInt();
    });
    for (const QString &version : versions) {
        const QString dir = debian.filePath(version + QStringLiteral("/bin"));
        if (hasTools(dir))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && hasTools(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();
    return QString();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString connectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("temporary-postgres-admin-%1").arg(++counter);
}

} // namespace

TemporaryPostgres::TemporaryPostgres() = default;

TemporaryPostgres::~TemporaryPostgres()
{
    stop();
}

bool TemporaryPostgres::fail(const QString &message)
{
    m_error = message;
    const QString log = logTail();
    if (!log.isEmpty())
        m_error += QStringLiteral("\nEnd of the server log:\n") + log;
    return false;
}

QString TemporaryPostgres::logTail() const
{
    if (!m_dir)
        return QString();
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(log.readAll().right(2000));
}

bool TemporaryPostgres::start()
{
    if (m_running)
        return true;
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        return fail(QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) are neither in "
                                   "/usr/lib/postgresql/<version>/bin nor on PATH: %1.")
                        .arg(kInstallHint));
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/refunddesk-postgres-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("No temporary folder for PostgreSQL: %1").arg(m_dir->errorString()));
    if (!prepareFolder())
        return false;
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--username=") + userName(),
                  QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 kToolTimeoutMs))
        return false;
    if (!writeSettings())
        return false;

    // The port is free when probed, but another program may take it before the server does.
    for (int attempt = 1; attempt <= kPortAttempts; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return fail(QStringLiteral("No free port on 127.0.0.1 for PostgreSQL."));
        const bool started = runTool(QStringLiteral("pg_ctl"),
                                     {QStringLiteral("start"), QStringLiteral("--pgdata=") + m_dataDir,
                                      QStringLiteral("--wait"), QStringLiteral("--timeout=60"),
                                      QStringLiteral("--log=") + m_dir->filePath(QStringLiteral("server.log")),
                                      QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port)},
                                     kToolTimeoutMs);
        if (started) {
            m_running = true;
            m_error.clear();
            return true;
        }
        if (!logTail().contains(QLatin1String("Address already in use")))
            return false;
    }
    return false;
}

void TemporaryPostgres::stop()
{
    if (!m_running)
        return;
    // Immediate: the cluster is thrown away, nothing needs to be written back.
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("stop"), QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--mode=immediate"),
             QStringLiteral("--wait")},
            kToolTimeoutMs);
    m_running = false;
}

bool TemporaryPostgres::prepareFolder()
{
    if (!runningAsRoot())
        return true;
#ifdef Q_OS_UNIX
    const passwd *account = ::getpwnam("postgres");
    if (!account) {
        return fail(QStringLiteral("The tests run as root, so PostgreSQL's programs, which refuse root, must run as "
                                   "the postgres system user; there is none: %1.")
                        .arg(kInstallHint));
    }
    if (::chown(QFile::encodeName(m_dir->path()).constData(), account->pw_uid, account->pw_gid) != 0)
        return fail(QStringLiteral("Cannot give %1 to the postgres user.").arg(m_dir->path()));
#endif
    return true;
}

bool TemporaryPostgres::writeSettings()
{
    QFile settings(m_dataDir + QStringLiteral("/postgresql.conf"));
    if (!settings.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("Cannot add to %1: %2").arg(settings.fileName(), settings.errorString()));
    const QString lines =
        QStringLiteral("\n# A test's own server: loopback and a socket in its folder only; no durability (the\n"
                       "# cluster is thrown away); deadlocks found quickly.\n"
                       "listen_addresses = '127.0.0.1'\n"
                       "unix_socket_directories = '%1'\n"
                       "fsync = off\n"
                       "synchronous_commit = off\n"
                       "full_page_writes = off\n"
                       "deadlock_timeout = '100ms'\n")
            .arg(m_dir->path());
    if (settings.write(lines.toUtf8()) < 0)
        return fail(QStringLiteral("Cannot add to %1: %2").arg(settings.fileName(), settings.errorString()));
    return true;
}

bool TemporaryPostgres::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    const QString path = m_binDir + QLatin1Char('/') + tool;
    QString program = path;
    QStringList programArguments = arguments;
    if (runningAsRoot()) {
        program = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (program.isEmpty()) {
            program = QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                                     {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        }
        if (program.isEmpty())
            return fail(QStringLiteral("The tests run as root and need runuser (util-linux) to run %1.").arg(tool));
        programArguments =
            QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path} + arguments;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    // English messages, whatever the machine's language: start() reads the log.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    QProcess process;
    process.setProcessEnvironment(environment);
    // The postgres user may not be allowed into the test's working folder.
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, programArguments);
    if (!process.waitForStarted())
        return fail(QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(QStringLiteral("%1 did not finish within %2 s.").arg(tool).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(QStringLiteral("%1 %2 failed (exit code %3):\n%4")
                        .arg(tool, arguments.join(QLatin1Char(' ')))
                        .arg(process.exitCode())
                        .arg(QString::fromLocal8Bit(process.readAll())));
    }
    return true;
}

QString TemporaryPostgres::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(userName(), host()).arg(m_port).arg(database);
}

bool TemporaryPostgres::createDatabase(const QString &name)
{
    return execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

bool TemporaryPostgres::dropDatabase(const QString &name)
{
    return execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

bool TemporaryPostgres::execute(const QString &database, const QString &sql)
{
    if (!m_running)
        return fail(QStringLiteral("The temporary PostgreSQL server is not running."));
    const QString name = connectionName();
    bool done = false;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(userName());
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(sql);
            error = query.lastError().text();
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!done)
        return fail(QStringLiteral("%1: %2").arg(sql, error));
    return true;
}

} // namespace RefundDesk
