// Ledger bench: a ledger of 1,000,000 sales and 200,000 refunds (LedgerDataGenerator, loaded
// in one transaction into a store the ledger created and migrated), on SQLite and on
// PostgreSQL. Times, through the Ledger API against the same statement through the
// database's own C API (sqlite3, libpq; prepared once, every column read):
//   - findSale() by transaction id and by reference;
//   - the back office's first page (RefundsTableModel::setFilter: countRefunds() and
//     listRefunds() with a limit of 100) for a date and status filter.
// Rounds alternate the two paths; the figures are medians over the rounds.
//   bench_ledger [--sales N] [--refunds N] [--lookups N] [--pages N] [--rounds N] [--data DIR]
//                [--postgres-url URL | --no-postgres]
#include "BenchSamples.h"
#include "LedgerDataGenerator.h"
#include "PostgresBaseline.h"
#include "SqliteBaseline.h"
#include "TemporaryPostgres.h"
#include "ledger/LedgerTime.h"
#include "ledger/PostgresLedger.h"
#include "ledger/SqliteLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

using namespace RefundDesk;
using namespace RefundDesk::Bench;

namespace {

struct Options
{
    qint64 sales = 1000000;
    qint64 refunds = 200000;
    int lookups = 2000;
    int pages = 20;
    int rounds = 9;
};

struct PageFilter
{
    QString name;
    RefundFilter filter;
};

// What RefundsPanel builds for "Last 30 days" and a status choice.
QList<PageFilter> pageFilters()
{
    const QDateTime from(QDate::currentDate().addDays(-29), QTime(0, 0));
    PageFilter open {QStringLiteral("first page: last 30 days, open"), {}};
    open.filter.from = from;
    open.filter.statuses = {RefundStatus::Submitting, RefundStatus::Pending, RefundStatus::NeedsReview};
    PageFilter succeeded {QStringLiteral("first page: last 30 days, succeeded"), {}};
    succeeded.filter.from = from;
    succeeded.filter.statuses = {RefundStatus::Succeeded};
    return {open, succeeded};
}

struct Row
{
    QString backend;
    QString query;
    BenchSamples subject; // microseconds per operation
    BenchSamples baseline;
    bool lookup = true;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_ledger: %s\n", qPrintable(message));
    std::exit(1);
}

double timeMicroseconds(int operations, const std::function<void()> &body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return double(timer.nsecsElapsed()) / 1e3 / operations;
}

QList<Row> measure(const QString &backend, Ledger &ledger, RawLedger &raw, const LedgerDataGenerator &data,
                   const Options &options)
{
    // The same sales for both paths: any sale by transaction id; by reference, the gateways
    // that have one (Pockyt, PW v3: index % 4 is 0 or 1).
    QRandomGenerator random(20261105);
    QList<SaleRef> byTransaction;
    QList<SaleRef> byReference;
    for (int i = 0; i < options.lookups; ++i) {
        byTransaction.append(data.transactionRef(random.bounded(data.saleCount())));
        const qint64 pick = random.bounded(data.saleCount() / 4) * 4 + random.bounded(2);
        byReference.append(data.referenceRef(pick));
    }

    const auto ledgerLookups = [&ledger](const QList<SaleRef> &refs) {
        for (const SaleRef &ref : refs) {
            const LedgerValue<Sale> sale = ledger.findSale(ref);
            if (!sale.ok())
                die(QStringLiteral("Ledger::findSale(%1): %2").arg(ref.id, sale.message()));
        }
    };
    const auto rawLookups = [&raw](const QList<SaleRef> &refs) {
        for (const SaleRef &ref : refs) {
            if (raw.findSale(ref) != 1)
                die(QStringLiteral("raw lookup of %1 did not find exactly one sale: %2")
                        .arg(ref.id, raw.errorString()));
        }
    };

    QList<Row> rows;
    QList<std::pair<std::function<void()>, std::function<void()>>> paths;
    rows.append({backend, QStringLiteral("findSale by transaction id"), {}, {}, true});
    paths.append({[&] { ledgerLookups(byTransaction); },
                  [&] {
                      rawLookups(byTransaction);
                  }});
    rows.append({backend, QStringLiteral("findSale by reference"), {}, {}, true});
    paths.append({[&] { ledgerLookups(byReference); },
                  [&] {
                      rawLookups(byReference);
                  }});

    const QList<PageFilter> filters = pageFilters();
    for (const PageFilter &page : filters) {
        RefundFilter first = page.filter;
        first.limit = 100; // RefundsTableModel::kPageSize
        QList<QByteArray> statuses;
        for (RefundStatus status : first.statuses)
            statuses.append(refundStatusKey(status).toUtf8());
        const QByteArray from = toLedgerTime(first.from).toUtf8();
        // Both paths must see the same page.
        const auto total = ledger.countRefunds(first);
        const auto listed = ledger.listRefunds(first);
        const auto rawPage = raw.firstPage(from, statuses, first.limit);
        if (!total.ok() || !listed.ok() || !rawPage)
            die(QStringLiteral("first page (%1): %2 %3 %4")
                    .arg(page.name, total.message(), listed.message(), raw.errorString()));
        if (total.value() != rawPage->total || listed.value().size() != rawPage->rows)
            die(QStringLiteral("first page (%1): the ledger found %2 (%3 rows), the raw query %4 (%5 rows)")
                    .arg(page.name)
                    .arg(total.value())
                    .arg(listed.value().size())
                    .arg(rawPage->total)
                    .arg(rawPage->rows));
        std::printf("%s %s: %lld refunds match\n", qPrintable(backend), qPrintable(page.name),
                    static_cast<long long>(total.value()));
        rows.append({backend, page.name, {}, {}, false});
        paths.append({[&ledger, first, options] {
                          for (int i = 0; i < options.pages; ++i) {
                              // What RefundsTableModel::setFilter asks the ledger worker.
                              const auto counted = ledger.countRefunds(first);
                              const auto refunds = ledger.listRefunds(first);
                              if (!counted.ok() || !refunds.ok())
                                  die(counted.message() + refunds.message());
                          }
                      },
                      [&raw, from, statuses, first, options] {
                          for (int i = 0; i < options.pages; ++i) {
                              if (!raw.firstPage(from, statuses, first.limit))
                                  die(raw.errorString());
                          }
                      }});
    }

    // One round untimed, to bring the pages of both paths into memory.
    for (const auto &[subject, baseline] : paths) {
        subject();
        baseline();
    }
    for (int round = 0; round < options.rounds; ++round) {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            Row &row = rows[i];
            const int operations = row.lookup ? options.lookups : options.pages;
            // Which path goes first alternates too.
            if (round % 2 == 0) {
                row.subject.add(timeMicroseconds(operations, paths[i].first));
                row.baseline.add(timeMicroseconds(operations, paths[i].second));
            } else {
                row.baseline.add(timeMicroseconds(operations, paths[i].second));
                row.subject.add(timeMicroseconds(operations, paths[i].first));
            }
        }
    }
    return rows;
}

