#include "ReceiptCommand.h"

#include "CtlLanguage.h"
#include "Version.h"
#include "config/RefundDeskConfig.h"
#include "engine/AuditKey.h"
#include "ledger/LedgerFactory.h"
#include "receipts/EscPosReceipt.h"
#include "receipts/EscPosSender.h"
#include "receipts/LedgerReceiptDeliveryLog.h"
#include "receipts/ReceiptMailer.h"
#include "receipts/ReceiptPdf.h"
#include "receipts/ReceiptText.h"
#include "receipts/SmtpPasswordStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTextStream>

namespace RefundDesk {

namespace {

enum ExitCode { kOk = 0, kDeliveryFailed = 1, kUsage = 2, kNotFound = 3 };

void recordDelivery(ReceiptDeliveryLog &log, const ReceiptModel &model, ReceiptChannel channel,
                    const ReceiptOutputResult &result, QTextStream &err)
{
    const ReceiptDeliveryLog::Result recorded =
        log.record(ReceiptDelivery::ofOutput(model.refund().refundId, channel, result));
    if (!recorded.ok)
        err << ReceiptCommand::tr("warning: the delivery was not recorded in the ledger: %1").arg(recorded.message)
            << Qt::endl;
}

} // namespace

int ReceiptCommand::main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refundctl"));
    QCoreApplication::setApplicationVersion(versionString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::optional<QStringList> arguments = CtlLanguage::apply(QCoreApplication::arguments(), err);
    if (!arguments)
        return kUsage;
    return run(*arguments, out, err);
}

int ReceiptCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints, saves or emails the receipt of a refund from the ledger. Without --pdf, --escpos, "
           "--printer or --email it writes the receipt as text."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("receipt"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("REFUND_ID"), tr("The refund's id (a UUID)."));
    const QCommandLineOption configOption({QStringLiteral("c"), QStringLiteral("config")},
                                          tr("The configuration file (default: $REFUNDDESK_CONFIG)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("Write the receipt as PDF to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("PDF paper: a4 (default), letter or roll80."),
                                         QStringLiteral("PAPER"), QStringLiteral("a4"));
    const QCommandLineOption escposOption(QStringLiteral("escpos"),
                                          tr("Print on an ESC/POS printer at HOST:PORT or a device path."),
                                          QStringLiteral("TARGET"));
    const QCommandLineOption printerOption(QStringLiteral("printer"),
                                           tr("Print on the ESC/POS printer configured in [printer] escpos."));
    const QCommandLineOption emailOption(QStringLiteral("email"), tr("Email the receipt to ADDRESS."),
                                         QStringLiteral("ADDRESS"));
    const QCommandLineOption actorOption(QStringLiteral("as"),
                                         tr("Who asks for the receipt, for the audit trail (default: refundctl)."),
                                         QStringLiteral("EMPLOYEE"), QStringLiteral("refundctl"));
    parser.addOptions({configOption, pdfOption, paperOption, escposOption, printerOption, emailOption, actorOption});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("Usage: refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]")
            << Qt::endl;
        return kUsage;
    }
    const QUuid refundId(positional.at(1));
    if (refundId.isNull()) {
        err << tr("'%1' is not a refund id (a UUID).").arg(positional.at(1)) << Qt::endl;
        return kUsage;
    }
    const std::optional<ReceiptPaper> paper = receiptPaperFromKey(parser.value(paperOption));
    if (!paper) {
        err << tr("--paper must be a4, letter or roll80.") << Qt::endl;
        return kUsage;
    }

    const QString configPath =
        parser.isSet(configOption) ? parser.value(configOption) : RefundDeskConfig::pathFromEnvironment();
    if (configPath.isEmpty()) {
        err << tr("No configuration: pass --config FILE or set REFUNDDESK_CONFIG.") << Qt::endl;
        return kUsage;
    }
    const RefundDeskConfig::Loaded loaded = RefundDeskConfig::load(configPath);
    if (!loaded.ok) {
        for (const QString &error : loaded.errors)
            err << error << Qt::endl;
        return kUsage;
    }
    const RefundDeskConfig &config = loaded.config;
    if (parser.isSet(emailOption) && !config.smtp) {
        err << tr("Email is not set up: the configuration has no [smtp] section.") << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(printerOption) && config.printer.escpos.isEmpty()) {
        err << tr("No ESC/POS printer is configured ([printer] escpos).") << Qt::endl;
        return kUsage;
    }

