#pragma once

#include "config/RefundDeskConfig.h"
#include "engine/UserAccount.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

namespace RefundDesk {

class EngineThread;
class LedgerWorker;
class RefundEngine;
class RefundSync;

// What every screen works with: the configuration, the engine on its own thread, the screens'
// own ledger connection (LedgerWorker) and the employee who is signed in. start() opens the
// engine, then the ledger worker; ready() or failed() follows. Screens call the engine's
// request methods and the ledger worker's queries (both answer on the screen's thread) and
// follow refundChanged() for live updates.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    // configPath: the file the configuration came from (Settings writes it).
    DeskSession(RefundDeskConfig config, QString configPath, bool demo, QObject *parent = nullptr);
    ~DeskSession() override;

    void start();
    bool isReady() const { return m_ready; }

    const RefundDeskConfig &config() const { return m_config; }
    const QString &configPath() const { return m_configPath; }
    const StoreConfig &store() const { return m_config.store; }
    bool isDemo() const { return m_demo; }
    // After ready().
    RefundEngine &engine() const;
    RefundSync &sync() const;
    LedgerWorker &ledger() const { return *m_ledger; }

    const UserAccount &user() const { return m_user; }
    bool signedIn() const { return !m_user.name.isEmpty(); }
    void signIn(const UserAccount &account);
    void signOut();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void userChanged();
    // A refund was journaled or changed: by this desk, a webhook or a sync (the engine says so
    // at once), or by another register or refundctl serve on the same ledger (the ledger
    // watcher, within a second). UI thread; a refund may be announced twice.
    void refundChanged(const QUuid &refundId);
    // Refunds may have changed without the watcher knowing which: reload what is shown.
    void ledgerReloadNeeded();

private:
    void onEngineReady();

    RefundDeskConfig m_config;
    QString m_configPath;
    bool m_demo;
    std::unique_ptr<EngineThread> m_engineThread;
    std::unique_ptr<LedgerWorker> m_ledger;
    UserAccount m_user;
    bool m_ready = false;
};

} // namespace RefundDesk