// Loads the generated rows unless the store already holds exactly them (a second run).
void fill(RawLedger &raw, const LedgerDataGenerator &data, const QString &backend)
{
    const qint64 sales = raw.count("sales");
    const qint64 refunds = raw.count("refunds");
    if (sales == data.saleCount() && refunds == data.refundCount()) {
        std::printf("%s: reusing the generated ledger\n", qPrintable(backend));
        return;
    }
    if (sales != 0 || refunds != 0)
        die(QStringLiteral("%1 holds %2 sales and %3 refunds; give an empty or a generated one")
                .arg(backend)
                .arg(sales)
                .arg(refunds));
    QElapsedTimer timer;
    timer.start();
    if (!raw.load(data))
        die(raw.errorString());
    std::printf("%s: generated %lld sales and %lld refunds in %.1f s\n", qPrintable(backend),
                static_cast<long long>(data.saleCount()), static_cast<long long>(data.refundCount()),
                double(timer.elapsed()) / 1000);
}

QList<Row> benchSqlite(const QString &dataDir, const LedgerDataGenerator &data, const Options &options)
{
    const QString path =
        QDir(dataDir).filePath(QStringLiteral("ledger-%1-%2.sqlite").arg(data.saleCount()).arg(data.refundCount()));
    LedgerResult opened;
    const auto ledger = SqliteLedger::open(path, &opened);
    if (!ledger)
        die(opened.message());
    SqliteBaseline raw;
    if (!raw.open(path))
        die(raw.errorString());
    fill(raw, data, QStringLiteral("SQLite"));
    return measure(QStringLiteral("SQLite"), *ledger, raw, data, options);
}

