#include "CtlSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk {

CtlSession::CtlSession(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_configOption({QStringLiteral("c"), QStringLiteral("config")},
                     tr("The configuration file (default: $REFUNDDESK_CONFIG)."), QStringLiteral("FILE"))
    , m_jsonOption(QStringLiteral("json"), tr("Machine output: JSON on stdout."))
{ }

std::optional<int> CtlSession::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.addHelpOption();
    parser.addOption(m_configOption);
    parser.addOption(m_jsonOption);
    if (!parser.parse(arguments)) {
        m_json = arguments.contains(QStringLiteral("--json"));
        return fail(kUsage, QStringLiteral("%1 (usage: %2)").arg(parser.errorText(), usage));
    }
    m_json = parser.isSet(m_jsonOption);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return kOk;
    }
    return std::nullopt;
}

std::optional<int> CtlSession::open(const QCommandLineParser &parser)
{
    const QString path =
        parser.isSet(m_configOption) ? parser.value(m_configOption) : RefundDeskConfig::pathFromEnvironment();
    if (path.isEmpty())
        return fail(kUsage, tr("No configuration: pass --config FILE or set REFUNDDESK_CONFIG."));
    const RefundDeskConfig::Loaded loaded = RefundDeskConfig::load(path);
    if (!loaded.ok)
        return fail(kUsage, loaded.errors.join(QStringLiteral("; ")));
    m_config = loaded.config;
    EngineHost::Opened opened = EngineHost::open(m_config);
    if (!opened.host)
        return fail(kUsage, opened.error);
    m_host = std::move(opened.host);
    for (const QString &problem : m_host->gatewayProblems())
        m_err << tr("warning: %1").arg(problem) << Qt::endl;
    return std::nullopt;
}

int CtlSession::fail(int code, const QString &message)
{
    // One line, whatever the message held.
    const QString line = message.simplified();
    m_err << line << Qt::endl;
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("error"), line}});
    return code;
}

void CtlSession::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace RefundDesk
