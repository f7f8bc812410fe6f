#include "AuditCommand.h"
#include "CtlLanguage.h"
#include "CtlSession.h"
#include "ListCommand.h"
#include "LookupCommand.h"
#include "ReceiptCommand.h"
#include "ReconcileCommand.h"
#include "RefundCommand.h"
#include "ReviewCommand.h"
#include "ScanCommand.h"
#include "ServeCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "UserCommand.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

namespace {

using Command = std::function<int(const QStringList &, RefundDesk::CtlSession &)>;

const std::map<QString, Command> &commands()
{
    using namespace RefundDesk;
    static const std::map<QString, Command> table {
        {QStringLiteral("lookup"), &LookupCommand::run}, {QStringLiteral("refund"), &RefundCommand::run},
        {QStringLiteral("status"), &StatusCommand::run}, {QStringLiteral("list"), &ListCommand::run},
        {QStringLiteral("sync"), &SyncCommand::run},     {QStringLiteral("review"), &ReviewCommand::run},
        {QStringLiteral("serve"), &ServeCommand::run},   {QStringLiteral("audit"), &AuditCommand::run},
        {QStringLiteral("user"), &UserCommand::run},     {QStringLiteral("reconcile"), &ReconcileCommand::run},
    };
    return table;
}

} // namespace

int main(int argc, char *argv[])
{
    // Receipts draw PDFs, which need a QGuiApplication; the other commands do not.
    if (argc > 1 && qstrcmp(argv[1], "receipt") == 0)
        return RefundDesk::ReceiptCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "scan") == 0)
        return RefundDesk::ScanCommand::main(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refundctl"));
    QCoreApplication::setApplicationVersion(RefundDesk::versionString());
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::optional<QStringList> language = RefundDesk::CtlLanguage::apply(QCoreApplication::arguments(), err);
    if (!language)
        return RefundDesk::CtlSession::kUsage;
    const QStringList &arguments = *language;
    if (arguments.size() > 1) {
        const auto command = commands().find(arguments.at(1));
        if (command != commands().end()) {
            RefundDesk::CtlSession session(out, err);
            return command->second(arguments, session);
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "RefundDesk::CtlMain",
        "RefundDesk on the command line: look up sales, refund them and follow refunds to their final state.\n\n"
        "Commands (each has --help; --json for machine output; --config FILE or REFUNDDESK_CONFIG):\n"
        "  lookup --gateway G (--transaction ID | --reference REF) [--refresh]\n"
        "  refund --gateway G (--transaction ID | --reference REF) [--amount DECIMAL] [--reason TEXT] "
        "[--actor NAME]\n"
        "  status REFUND_ID\n"
        "  list [--status S] [--since DATE] [--format text|json|csv]\n"
        "  sync\n"
        "  review REFUND_ID --resolve succeeded|failed --note TEXT [--actor NAME]\n"
        "  serve\n"
        "  audit verify\n"
        "  reconcile --gateway G FILE.csv [--export OUT.csv] [--resolve --actor NAME]\n"
        "  user add NAME --role ROLE [--display-name TEXT] < PIN | user list\n"
        "  receipt REFUND_ID [...]\n"
        "  scan FILE...\n\n"
        "Gateways: pockyt, pwv3, secpaid, paynet.\n"
        "Language: --language en|de|ms|zh_CN with any command (default: LANGUAGE, LC_MESSAGES or LANG).\n"
        "Exit codes: 0 done; 1 refused, failed, rejected or not found; 2 bad arguments or configuration; "
        "3 outcome not known yet (needs review) or a gateway or the ledger could not be asked."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("RefundDesk::CtlMain", "What to do (see above)."));
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("RefundDesk::CtlMain", "Unknown command '%1'; see refundctl --help.")
                   .arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return 2;
    }
    out << parser.helpText();
    return 0;
}
