#include "DeskLauncher.h"

#include "ApplicationIcon.h"
#include "CredentialStore.h"
#include "DemoEnvironment.h"
#include "DeskSession.h"
#include "MainWindow.h"
#include "StartupScreen.h"
#include "engine/UserAccount.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>

namespace RefundDesk {

DeskLauncher::DeskLauncher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_startup(std::make_unique<StartupScreen>())
    , m_credentials(new CredentialStore(this))
{
    ApplicationIcon::install(); // before the first window is shown
    connect(m_startup.get(), &StartupScreen::quitRequested, this, &DeskLauncher::quitRequested);
    connect(m_credentials, &CredentialStore::resolved, this,
            [this](const RefundDeskConfig &config, const QStringList &problems) {
                m_credentialProblems = problems;
                startSession(config, m_configPath);
            });
}

// The window and the session go first: the session joins the engine thread, which must stop
// before the demo's sandbox does.
DeskLauncher::~DeskLauncher()
{
    m_window.reset();
    m_session.reset();
    m_demo.reset();
}

QString DeskLauncher::defaultConfigPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("refunddesk.ini"));
}

void DeskLauncher::start()
{
    m_startup->show();
    if (m_options.demo) {
        m_demo = std::make_unique<DemoEnvironment>();
        connect(m_demo.get(), &DemoEnvironment::progress, m_startup.get(), &StartupScreen::showProgress);
        connect(m_demo.get(), &DemoEnvironment::failed, this,
                [this](const QString &message) { showProblem(tr("The demo cannot start: %1").arg(message)); });
        connect(m_demo.get(), &DemoEnvironment::ready, this,
                [this] { startSession(m_demo->config(), m_demo->configPath()); });
        m_startup->showProgress(tr("Preparing the demo…"));
        m_demo->start();
        return;
    }
    QString path = m_options.configPath;
    if (path.isEmpty())
        path = RefundDeskConfig::pathFromEnvironment();
    if (path.isEmpty())
        path = defaultConfigPath();
    loadConfiguration(path);
}

void DeskLauncher::loadConfiguration(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        showProblem(tr("There is no configuration at %1 yet. Write one as docs/configuration.md describes (or name "
                       "it with --config FILE or REFUNDDESK_CONFIG), then start RefundDesk again. To try RefundDesk "
                       "without one, start it with --demo.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const RefundDeskConfig::Loaded loaded = RefundDeskConfig::load(path);
    if (!loaded.ok) {
        showProblem(tr("The configuration %1 has problems; fix them and start RefundDesk again:\n%2")
                        .arg(QDir::toNativeSeparators(path), loaded.errors.join(u'\n')));
        return;
    }
    resolveCredentials(loaded.config, path);
}

void DeskLauncher::resolveCredentials(const RefundDeskConfig &config, const QString &path)
{
    m_configPath = path;
    m_startup->showProgress(tr("Reading the gateway credentials from the keychain…"));
    m_credentials->resolve(config);
}

void DeskLauncher::startSession(const RefundDeskConfig &config, const QString &path)
{
    UserAccount signedIn;
    if (m_session)
        signedIn = m_session->user();
    m_window.reset();
    m_session.reset();
    m_configPath = path;
    m_startup->show();
    m_startup->showProgress(tr("Opening the ledger and starting the engine…"));
    m_session = std::make_unique<DeskSession>(config, path, m_options.demo);
    connect(m_session.get(), &DeskSession::failed, this,
            [this](const QString &message) { showProblem(tr("RefundDesk cannot start: %1").arg(message)); });
    connect(m_session.get(), &DeskSession::ready, this, [this, signedIn] {
        m_window = std::make_unique<MainWindow>(*m_session);
        connect(m_window.get(), &MainWindow::configurationSaved, this, &DeskLauncher::restart);
        m_startup->hide();
        m_window->show();
        if (!m_credentialProblems.isEmpty())
            m_window->statusBar()->showMessage(m_credentialProblems.join(u' '));
        if (signedIn.name.isEmpty())
            m_window->requestSignIn();
        else
            m_session->signIn(signedIn);
        Q_EMIT windowReady();
    });
    m_session->start();
}

void DeskLauncher::restart()
{
    // Queued: the settings dialog that asked is still on the stack.
    QMetaObject::invokeMethod(
        this, [this] { loadConfiguration(m_configPath); }, Qt::QueuedConnection);
}

void DeskLauncher::showProblem(const QString &problem)
{
    m_window.reset();
    m_startup->show();
    m_startup->showProblem(problem);
}

} // namespace RefundDesk
