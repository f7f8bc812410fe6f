#include "ReviewCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"

#include <QCoreApplication>

namespace RefundDesk {

int ReviewCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Closes a refund that needs review."));
    parser.addPositionalArgument(QStringLiteral("review"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("REFUND_ID"), tr("The refund's id (a UUID)."));
    const QCommandLineOption resolveOption(QStringLiteral("resolve"), tr("What really happened: succeeded or failed."),
                                           QStringLiteral("STATUS"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("How you know (e.g. the report you checked)."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), tr("Who reviews (default: refundctl)."),
                                         QStringLiteral("NAME"), QStringLiteral("refundctl"));
    parser.addOptions({resolveOption, noteOption, actorOption});
    const QString usage =
        QStringLiteral("refundctl review REFUND_ID --resolve succeeded|failed --note TEXT [--actor NAME] [--json]");
    if (const auto exit = session.parse(parser, arguments, usage))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return session.fail(CtlSession::kUsage, tr("Usage: %1").arg(usage));
    const QUuid refundId(positional.at(1));
    if (refundId.isNull())
        return session.fail(CtlSession::kUsage, tr("'%1' is not a refund id (a UUID).").arg(positional.at(1)));
    const QString resolution = parser.value(resolveOption);
    if (resolution != u"succeeded" && resolution != u"failed")
        return session.fail(CtlSession::kUsage, tr("--resolve must be succeeded or failed."));
    if (parser.value(noteOption).trimmed().isEmpty())
        return session.fail(CtlSession::kUsage, tr("--note is required: say how you know what happened."));
    if (const auto exit = session.open(parser))
        return *exit;

    RefundReview review;
    review.refundId = refundId;
    review.resolution = *refundStatusFromKey(resolution);
    review.note = parser.value(noteOption);
    review.reviewer = Actor {parser.value(actorOption), Role::BackOffice};
    const RefundOutcome outcome = session.wait<RefundOutcome>(
        [&](QObject *context, auto done) { session.host().engine().review(review, context, done); });
    if (outcome.status != RefundOutcome::Status::Recorded) {
        return session.fail(outcome.status == RefundOutcome::Status::Refused ? CtlSession::kNo : CtlSession::kUnsettled,
                            outcome.message);
    }
    const QString reference = CtlFormat::referenceOf(outcome.refund, session.host().ledger());
    if (session.json())
        session.printJson(CtlFormat::refundJson(outcome.refund, reference));
    else
        session.out() << CtlFormat::refundText(outcome.refund, reference) << Qt::endl;
    return CtlSession::kOk;
}

} // namespace RefundDesk
