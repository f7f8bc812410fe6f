#include "LedgerWatcher.h"

namespace RefundDesk {

namespace {

// Long enough to gather one transaction's or one burst's notifications, short enough to
// stay far inside the second a screen may take to show a change.
constexpr int kBatchMs = 20;

} // namespace

LedgerWatcher::LedgerWatcher(QObject *parent)
    : QObject(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &LedgerWatcher::flush);
}

LedgerWatcher::~LedgerWatcher() = default;

void LedgerWatcher::noteRefundChanged(const QUuid &refundId)
{
    if (!m_pending.contains(refundId))
        m_pending.append(refundId);
    if (!m_batch.isActive())
        m_batch.start();
}

void LedgerWatcher::noteUnknownChange()
{
    m_unknown = true;
    if (!m_batch.isActive())
        m_batch.start();
}

void LedgerWatcher::flush()
{
    const QList<QUuid> ids = m_unknown ? QList<QUuid>() : m_pending;
    m_pending.clear();
    m_unknown = false;
    Q_EMIT refundsChanged(ids);
}

} // namespace RefundDesk
