#include "AuditCommand.h"

#include "CtlSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace RefundDesk {

int AuditCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks the audit chain."));
    parser.addPositionalArgument(QStringLiteral("audit"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("verify"), tr("What to do with the audit chain."));
    if (const auto exit = session.parse(parser, arguments, QStringLiteral("refundctl audit verify [--json]")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != u"verify")
        return session.fail(CtlSession::kUsage, tr("Usage: refundctl audit verify [--json]"));
    if (const auto exit = session.open(parser))
        return *exit;
    const auto checked = session.host().ledger().verifyAuditChain();
    if (!checked.ok())
        return session.fail(CtlSession::kUnsettled, checked.message());
    const AuditCheck &check = checked.value();
    if (check.intact) {
        if (session.json()) {
            session.printJson(QJsonObject {{QStringLiteral("intact"), true}, {QStringLiteral("rows"), check.rowCount}});
        } else {
            session.out() << tr("The audit chain is intact: %1 rows.").arg(check.rowCount) << Qt::endl;
        }
        return CtlSession::kOk;
    }
    const QString reason = tr("Audit row %1 does not match: %2").arg(check.firstBadSeq).arg(check.problem);
    if (session.json()) {
        session.printJson(QJsonObject {{QStringLiteral("intact"), false},
                                       {QStringLiteral("rows"), check.rowCount},
                                       {QStringLiteral("first_bad_row"), check.firstBadSeq},
                                       {QStringLiteral("problem"), check.problem}});
    } else {
        session.out() << reason << Qt::endl;
    }
    session.err() << reason.simplified() << Qt::endl;
    return CtlSession::kNo;
}

} // namespace RefundDesk
