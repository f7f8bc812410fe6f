#include "StatusCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"

#include <QCoreApplication>

namespace RefundDesk {

int StatusCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a refund as the ledger has it."));
    parser.addPositionalArgument(QStringLiteral("status"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("REFUND_ID"), tr("The refund's id (a UUID)."));
    if (const auto exit = session.parse(parser, arguments, QStringLiteral("refundctl status REFUND_ID [--json]")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return session.fail(CtlSession::kUsage, tr("Usage: refundctl status REFUND_ID [--json]"));
    const QUuid refundId(positional.at(1));
    if (refundId.isNull())
        return session.fail(CtlSession::kUsage, tr("'%1' is not a refund id (a UUID).").arg(positional.at(1)));
    if (const auto exit = session.open(parser))
        return *exit;
    Ledger &ledger = session.host().ledger();
    const auto refund = ledger.refund(refundId);
    if (!refund.ok()) {
        return session.fail(refund.error() == LedgerResult::Error::NotFound ? CtlSession::kNo : CtlSession::kUnsettled,
                            refund.message());
    }
    const QString reference = CtlFormat::referenceOf(refund.value(), ledger);
    if (session.json())
        session.printJson(CtlFormat::refundJson(refund.value(), reference));
    else
        session.out() << CtlFormat::refundText(refund.value(), reference) << Qt::endl;
    return CtlSession::kOk;
}

} // namespace RefundDesk
