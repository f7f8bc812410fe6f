#include "ServeCommand.h"

#include "CtlSession.h"
#include "TerminationSignals.h"
#include "webhooks/WebhookReceiver.h"

#include <QCoreApplication>

namespace RefundDesk {

int ServeCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receives webhooks and follows up refunds until SIGTERM: the headless store server."));
    parser.addPositionalArgument(QStringLiteral("serve"), tr("The command."));
    if (const auto exit = session.parse(parser, arguments, QStringLiteral("refundctl serve [--config FILE]")))
        return *exit;
    if (const auto exit = session.open(parser))
        return *exit;

    TerminationSignals terminations;
    if (!terminations.install())
        return session.fail(CtlSession::kUsage, tr("Cannot install the SIGTERM handler."));
    EngineHost &host = session.host();
    QString error;
    if (!host.startWebhooks(&error))
        return session.fail(CtlSession::kUsage, error);
    QTextStream &err = session.err();
    QObject::connect(
        host.webhooks(), &WebhookReceiver::handled, [&err](const QString &path, int status, const QString &summary) {
            err << QStringLiteral("webhook %1 -> %2 %3").arg(path).arg(status).arg(summary.simplified()) << Qt::endl;
        });
    QObject::connect(&host.sync(), &RefundSync::passFinished, [&err](const SyncReport &report) {
        if (report.changed == 0 && report.problems.isEmpty())
            return;
        err << QStringLiteral("sync: %1 checked, %2 changed, %3 skipped, %4 problems")
                   .arg(report.checked)
                   .arg(report.changed)
                   .arg(report.skipped)
                   .arg(report.problems.size())
            << Qt::endl;
    });
    QObject::connect(&terminations, &TerminationSignals::terminated, QCoreApplication::instance(),
                     [](int) { QCoreApplication::quit(); });
    host.sync().start();
    err << tr("refundctl serve: listening on %1:%2")
               .arg(session.config().webhooks.listenHost)
               .arg(host.webhooks()->port())
        << Qt::endl;
    QCoreApplication::exec();
    err << tr("refundctl serve: stopped") << Qt::endl;
    return CtlSession::kOk;
}

} // namespace RefundDesk
