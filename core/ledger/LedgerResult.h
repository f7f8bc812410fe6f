#pragma once

#include <QString>

namespace RefundDesk {

// The outcome of a ledger call: an error code and a sentence a person can act on.
// Calls that also return data use LedgerValue<T>.
class LedgerResult
{
public:
    enum class Error {
        None,
        NotALedger, // the file or database is not a RefundDesk ledger (not SQLite, another program's data)
        NewerSchema, // written by a newer RefundDesk; left unchanged
        CannotOpen, // cannot be opened or created (missing folder, permissions)
        NotFound, // no such sale or refund
        RemainderExceeded, // the refund is more than what is left of the sale
        RefundLimitReached, // the sale already has as many refunds as its gateway allows per payment
        StatusRegression, // a status move the refund lifecycle does not allow
        Conflict, // contradicts what is stored: refund id taken, sale amount changed, other gateway refund id
        Invalid, // the request itself is wrong: amount not positive, another currency, no review note
        NoAuditKey, // the audit chain needs the installation key (Ledger::setAuditKey)
        Database, // the database failed: I/O, busy for too long, damaged data
    };

    // Success; what an out-parameter starts as.
    LedgerResult() = default;
    static LedgerResult success() { return LedgerResult(Error::None, QString()); }
    static LedgerResult failure(Error error, const QString &message) { return LedgerResult(error, message); }

    bool ok() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // Empty on success.
    const QString &message() const { return m_message; }

private:
    LedgerResult(Error error, QString message)
        : m_error(error)
        , m_message(std::move(message))
    { }

    Error m_error = Error::None;
    QString m_message;
};

} // namespace RefundDesk
