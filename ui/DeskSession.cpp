#include "DeskSession.h"

#include "LedgerWorker.h"
#include "engine/EngineThread.h"
#include "engine/RefundEngine.h"

namespace RefundDesk {

DeskSession::DeskSession(RefundDeskConfig config, QString configPath, bool demo, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_configPath(std::move(configPath))
    , m_demo(demo)
{ }

// The ledger worker goes before the engine thread: both are joined in their destructors.
DeskSession::~DeskSession()
{
    m_ledger.reset();
    m_engineThread.reset();
}

void DeskSession::start()
{
    EngineThread::Options options;
    options.sync = true;
    // The desktop listens for webhooks when the gateways are told where to send them.
    options.webhooks = !m_config.webhooks.publicUrl.isEmpty();
    m_engineThread = std::make_unique<EngineThread>(m_config, options);
    connect(m_engineThread.get(), &EngineThread::ready, this, &DeskSession::onEngineReady);
    connect(m_engineThread.get(), &EngineThread::failed, this, &DeskSession::failed);
    m_engineThread->start();
}

void DeskSession::onEngineReady()
{
    connect(m_engineThread->engine(), &RefundEngine::refundChanged, this, &DeskSession::refundChanged,
            Qt::QueuedConnection);
    m_ledger = std::make_unique<LedgerWorker>(m_config);
    connect(m_ledger.get(), &LedgerWorker::opened, this, [this] {
        m_ready = true;
        Q_EMIT ready();
    });
    connect(m_ledger.get(), &LedgerWorker::failed, this, &DeskSession::failed);
    connect(m_ledger.get(), &LedgerWorker::refundsChanged, this, [this](const QList<QUuid> &refundIds) {
        if (refundIds.isEmpty())
            Q_EMIT ledgerReloadNeeded();
        for (const QUuid &refundId : refundIds)
            Q_EMIT refundChanged(refundId);
    });
    m_ledger->start();
}

RefundEngine &DeskSession::engine() const
{
    Q_ASSERT(m_ready);
    return *m_engineThread->engine();
}

RefundSync &DeskSession::sync() const
{
    Q_ASSERT(m_ready);
    return *m_engineThread->sync();
}

void DeskSession::signIn(const UserAccount &account)
{
    m_user = account;
    m_user.pinHash.clear();
    Q_EMIT userChanged();
}

void DeskSession::signOut()
{
    m_user = UserAccount();
    Q_EMIT userChanged();
}

} // namespace RefundDesk
