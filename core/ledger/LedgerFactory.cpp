#include "LedgerFactory.h"

#include "PostgresLedger.h"
#include "PostgresLedgerWatcher.h"
#include "PostgresUrl.h"
#include "SqliteLedger.h"
#include "SqliteLedgerWatcher.h"

namespace RefundDesk {

namespace {

const QString kSqlitePrefix = QStringLiteral("sqlite:");
const QString kPostgresPrefix = QStringLiteral("postgresql://");

// Why url names no ledger this program can open. Only the part before the first ':' is
// quoted: the rest may hold a password.
LedgerResult unknownKind(const QString &url)
{
    if (url.trimmed().isEmpty()) {
        return LedgerResult::failure(LedgerResult::Error::Invalid,
                                     LedgerFactory::tr("No ledger was given: [ledger] url is empty."));
    }
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return LedgerResult::failure(LedgerResult::Error::Invalid,
                                     LedgerFactory::tr("The ledger URL must start with sqlite: (a file, as in "
                                                       "sqlite:/var/lib/refunddesk/ledger.db) or postgresql:// (a "
                                                       "server)."));
    }
    return LedgerResult::failure(LedgerResult::Error::Invalid,
                                 LedgerFactory::tr("The ledger URL starts with \"%1:\"; RefundDesk opens sqlite: (a "
                                                   "file) and postgresql:// (a server).")
                                     .arg(url.left(colon)));
}

template<typename T>
std::unique_ptr<T> failed(LedgerResult *result, const LedgerResult &failure)
{
    if (result)
        *result = failure;
    return nullptr;
}

} // namespace

std::unique_ptr<Ledger> LedgerFactory::openLedger(const QString &url, LedgerResult *result)
{
    if (url.startsWith(kSqlitePrefix))
        return SqliteLedger::open(url.mid(kSqlitePrefix.size()), result);
    if (url.startsWith(kPostgresPrefix))
        return PostgresLedger::open(url, result);
    return failed<Ledger>(result, unknownKind(url));
}

std::unique_ptr<LedgerWatcher> LedgerFactory::openWatcher(const QString &url, LedgerResult *result, QObject *parent)
{
    if (url.startsWith(kSqlitePrefix))
        return SqliteLedgerWatcher::open(url.mid(kSqlitePrefix.size()), result, parent);
    if (url.startsWith(kPostgresPrefix)) {
        const LedgerValue<PostgresUrl> parsed = PostgresUrl::parse(url);
        if (!parsed.ok())
            return failed<LedgerWatcher>(result, parsed.result());
        return PostgresLedgerWatcher::open(parsed.value(), result, parent);
    }
    return failed<LedgerWatcher>(result, unknownKind(url));
}

QString LedgerFactory::displayText(const QString &url)
{
    if (url.startsWith(kPostgresPrefix)) {
        const LedgerValue<PostgresUrl> parsed = PostgresUrl::parse(url);
        return parsed.ok() ? parsed.value().displayText() : kPostgresPrefix + QStringLiteral("...");
    }
    if (url.startsWith(kSqlitePrefix))
        return url;
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    return colon > 0 ? url.left(colon + 1) + QStringLiteral("...") : url;
}

} // namespace RefundDesk
