#pragma once

#include <QSet>
#include <QString>
#include <QUuid>

#include <memory>

class QLockFile;

namespace RefundDesk {

// Marks the refunds a live process is talking to a gateway about, so that a sync (in this
// process or in another one sharing the ledger, e.g. `refundctl serve` beside the desktop
// application) never runs the lost-answer rule on a refund whose answer is still on its way:
// that could record "not executed" for a refund the gateway is executing right now.
//
// A claim is a QLockFile named after the refund in a folder beside the ledger. It goes away
// when the claim ends; one left behind by a killed process names a process that no longer
// runs, so QLockFile treats it as stale and the next claim takes it over. With an empty
// folder the claims only hold within this process.
class RefundClaims
{
public:
    class Claim;

    explicit RefundClaims(QString directory);
    ~RefundClaims();
    RefundClaims(const RefundClaims &) = delete;
    RefundClaims &operator=(const RefundClaims &) = delete;

    // The folder used for the claims of a SQLite ledger at ledgerPath.
    static QString directoryFor(const QString &ledgerPath);

    // Null when the refund is claimed already, here or by a running process.
    std::unique_ptr<Claim> tryClaim(const QUuid &refundId);
    bool isClaimedHere(const QUuid &refundId) const { return m_held.contains(refundId); }
    QString directory() const { return m_directory; }

private:
    void release(const QUuid &refundId);

    QString m_directory;
    QSet<QUuid> m_held;
};

// Held while the refund is being worked on; released when destroyed. Must not outlive the
// RefundClaims that made it.
class RefundClaims::Claim
{
public:
    Claim(RefundClaims &owner, const QUuid &refundId, std::unique_ptr<QLockFile> lock);
    ~Claim();
    Claim(const Claim &) = delete;
    Claim &operator=(const Claim &) = delete;

    QUuid refundId() const { return m_refundId; }

private:
    RefundClaims &m_owner;
    QUuid m_refundId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace RefundDesk