QList<Row> benchPostgres(const QString &url, const LedgerDataGenerator &data, const Options &options)
{
    LedgerResult opened;
    const auto ledger = PostgresLedger::open(url, &opened);
    if (!ledger)
        die(opened.message());
    PostgresBaseline raw;
    // libpq takes the same postgresql:// URL.
    if (!raw.open(url.toUtf8()))
        die(raw.errorString());
    fill(raw, data, QStringLiteral("PostgreSQL"));
    return measure(QStringLiteral("PostgreSQL"), *ledger, raw, data, options);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RefundDesk ledger bench."));
    parser.addHelpOption();
    const QCommandLineOption salesOption(QStringLiteral("sales"), QStringLiteral("Sales (default 1000000)."),
                                         QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption refundsOption(QStringLiteral("refunds"), QStringLiteral("Refunds (default 200000)."),
                                           QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption lookupsOption(QStringLiteral("lookups"),
                                           QStringLiteral("Lookups per round and path (default 2000)."),
                                           QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("First pages per round and path (default 20)."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds (default 9)."),
                                          QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder for the SQLite ledger (default: bench-data beside "
                                                       "this program); a second run reuses it."),
                                        QStringLiteral("dir"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres-url"),
                                            QStringLiteral("An empty (or earlier generated) PostgreSQL database "
                                                           "(default: a server of the bench's own, in /tmp)."),
                                            QStringLiteral("url"));
    const QCommandLineOption noPostgresOption(QStringLiteral("no-postgres"), QStringLiteral("SQLite only."));
    parser.addOptions({salesOption, refundsOption, lookupsOption, pagesOption, roundsOption, dataOption, postgresOption,
                       noPostgresOption});
    parser.process(app);

    Options options;
    options.sales = std::max<qint64>(1, parser.value(salesOption).toLongLong());
    options.refunds = std::clamp<qint64>(parser.value(refundsOption).toLongLong(), 1, options.sales);
    options.lookups = std::max(1, parser.value(lookupsOption).toInt());
    options.pages = std::max(1, parser.value(pagesOption).toInt());
    options.rounds = std::max(1, parser.value(roundsOption).toInt());
    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench-data"));
    if (!QDir().mkpath(dataDir))
        die(QStringLiteral("cannot create %1").arg(dataDir));

    // Whole seconds, so a reused ledger and a new one agree on every row.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const LedgerDataGenerator data(options.sales, options.refunds, now);

    QList<Row> rows = benchSqlite(dataDir, data, options);
    if (!parser.isSet(noPostgresOption)) {
        if (parser.isSet(postgresOption)) {
            rows += benchPostgres(parser.value(postgresOption), data, options);
        } else {
            TemporaryPostgres postgres;
            if (!postgres.start() || !postgres.createDatabase(QStringLiteral("ledger_bench")))
                die(postgres.errorString());
            rows += benchPostgres(postgres.url(QStringLiteral("ledger_bench")), data, options);
        }
    }

    std::printf("\n%lld sales, %lld refunds; medians of %d rounds (%d lookups or %d first pages per round and "
                "path)\n\n",
                static_cast<long long>(options.sales), static_cast<long long>(options.refunds), options.rounds,
                options.lookups, options.pages);
    std::printf("| ledger | query | RefundDesk | raw C API | ratio | target | met |\n"
                "|---|---|---:|---:|---:|---|---|\n");
    for (const Row &row : rows) {
        const double subject = row.subject.median();
        const double baseline = row.baseline.median();
        const double ratio = subject / baseline;
        const bool met = row.lookup ? ratio <= 1.5 && subject < 1000 : subject < 20000;
        const auto format = [](double us) {
            return us < 1000 ? QStringLiteral("%1 us").arg(us, 0, 'f', 1)
                             : QStringLiteral("%1 ms").arg(us / 1000, 0, 'f', 2);
        };
        std::printf("| %s | %s | %s | %s | %.2f | %s | %s |\n", qPrintable(row.backend), qPrintable(row.query),
                    qPrintable(format(subject)), qPrintable(format(baseline)), ratio,
                    row.lookup ? "<= 1.5x raw, < 1 ms" : "< 20 ms", met ? "yes" : "NO");
    }
    return 0;
}
