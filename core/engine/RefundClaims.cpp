#include "RefundClaims.h"

#include <QDir>
#include <QLockFile>

namespace RefundDesk {

RefundClaims::RefundClaims(QString directory)
    : m_directory(std::move(directory))
{
    if (!m_directory.isEmpty())
        QDir().mkpath(m_directory);
}

RefundClaims::~RefundClaims() = default;

QString RefundClaims::directoryFor(const QString &ledgerPath)
{
    return ledgerPath + QStringLiteral(".inflight");
}

std::unique_ptr<RefundClaims::Claim> RefundClaims::tryClaim(const QUuid &refundId)
{
    if (m_held.contains(refundId))
        return nullptr;
    std::unique_ptr<QLockFile> lock;
    if (!m_directory.isEmpty()) {
        lock = std::make_unique<QLockFile>(
            QDir(m_directory).filePath(refundId.toString(QUuid::WithoutBraces) + QStringLiteral(".lock")));
        // Never stale by age: a refund call may legitimately take long. A lock is stale only
        // when the process that took it is gone, which QLockFile checks by itself.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return nullptr;
    }
    m_held.insert(refundId);
    return std::make_unique<Claim>(*this, refundId, std::move(lock));
}

void RefundClaims::release(const QUuid &refundId)
{
    m_held.remove(refundId);
}

RefundClaims::Claim::Claim(RefundClaims &owner, const QUuid &refundId, std::unique_ptr<QLockFile> lock)
    : m_owner(owner)
    , m_refundId(refundId)
    , m_lock(std::move(lock))
{ }

RefundClaims::Claim::~Claim()
{
    if (m_lock)
        m_lock->unlock();
    m_owner.release(m_refundId);
}

} // namespace RefundDesk
