#pragma once

#include "config/RefundDeskConfig.h"

#include <QObject>
#include <QString>

#include <memory>

namespace RefundDesk {

class CredentialStore;
class DemoEnvironment;
class DeskSession;
class MainWindow;
class StartupScreen;

// Starts the application: the demo environment (with --demo) or the configuration file,
// the gateway credentials from the keychain, the engine and the ledger (DeskSession), then
// the main window and the sign-in. Says what it is doing meanwhile and why it cannot start
// when it cannot. After Settings were saved it starts the engine again with the new file;
// the employee stays signed in.
class DeskLauncher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QString configPath; // empty: REFUNDDESK_CONFIG, else the per-user default
    };

    explicit DeskLauncher(Options options, QObject *parent = nullptr);
    ~DeskLauncher() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    DeskSession *session() const { return m_session.get(); }
    DemoEnvironment *demo() const { return m_demo.get(); }

    // Where the configuration is read from without --config and REFUNDDESK_CONFIG.
    static QString defaultConfigPath();

Q_SIGNALS:
    // The main window is up and asks who is working.
    void windowReady();
    void quitRequested();

private:
    void loadConfiguration(const QString &path);
    void resolveCredentials(const RefundDeskConfig &config, const QString &path);
    void startSession(const RefundDeskConfig &config, const QString &path);
    void restart();
    void showProblem(const QString &problem);

    Options m_options;
    std::unique_ptr<StartupScreen> m_startup;
    std::unique_ptr<DemoEnvironment> m_demo;
    CredentialStore *m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskSession> m_session;
    QString m_configPath;
    QStringList m_credentialProblems;
};

} // namespace RefundDesk
