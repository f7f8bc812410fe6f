#include "UserCommand.h"

#include "CtlSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace RefundDesk {

namespace {

QJsonObject userJson(const UserAccount &account)
{
    return QJsonObject {{QStringLiteral("name"), account.name},
                        {QStringLiteral("display_name"), account.displayName},
                        {QStringLiteral("role"), roleKey(account.role)},
                        {QStringLiteral("active"), account.active},
                        {QStringLiteral("locked_until"), account.lockedUntil.toString(Qt::ISODate)}};
}

} // namespace

int UserCommand::run(const QStringList &arguments, CtlSession &session)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds and lists employees. A new PIN is read from standard input."));
    parser.addPositionalArgument(QStringLiteral("user"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("add|list"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The employee's user name (add)."));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("clerk, manager or back_office."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption displayOption(QStringLiteral("display-name"), tr("The name people see."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), tr("Who adds the employee (default: refundctl)."),
                                         QStringLiteral("NAME"), QStringLiteral("refundctl"));
    parser.addOptions({roleOption, displayOption, actorOption});
    const QString usage =
        QStringLiteral("refundctl user add NAME --role ROLE [--display-name TEXT] < pin | refundctl user list");
    if (const auto exit = session.parse(parser, arguments, usage))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (!((action == u"add" && positional.size() == 3) || (action == u"list" && positional.size() == 2)))
        return session.fail(CtlSession::kUsage, tr("Usage: %1").arg(usage));
    std::optional<Role> role;
    if (action == u"add") {
        role = roleFromKey(parser.value(roleOption));
        if (!role)
            return session.fail(CtlSession::kUsage, tr("--role must be clerk, manager or back_office."));
    }
    if (const auto exit = session.open(parser))
        return *exit;

    if (action == u"list") {
        const auto users = session.host().users().list();
        if (!users.ok())
            return session.fail(CtlSession::kUnsettled, users.message());
        QJsonArray array;
        for (const UserAccount &account : users.value()) {
            array.append(userJson(account));
            if (!session.json())
                session.out() << account.name << '\t' << roleKey(account.role) << '\t' << account.displayName
                              << Qt::endl;
        }
        if (session.json())
            session.printJson(array);
        return CtlSession::kOk;
    }

    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    // refundctl holds the store's credentials: its operator adds employees as back-office staff
    // unless the employee list names them otherwise.
    const Actor by {parser.value(actorOption), Role::BackOffice};
    const auto added = session.wait<LedgerValue<UserAccount>>([&](QObject *context, auto done) {
        session.host().engine().addEmployee(positional.at(2), parser.value(displayOption), *role, pin, by, context,
                                            done);
    });
    if (!added.ok())
        return session.fail(CtlSession::kNo, added.message());
    if (session.json())
        session.printJson(userJson(added.value()));
    else
        session.out() << tr("Added %1 (%2).").arg(added.value().name, roleKey(added.value().role)) << Qt::endl;
    return CtlSession::kOk;
}

} // namespace RefundDesk
