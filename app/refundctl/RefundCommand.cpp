#include "RefundCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "SaleRefOptions.h"

#include <QCoreApplication>

namespace RefundDesk {

namespace {

int exitFor(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Pending:
    case RefundStatus::Succeeded:
        return CtlSession::kOk;
    case RefundStatus::Failed:
    case RefundStatus::Rejected:
        return CtlSession::kNo;
    case RefundStatus::Draft:
    case RefundStatus::Submitting:
    case RefundStatus::NeedsReview:
        break;
    }
    return CtlSession::kUnsettled;
}

} // namespace

int RefundCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Refunds a sale, all that is left of it or --amount."));
    parser.addPositionalArgument(QStringLiteral("refund"), tr("The command."));
    const SaleRefOptions refOptions;
    refOptions.addTo(parser);
    const QCommandLineOption amountOption(
        QStringLiteral("amount"), tr("How much, in the store's number format (e.g. 12.50); default: all that is left."),
        QStringLiteral("DECIMAL"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), tr("Why the customer gets money back."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), tr("Who refunds (default: refundctl)."),
                                         QStringLiteral("NAME"), QStringLiteral("refundctl"));
    parser.addOptions({amountOption, reasonOption, actorOption});
    if (const auto exit =
            session.parse(parser, arguments,
                          QStringLiteral("refundctl refund --gateway G (--transaction ID | --reference REF) "
                                         "[--amount DECIMAL] [--reason TEXT] [--actor NAME] [--json]")))
        return *exit;
    QString error;
    const std::optional<SaleRef> ref = refOptions.read(parser, &error);
    if (!ref)
        return session.fail(CtlSession::kUsage, error);
    if (const auto exit = session.open(parser))
        return *exit;
    RefundEngine &engine = session.host().engine();
    const StoreConfig &store = session.config().store;

    // The amount is checked before anything goes on the network: in the sale's currency when
    // the ledger knows the sale, otherwise in the store's.
    const bool amountGiven = parser.isSet(amountOption);
    const QString amountText = parser.value(amountOption);
    if (amountGiven) {
        const auto known = session.host().ledger().findSale(*ref);
        const Currency currency = known.ok() ? known.value().amount.currency() : store.currency;
        const MoneyResult parsed = Money::parse(amountText, currency, store.locale);
        if (!parsed.ok())
            return session.fail(CtlSession::kUsage, tr("--amount: %1").arg(parsed.message()));
    }

    const SaleView view = session.wait<SaleView>([&](QObject *context, auto done) {
        engine.findSale(*ref, RefundEngine::LookupMode::LedgerFirst, context, done);
    });
    if (view.status == SaleView::Status::NotFound)
        return session.fail(CtlSession::kNo, view.message);
    if (!view.found())
        return session.fail(CtlSession::kUnsettled, view.message);

    RefundSubmission submission;
    submission.saleLedgerId = view.sale.ledgerId;
    if (amountGiven) {
        const MoneyResult parsed = Money::parse(amountText, view.sale.amount.currency(), store.locale);
        if (!parsed.ok())
            return session.fail(CtlSession::kUsage, tr("--amount: %1").arg(parsed.message()));
        submission.amount = parsed.value();
    }
    submission.reason = parser.value(reasonOption);
    submission.actor = Actor {parser.value(actorOption), Role::Manager};

    const RefundOutcome outcome =
        session.wait<RefundOutcome>([&](QObject *context, auto done) { engine.refund(submission, context, done); });
    switch (outcome.status) {
    case RefundOutcome::Status::Refused:
        return session.fail(CtlSession::kNo, outcome.message);
    case RefundOutcome::Status::Error:
        return session.fail(CtlSession::kUnsettled, outcome.message);
    case RefundOutcome::Status::Recorded:
        break;
    }
    const Refund &refund = outcome.refund;
    if (session.json())
        session.printJson(CtlFormat::refundJson(refund, view.sale.reference));
    else
        session.out() << CtlFormat::refundText(refund, view.sale.reference) << Qt::endl;
    const int code = exitFor(refund.status);
    if (code != CtlSession::kOk) {
        session.err() << tr("Refund %1 is %2: %3")
                             .arg(refund.refundId.toString(QUuid::WithoutBraces), refundStatusKey(refund.status),
                                  refund.message.simplified())
                      << Qt::endl;
    }
    return code;
}

} // namespace RefundDesk
