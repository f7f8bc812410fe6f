#include "AuditChain.h"

#include "LedgerTime.h"

#include <array>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace RefundDesk {

namespace {

void appendField(QByteArray &out, const QByteArray &field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += ',';
}

} // namespace

AuditChain::AuditChain(QByteArray key)
    : m_key(std::move(key))
    , m_lastHash(genesisHash())
{ }

bool AuditChain::check(const AuditEntry &entry)
{
    if (!m_check.intact)
        return false;
    if (entry.seq != m_lastSeq + 1) {
        fail(entry.seq,
             tr("Audit row %1 follows row %2: the rows between them were removed.").arg(entry.seq).arg(m_lastSeq));
        return false;
    }
    if (entry.prevHash != m_lastHash) {
        fail(entry.seq,
             tr("Audit row %1 does not link to the row before it: rows were removed or replaced.").arg(entry.seq));
        return false;
    }
    if (entry.hash != rowHash(m_key, entry)) {
        fail(entry.seq,
             tr("Audit row %1 does not match its hash: it was changed after it was written, or the "
                "installation key is not the one it was written with.")
                 .arg(entry.seq));
        return false;
    }
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
    ++m_check.rowCount;
    return true;
}

void AuditChain::fail(qint64 seq, const QString &problem)
{
    m_check.intact = false;
    m_check.firstBadSeq = seq;
    m_check.problem = problem;
}

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::rowHash(const QByteArray &key, const AuditEntry &entry)
{
    const QByteArray data = entry.prevHash.toLatin1() + canonicalContent(entry);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
    unsigned int digestLength = 0;
    const unsigned char *done = HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
                                     reinterpret_cast<const unsigned char *>(data.constData()),
                                     static_cast<std::size_t>(data.size()), digest.data(), &digestLength);
    // HMAC-SHA256 only fails when OpenSSL itself is broken; an empty hash then never matches.
    if (done == nullptr)
        return QString();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), static_cast<qsizetype>(digestLength)).toHex());
}

QByteArray AuditChain::canonicalContent(const AuditEntry &entry)
{
    QByteArray out;
    appendField(out, QByteArray::number(entry.seq));
    appendField(out, toLedgerTime(entry.at).toUtf8());
    appendField(out, entry.actor.toUtf8());
    appendField(out, entry.action.toUtf8());
    appendField(out, entry.subject.toUtf8());
    appendField(out, entry.detail.toUtf8());
    appendField(out, entry.storeId.toUtf8());
    appendField(out, entry.registerId.toUtf8());
    return out;
}

} // namespace RefundDesk
