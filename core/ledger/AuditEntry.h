#pragma once

#include <QDateTime>
#include <QString>

namespace RefundDesk {

// One row of the audit chain (DESIGN.md, "Audit"). The caller fills in what happened;
// the ledger sets seq, at, prevHash and hash when it appends the row.
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3, ... without gaps
    QDateTime at; // UTC
    QString actor; // who: an employee id, "engine", "webhook", "sync", ...
    QString action; // what: "refund.intent", "gateway.request", "approval", ...
    QString subject; // about what: a refund id, a sale's transaction id
    QString detail; // the rest, with secrets already masked by the caller
    QString storeId;
    QString registerId;
    QString prevHash; // the previous row's hash (lowercase hex); AuditChain::genesisHash() for row 1
    QString hash; // HMAC-SHA256 over prevHash and this row's content, lowercase hex
};

} // namespace RefundDesk
