#include "LookupCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "SaleRefOptions.h"

#include <QCoreApplication>

namespace RefundDesk {

int LookupCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a sale, what is left to refund and whether it can be refunded."));
    parser.addPositionalArgument(QStringLiteral("lookup"), tr("The command."));
    const SaleRefOptions refOptions;
    refOptions.addTo(parser);
    const QCommandLineOption refreshOption(QStringLiteral("refresh"),
                                           tr("Ask the gateway even when the ledger knows the sale."));
    parser.addOption(refreshOption);
    if (const auto exit = session.parse(parser, arguments,
                                        QStringLiteral("refundctl lookup --gateway G (--transaction ID | --reference "
                                                       "REF) [--refresh] [--json]")))
        return *exit;
    QString error;
    const std::optional<SaleRef> ref = refOptions.read(parser, &error);
    if (!ref)
        return session.fail(CtlSession::kUsage, error);
    if (const auto exit = session.open(parser))
        return *exit;

    const auto mode =
        parser.isSet(refreshOption) ? RefundEngine::LookupMode::Refresh : RefundEngine::LookupMode::LedgerFirst;
    const SaleView view = session.wait<SaleView>(
        [&](QObject *context, auto done) { session.host().engine().findSale(*ref, mode, context, done); });
    switch (view.status) {
    case SaleView::Status::Found:
        break;
    case SaleView::Status::NotFound:
        return session.fail(CtlSession::kNo, view.message);
    case SaleView::Status::Unavailable:
    case SaleView::Status::Error:
        return session.fail(CtlSession::kUnsettled, view.message);
    }
    if (!view.message.isEmpty())
        session.err() << tr("note: %1").arg(view.message) << Qt::endl;
    if (session.json())
        session.printJson(CtlFormat::saleJson(view));
    else
        session.out() << CtlFormat::saleText(view) << Qt::endl;
    return CtlSession::kOk;
}

} // namespace RefundDesk