    // Deliveries go to the audit chain, keyed like every other program's rows.
    const AuditKey::Loaded key = AuditKey::load(config);
    if (!key.ok) {
        err << key.message << Qt::endl;
        return kUsage;
    }
    LedgerResult opened = LedgerResult::success();
    const std::unique_ptr<Ledger> ledger = LedgerFactory::openLedger(config.ledger.url, &opened);
    if (!ledger) {
        err << opened.message() << Qt::endl;
        return kUsage;
    }
    ledger->setAuditKey(key.key);
    LedgerReceiptDeliveryLog deliveryLog(*ledger, parser.value(actorOption), config.store.id, config.store.registerId);

    const LedgerValue<ReceiptModel> built = ReceiptModel::fromLedger(*ledger, refundId, config.store);
    if (!built.ok()) {
        err << built.message() << Qt::endl;
        return built.error() == LedgerResult::Error::NotFound ? kNotFound : kDeliveryFailed;
    }
    const ReceiptModel &model = built.value();

    bool allOk = true;
    const bool anyOutput = parser.isSet(pdfOption) || parser.isSet(escposOption) || parser.isSet(printerOption)
        || parser.isSet(emailOption);
    if (!anyOutput)
        out << ReceiptText::plainText(model, EscPosReceipt::kColumns);

    if (parser.isSet(pdfOption)) {
        const ReceiptOutputResult written = ReceiptPdf::writeFile(model, *paper, parser.value(pdfOption));
        recordDelivery(deliveryLog, model, ReceiptChannel::Pdf, written, err);
        if (written.ok)
            out << tr("PDF written to %1").arg(written.destination) << Qt::endl;
        else
            err << written.message << Qt::endl;
        allOk = allOk && written.ok;
    }

    if (parser.isSet(escposOption) || parser.isSet(printerOption)) {
        const QString where = parser.isSet(escposOption) ? parser.value(escposOption) : config.printer.escpos;
        EscPosSender sender;
        sender.setBaudRate(config.printer.baudRate);
        QEventLoop loop;
        ReceiptOutputResult printed;
        QObject::connect(&sender, &EscPosSender::finished, &loop, [&](const ReceiptOutputResult &result) {
            printed = result;
            loop.quit();
        });
        // finished() may come at once (an invalid target): only wait when it has not.
        sender.send(EscPosTarget::parse(where), EscPosReceipt::encode(model));
        if (sender.isBusy())
            loop.exec();
        recordDelivery(deliveryLog, model, ReceiptChannel::EscPos, printed, err);
        if (printed.ok)
            out << tr("Printed on %1").arg(printed.destination) << Qt::endl;
        else
            err << printed.message << Qt::endl;
        allOk = allOk && printed.ok;
    }

    if (parser.isSet(emailOption)) {
        SmtpPasswordStore keychain;
        ReceiptMailer mailer(*config.smtp);
        mailer.setDeliveryLog(&deliveryLog);
        mailer.setPasswordStore(&keychain);
        QEventLoop loop;
        ReceiptEmailResult mailed;
        QObject::connect(&mailer, &ReceiptMailer::progress, &loop, [&err](const ReceiptEmailProgress &progress) {
            if (progress.stage == ReceiptEmailProgress::Stage::WaitingToRetry) {
                err << tr("Attempt %1 of %2 failed: %3 Trying again in %4 s.")
                           .arg(progress.attempt)
                           .arg(progress.maxAttempts)
                           .arg(progress.message)
                           .arg(progress.retryInMs / 1000)
                    << Qt::endl;
            }
        });
        QObject::connect(&mailer, &ReceiptMailer::finished, &loop, [&](const ReceiptEmailResult &result) {
            mailed = result;
            loop.quit();
        });
        mailer.send(model, parser.value(emailOption));
        if (mailer.isBusy())
            loop.exec();
        if (mailed.ok())
            out << tr("Emailed to %1").arg(mailed.recipient) << Qt::endl;
        else
            err << mailed.message << Qt::endl;
        allOk = allOk && mailed.ok();
    }
    return allOk ? kOk : kDeliveryFailed;
}

} // namespace RefundDesk
