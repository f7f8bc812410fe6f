#pragma once

#include "SandboxSettings.h"
#include "config/RefundDeskConfig.h"
#include "domain/Actor.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>

namespace RefundDesk {

class SandboxServer;

// `refunddesk --demo`: everything a demo needs, on this machine only. start() does, off the
// UI thread:
// - a fresh demo folder (removed again when the demo ends);
// - a PayNet merchant key pair generated into that folder (never a key from the repository),
//   whose public key the in-process refund-sandbox is given;
// - refund-sandbox on a free loopback port, on a thread of its own, from the default seed;
// - a configuration file in the folder whose gateway sections point at the sandbox. The
//   sandbox's account credentials are not anybody's secrets, but they still stay out of the
//   file: it names them as env: variables that only this process sets, in memory;
// - a SQLite ledger holding the seed's sales of the configured accounts, so every sample
//   receipt is found at once, and the demo employees (PINs hashed like any other).
// ready() or failed() follows; progress() says what it is doing meanwhile.
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    struct DemoUser
    {
        QString name;
        QString displayName;
        Role role;
        QString pin;
    };
    // clerk 1111, manager 2222, backoffice 3333.
    static QList<DemoUser> users();

    struct Options
    {
        SandboxSettings sandbox = defaultSandboxSettings();
        // The demo store's locale (how amounts are typed and shown).
        QString locale = QStringLiteral("en_IE");
        int syncIntervalSeconds = 15;
    };
    // Lively defaults: PayNet settles after 3 s, a SecPaid admin approves after 20 s.
    static SandboxSettings defaultSandboxSettings();

    explicit DemoEnvironment(QObject *parent = nullptr);
    explicit DemoEnvironment(Options options, QObject *parent = nullptr);
    // Stops the sandbox and removes the demo folder.
    ~DemoEnvironment() override;

    void start();
    bool isReady() const { return m_ready; }

    // After ready():
    const RefundDeskConfig &config() const { return m_config; }
    QString configPath() const;
    QString folder() const { return m_folder.path(); }
    QUrl sandboxUrl() const { return m_sandboxUrl; }

Q_SIGNALS:
    void progress(const QString &step);
    void ready();
    void failed(const QString &message);

private:
    struct Prepared;
    Prepared prepare();

    Options m_options;
    QTemporaryDir m_folder;
    QThread m_thread; // runs the preparation, then the sandbox
    QObject *m_anchor; // lives on m_thread
    std::unique_ptr<SandboxServer> m_sandbox; // created, used and destroyed on m_thread
    RefundDeskConfig m_config;
    QUrl m_sandboxUrl;
    bool m_ready = false;
};

} // namespace RefundDesk
