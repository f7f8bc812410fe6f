#pragma once

#include "AuditEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// What checking the audit chain found.
struct AuditCheck
{
    bool intact = true;
    qint64 rowCount = 0; // rows that matched (all of them when intact)
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem; // for people; empty when intact
};

// The keyed hash chain over the audit rows: each row's hash is
// HMAC-SHA256(installation key, prevHash || canonical content), so changing, removing or
// reordering a row breaks every hash after it, and nobody without the key can rebuild
// the chain. Storage-neutral: every Ledger implementation hashes and checks the same way.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::AuditChain)

public:
    // Checks rows fed one by one in seq order with the installation key.
    explicit AuditChain(QByteArray key);

    // False from the first row that does not match on (later rows are not looked at).
    bool check(const AuditEntry &entry);
    AuditCheck result() const { return m_check; }

    // The prevHash of row 1: 64 zeros.
    static QString genesisHash();
    // The hash a row must carry, from its content and entry.prevHash. Lowercase hex.
    static QString rowHash(const QByteArray &key, const AuditEntry &entry);
    // Each field as "<byte length>:<UTF-8 bytes>," in a fixed order, so no two different
    // rows give the same bytes however their text is split between fields.
    static QByteArray canonicalContent(const AuditEntry &entry);

private:
    void fail(qint64 seq, const QString &problem);

    QByteArray m_key;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    AuditCheck m_check;
};

} // namespace RefundDesk
