#pragma once

#include "config/RefundDeskConfig.h"
#include "engine/UserStore.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerWatcher.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace RefundDesk {

// The screens' own connection to the ledger, for read models (DESIGN.md: the UI talks to the
// engine and to read models over the ledger) and for recording receipt deliveries. A worker
// thread with its own ledger and users table connections, so a slow query, a long
// audit-chain check or a CSV export never holds up the UI thread or the engine. It also runs
// the LedgerWatcher, so changes made by another register or `refundctl serve` reach the
// screens (refundsChanged(), on the UI thread) without the UI thread touching the ledger. Every request returns at
// once; the work runs on the worker in the order asked, and `done` runs later on `context`'s thread (never when context
// is gone by then).
class LedgerWorker : public QObject
{
    Q_OBJECT

public:
    // What a request sees on the worker thread.
    struct Access
    {
        Ledger &ledger;
        UserStore &users;
    };

    // The configuration's SQLite ledger, which the engine has opened (and migrated) first, and
    // its audit key, for checking the chain.
    explicit LedgerWorker(RefundDeskConfig config, QObject *parent = nullptr);
    // Joins the worker after the request that runs now; queued requests are dropped.
    ~LedgerWorker() override;

    // Opens the connections on the worker; opened() or failed() follows. Requests made after
    // start() run once the ledger is open (never, when it could not be opened).
    void start();
    bool isOpen() const { return m_open; }

    template<typename T>
    void query(std::function<T(Access &)> work, QObject *context, std::function<void(const T &)> done)
    {
        QPointer<QObject> target(context);
        post([work = std::move(work), target, done = std::move(done)](Access &access) {
            T value = work(access);
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target.data(),
                [target, done, value = std::move(value)] {
                    if (target)
                        done(value);
                },
                Qt::QueuedConnection);
        });
    }

Q_SIGNALS:
    void opened();
    void failed(const QString &message);
    // LedgerWatcher::refundsChanged: the refunds any connection or process changed; an empty
    // list when the watcher cannot tell which (reload everything shown).
    void refundsChanged(const QList<QUuid> &refundIds);

private:
    void post(std::function<void(Access &)> work);

    RefundDeskConfig m_config;
    QThread m_thread;
    QObject *m_anchor; // lives on m_thread
    std::unique_ptr<Ledger> m_ledger; // created, used and destroyed on m_thread
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<LedgerWatcher> m_watcher;
    std::unique_ptr<Access> m_access;
    bool m_open = false;
    std::shared_ptr<std::atomic_bool> m_stopping; // queued work skips itself once set
};

} // namespace RefundDesk
