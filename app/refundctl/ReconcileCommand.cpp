#include "ReconcileCommand.h"

#include "CtlSession.h"
#include "reconcile/ReconcileCsv.h"
#include "reconcile/Reconciler.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace RefundDesk {

namespace {

struct Closed
{
    RefundReview review;
    RefundOutcome outcome;
};

QJsonObject entryJson(const ReconcileEntry &entry)
{
    QJsonObject object;
    for (const auto &[name, value] : ReconcileCsv::fields(entry))
        object.insert(name, value);
    object.insert(QStringLiteral("line"), entry.line > 0 ? QJsonValue(entry.line) : QJsonValue());
    object.insert(QStringLiteral("first_line"), entry.firstLine > 0 ? QJsonValue(entry.firstLine) : QJsonValue());
    return object;
}

QJsonObject resultJson(const ReconcileResult &result, const QList<Closed> &closed)
{
    QJsonObject counts;
    for (const ReconcileCategory category : allReconcileCategories())
        counts.insert(reconcileCategoryKey(category), result.count(category));
    counts.insert(QStringLiteral("resolvable"), result.resolvableCount());
    QJsonArray entries;
    for (const ReconcileEntry &entry : result.entries)
        entries.append(entryJson(entry));
    QJsonArray daily;
    for (const DailyTotal &total : result.daily) {
        daily.append(QJsonObject {
            {QStringLiteral("day"), total.day.toString(Qt::ISODate)},
            {QStringLiteral("currency"), total.currency.code()},
            {QStringLiteral("ledger_count"), total.ledgerCount},
            {QStringLiteral("ledger_total"), total.ledgerTotal().toDecimalString()},
            {QStringLiteral("report_count"), total.reportCount},
            {QStringLiteral("report_total"), total.reportTotal().toDecimalString()},
        });
    }
    QJsonArray resolved;
    QJsonArray notResolved;
    for (const Closed &close : closed) {
        const QString id = close.review.refundId.toString(QUuid::WithoutBraces);
        if (close.outcome.status == RefundOutcome::Status::Recorded) {
            resolved.append(QJsonObject {{QStringLiteral("refund_id"), id},
                                         {QStringLiteral("status"), refundStatusKey(close.outcome.refund.status)},
                                         {QStringLiteral("note"), close.review.note}});
        } else {
            notResolved.append(
                QJsonObject {{QStringLiteral("refund_id"), id}, {QStringLiteral("error"), close.outcome.message}});
        }
    }
    return QJsonObject {
        {QStringLiteral("gateway"), gatewayKey(result.gateway)},
        {QStringLiteral("file"), result.fileName},
        {QStringLiteral("first_day"), result.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("last_day"), result.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("daily"), daily},
        {QStringLiteral("resolved"), resolved},
        {QStringLiteral("not_resolved"), notResolved},
    };
}

QString cell(const QString &text, int width)
{
    return text.leftJustified(width, u' ', true) + QStringLiteral("  ");
}

void printText(QTextStream &out, const ReconcileResult &result, const QList<Closed> &closed)
{
    QStringList counts;
    for (const ReconcileCategory category : allReconcileCategories())
        counts << QStringLiteral("%1 %2").arg(result.count(category)).arg(reconcileCategoryKey(category));
    out << ReconcileCommand::tr("%1 report %2, %3 to %4: %5; %6 review(s) the report settles")
               .arg(gatewayDisplayName(result.gateway), result.fileName,
                    result.firstDay.isValid() ? result.firstDay.toString(Qt::ISODate) : QStringLiteral("-"),
                    result.lastDay.isValid() ? result.lastDay.toString(Qt::ISODate) : QStringLiteral("-"),
                    counts.join(QStringLiteral(", ")))
               .arg(result.resolvableCount())
        << Qt::endl;
    if (!result.entries.isEmpty()) {
        out << Qt::endl
            << cell(ReconcileCommand::tr("LINE"), 5) << cell(ReconcileCommand::tr("CATEGORY"), 18)
            << cell(ReconcileCommand::tr("REFUND ID"), 36) << cell(ReconcileCommand::tr("GATEWAY REFUND ID"), 30)
            << cell(ReconcileCommand::tr("REPORT"), 12) << cell(ReconcileCommand::tr("LEDGER"), 12)
            << ReconcileCommand::tr("NOTE") << Qt::endl;
    }
    for (const ReconcileEntry &entry : result.entries) {
        QHash<QString, QString> field;
        for (const auto &[name, value] : ReconcileCsv::fields(entry))
            field.insert(name, value);
        const auto amount = [&field](const QString &column, const QString &status) {
            const QString value = field.value(column);
            return value.isEmpty() ? QString() : value + u' ' + field.value(status);
        };
        QString note = entry.message;
        if (entry.resolution) {
            note = ReconcileCommand::tr("needs review; the report settles it as %1")
                       .arg(refundStatusKey(*entry.resolution));
        }
        out << cell(entry.line > 0 ? QString::number(entry.line) : QStringLiteral("-"), 5)
            << cell(reconcileCategoryKey(entry.category), 18) << cell(field.value(QStringLiteral("refund_id")), 36)
            << cell(field.value(QStringLiteral("gateway_refund_id")), 30)
            << cell(amount(QStringLiteral("report_amount"), QStringLiteral("report_status")), 12)
            << cell(amount(QStringLiteral("ledger_amount"), QStringLiteral("ledger_status")), 12) << note << Qt::endl;
    }
    if (!result.daily.isEmpty()) {
        out << Qt::endl
            << cell(ReconcileCommand::tr("DAY"), 10) << cell(ReconcileCommand::tr("CURRENCY"), 8)
            << cell(ReconcileCommand::tr("LEDGER"), 20) << cell(ReconcileCommand::tr("REPORT"), 20) << Qt::endl;
        for (const DailyTotal &total : result.daily) {
            out << cell(total.day.toString(Qt::ISODate), 10) << cell(total.currency.code(), 8)
                << cell(QStringLiteral("%1 / %2").arg(total.ledgerCount).arg(total.ledgerTotal().toDecimalString()), 20)
                << cell(QStringLiteral("%1 / %2").arg(total.reportCount).arg(total.reportTotal().toDecimalString()), 20)
                << (total.agrees() ? QString() : ReconcileCommand::tr("differs")) << Qt::endl;
        }
    }
    for (const Closed &close : closed) {
        const QString id = close.review.refundId.toString(QUuid::WithoutBraces);
        out << (close.outcome.status == RefundOutcome::Status::Recorded
                    ? ReconcileCommand::tr("Closed %1 as %2 (%3).")
                          .arg(id, refundStatusKey(close.outcome.refund.status), close.review.note)
                    : ReconcileCommand::tr("Not closed %1: %2").arg(id, close.outcome.message))
            << Qt::endl;
    }
}

} // namespace

int ReconcileCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Matches a gateway's refund report (CSV) against the ledger."));
    parser.addPositionalArgument(QStringLiteral("reconcile"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The gateway's report (docs/reconciliation.md)."));
    const QCommandLineOption gatewayOption(QStringLiteral("gateway"), tr("pockyt, pwv3, secpaid or paynet."),
                                           QStringLiteral("G"));
    const QCommandLineOption exportOption(QStringLiteral("export"), tr("Also write the result as CSV to this file."),
                                          QStringLiteral("OUT.csv"));
    const QCommandLineOption resolveOption(QStringLiteral("resolve"),
                                           tr("Close the reviews the report settles (needs --actor)."));
    const QCommandLineOption actorOption(QStringLiteral("actor"), tr("Who closes the reviews (back-office staff)."),
                                         QStringLiteral("NAME"));
    parser.addOptions({gatewayOption, exportOption, resolveOption, actorOption});
    const QString usage =
        QStringLiteral("refundctl reconcile --gateway G FILE.csv [--json] [--export OUT.csv] [--resolve --actor NAME]");
    if (const auto exit = session.parse(parser, arguments, usage))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return session.fail(CtlSession::kUsage, tr("Usage: %1").arg(usage));
    const std::optional<GatewayId> gateway = gatewayFromKey(parser.value(gatewayOption));
    if (!gateway)
        return session.fail(CtlSession::kUsage, tr("--gateway must be pockyt, pwv3, secpaid or paynet."));
    const bool resolve = parser.isSet(resolveOption);
    const QString actor = parser.value(actorOption).trimmed();
    if (resolve && actor.isEmpty())
        return session.fail(CtlSession::kUsage, tr("--resolve needs --actor: a person closes a review."));
    if (const auto exit = session.open(parser))
        return *exit;

    const ReconcileResult result = Reconciler::reconcileFile(session.host().ledger(), *gateway, positional.at(1));
    if (result.status == ReconcileResult::Status::Refused)
        return session.fail(CtlSession::kUsage, result.message);
    if (!result.ok())
        return session.fail(CtlSession::kUnsettled, result.message);
    if (parser.isSet(exportOption)) {
        QSaveFile file(parser.value(exportOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(ReconcileCsv::document(result).toUtf8()) < 0
            || !file.commit())
            return session.fail(CtlSession::kUsage,
                                tr("Cannot write %1: %2").arg(parser.value(exportOption), file.errorString()));
    }

    QList<Closed> closed;
    if (resolve) {
        for (const RefundReview &review : Reconciler::reviewsFor(result, Actor {actor, Role::BackOffice})) {
            const RefundOutcome outcome = session.wait<RefundOutcome>(
                [&](QObject *context, auto done) { session.host().engine().review(review, context, done); });
            closed << Closed {review, outcome};
        }
    }
    if (session.json())
        session.printJson(resultJson(result, closed));
    else
        printText(session.out(), result, closed);

    const bool allClosed = std::all_of(closed.cbegin(), closed.cend(), [](const Closed &close) {
        return close.outcome.status == RefundOutcome::Status::Recorded;
    });
    if (!allClosed || !result.agrees())
        return CtlSession::kNo;
    if (!resolve && result.resolvableCount() > 0)
        return CtlSession::kUnsettled;
    return CtlSession::kOk;
}

} // namespace RefundDesk
