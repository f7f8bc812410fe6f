#include "SyncCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace RefundDesk {

int SyncCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Follows up every refund that is still submitting or pending, once."));
    parser.addPositionalArgument(QStringLiteral("sync"), tr("The command."));
    if (const auto exit = session.parse(parser, arguments, QStringLiteral("refundctl sync [--json]")))
        return *exit;
    if (const auto exit = session.open(parser))
        return *exit;
    const SyncReport report =
        session.wait<SyncReport>([&](QObject *context, auto done) { session.host().sync().syncNow(context, done); });
    Ledger &ledger = session.host().ledger();
    if (session.json()) {
        QJsonArray refunds;
        for (const Refund &refund : report.refunds)
            refunds.append(CtlFormat::refundJson(refund, CtlFormat::referenceOf(refund, ledger)));
        session.printJson(QJsonObject {{QStringLiteral("checked"), report.checked},
                                       {QStringLiteral("changed"), report.changed},
                                       {QStringLiteral("skipped"), report.skipped},
                                       {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                                       {QStringLiteral("refunds"), refunds}});
    } else {
        session.out()
            << tr("%1 checked, %2 changed, %3 skipped").arg(report.checked).arg(report.changed).arg(report.skipped)
            << Qt::endl;
        for (const Refund &refund : report.refunds)
            session.out() << CtlFormat::refundText(refund, CtlFormat::referenceOf(refund, ledger)) << Qt::endl;
    }
    if (report.problems.isEmpty())
        return CtlSession::kOk;
    session.err() << tr("%1 refund(s) could not be followed up; the first: %2")
                         .arg(report.problems.size())
                         .arg(report.problems.constFirst().simplified())
                  << Qt::endl;
    return CtlSession::kUnsettled;
}

} // namespace RefundDesk
