#include "ScanCommand.h"

#include "CtlLanguage.h"
#include "Version.h"
#include "domain/GatewayId.h"
#include "scan/ReceiptCode.h"
#include "scan/ReceiptFileReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace RefundDesk {

namespace {

enum ExitCode { kAllFound = 0, kSomeNotFound = 1, kUsage = 2 };

QString kindName(ReceiptCode::Kind kind)
{
    switch (kind) {
    case ReceiptCode::Kind::Transaction:
        return QStringLiteral("transaction");
    case ReceiptCode::Kind::Reference:
        return QStringLiteral("reference");
    case ReceiptCode::Kind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

QJsonObject describe(const QString &file, const FileScanResult &scan)
{
    QJsonObject line {{QStringLiteral("file"), file}};
    if (scan.status != FileScanResult::Status::Found) {
        line.insert(QStringLiteral("found"), false);
        line.insert(QStringLiteral("reason"), scan.message);
        return line;
    }
    const ReceiptCode code = ReceiptCode::parse(scan.code.text);
    line.insert(QStringLiteral("text"), scan.code.text);
    line.insert(QStringLiteral("format"), scan.code.formatName());
    if (!code.isOk()) {
        line.insert(QStringLiteral("found"), false);
        line.insert(QStringLiteral("reason"), code.message());
        return line;
    }
    line.insert(QStringLiteral("found"), true);
    line.insert(QStringLiteral("gateway"), code.gateway() ? QJsonValue(gatewayKey(*code.gateway())) : QJsonValue());
    line.insert(QStringLiteral("kind"), kindName(code.kind()));
    line.insert(QStringLiteral("id"), code.id());
    return line;
}

} // namespace

int ScanCommand::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refundctl"));
    QCoreApplication::setApplicationVersion(versionString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::optional<QStringList> arguments = CtlLanguage::apply(QCoreApplication::arguments(), err);
    if (!arguments)
        return kUsage;
    return run(*arguments, out, err);
}

int ScanCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads the receipt barcode in pictures and PDF files; one JSON line per file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scan"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Pictures (PNG, JPEG, ...) or PDF receipts."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kAllFound;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        err << QCoreApplication::translate("RefundDesk::ScanCommand", "refundctl scan: name at least one file.")
            << Qt::endl;
        return kUsage;
    }

    const ReceiptFileReader reader;
    int result = kAllFound;
    for (const QString &file : files) {
        const QJsonObject line = describe(file, reader.scan(file));
        if (!line.value(QStringLiteral("found")).toBool())
            result = kSomeNotFound;
        out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
    }
    return result;
}

} // namespace RefundDesk
