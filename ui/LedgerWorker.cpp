#include "LedgerWorker.h"

#include "engine/AuditKey.h"
#include "ledger/LedgerFactory.h"

namespace RefundDesk {

LedgerWorker::LedgerWorker(RefundDeskConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_anchor(new QObject)
    , m_stopping(std::make_shared<std::atomic_bool>(false))
{
    m_thread.setObjectName(QStringLiteral("RefundDesk ledger worker"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

LedgerWorker::~LedgerWorker()
{
    if (!m_thread.isRunning()) {
        delete m_anchor;
        return;
    }
    m_stopping->store(true);
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_watcher.reset();
            m_access.reset();
            m_users.reset();
            m_ledger.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LedgerWorker::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_anchor, [this] {
        const AuditKey::Loaded key = AuditKey::load(m_config);
        if (!key.ok) {
            QMetaObject::invokeMethod(this, [this, message = key.message] { Q_EMIT failed(message); });
            return;
        }
        LedgerResult result = LedgerResult::success();
        std::unique_ptr<Ledger> ledger = LedgerFactory::openLedger(m_config.ledger.url, &result);
        std::unique_ptr<UserStore> users;
        if (ledger)
            users = UserStore::open(m_config.ledger.url, &result);
        std::unique_ptr<LedgerWatcher> watcher;
        if (users)
            watcher = LedgerFactory::openWatcher(m_config.ledger.url, &result);
        if (!ledger || !users || !watcher) {
            QMetaObject::invokeMethod(this, [this, message = result.message()] { Q_EMIT failed(message); });
            return;
        }
        ledger->setAuditKey(key.key);
        // Queued to this object's (the UI) thread.
        connect(watcher.get(), &LedgerWatcher::refundsChanged, this, &LedgerWorker::refundsChanged);
        m_ledger = std::move(ledger);
        m_users = std::move(users);
        m_watcher = std::move(watcher);
        m_access = std::make_unique<Access>(Access {*m_ledger, *m_users});
        QMetaObject::invokeMethod(this, [this] {
            m_open = true;
            Q_EMIT opened();
        });
    });
}

void LedgerWorker::post(std::function<void(Access &)> work)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, stopping = m_stopping, work = std::move(work)] {
            if (stopping->load() || !m_access)
                return;
            work(*m_access);
        },
        Qt::QueuedConnection);
}

} // namespace RefundDesk
