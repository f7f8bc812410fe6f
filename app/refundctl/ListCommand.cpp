#include "ListCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "reports/RefundCsv.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace RefundDesk {

int ListCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the refunds in the ledger, newest first."));
    parser.addPositionalArgument(QStringLiteral("list"), tr("The command."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        tr("Only refunds in these statuses (comma-separated): draft, submitting, pending, needs_review, succeeded, "
           "rejected, failed."),
        QStringLiteral("S"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         tr("Only refunds created since DATE (YYYY-MM-DD) or an ISO 8601 time."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text (default), json or csv."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({statusOption, sinceOption, formatOption});
    if (const auto exit = session.parse(
            parser, arguments,
            QStringLiteral("refundctl list [--status S] [--since DATE] [--format text|json|csv] [--json]")))
        return *exit;

    RefundFilter filter;
    const QStringList statuses = parser.values(statusOption).join(u',').split(u',', Qt::SkipEmptyParts);
    for (const QString &key : statuses) {
        const auto status = refundStatusFromKey(key.trimmed());
        if (!status)
            return session.fail(CtlSession::kUsage, tr("'%1' is not a refund status.").arg(key));
        filter.statuses.append(*status);
    }
    if (parser.isSet(sinceOption)) {
        const QString since = parser.value(sinceOption);
        const QDate date = QDate::fromString(since, Qt::ISODate);
        const QDateTime time = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (date.isValid() && since.size() == 10)
            filter.from = QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
        else if (time.isValid())
            filter.from = time.toUTC();
        else
            return session.fail(CtlSession::kUsage,
                                tr("--since '%1' is neither YYYY-MM-DD nor an ISO 8601 time.").arg(since));
    }
    const QString format = session.json() ? QStringLiteral("json") : parser.value(formatOption);
    if (format != u"text" && format != u"json" && format != u"csv")
        return session.fail(CtlSession::kUsage, tr("--format must be text, json or csv."));
    if (const auto exit = session.open(parser))
        return *exit;

    Ledger &ledger = session.host().ledger();
    const auto refunds = ledger.listRefunds(filter);
    if (!refunds.ok())
        return session.fail(CtlSession::kUnsettled, refunds.message());
    if (format == u"json") {
        QJsonArray array;
        for (const Refund &refund : refunds.value())
            array.append(CtlFormat::refundJson(refund, CtlFormat::referenceOf(refund, ledger)));
        session.printJson(array);
    } else if (format == u"csv") {
        session.out() << RefundCsv::header() << RefundCsv::lineEnd;
        for (const Refund &refund : refunds.value())
            session.out() << RefundCsv::row(refund, CtlFormat::referenceOf(refund, ledger)) << RefundCsv::lineEnd;
        session.out().flush();
    } else {
        for (const Refund &refund : refunds.value())
            session.out() << CtlFormat::refundText(refund, CtlFormat::referenceOf(refund, ledger)) << Qt::endl;
    }
    return CtlSession::kOk;
}

} // namespace RefundDesk
