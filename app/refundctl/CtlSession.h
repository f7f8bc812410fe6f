#pragma once

#include "engine/EngineHost.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace RefundDesk {

// What every refundctl command over the engine shares: the --config and --json options,
// opening the engine (on this, the main thread), waiting for its answers, and the exit
// codes with a one-line reason on stderr (and {"error": ...} on stdout with --json).
class CtlSession
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::CtlSession)

public:
    enum Exit {
        kOk = 0,
        kNo = 1, // the command ran and the answer is no: refused, failed, rejected, not found, audit broken
        kUsage = 2, // bad arguments or configuration; nothing was sent
        kUnsettled = 3, // the outcome is not known yet (needs review) or a gateway could not be asked
    };

    CtlSession(QTextStream &out, QTextStream &err);

    // Adds --config and --json; then parses. A value: exit now with it (help shown or bad arguments).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
    bool json() const { return m_json; }

    // Loads the configuration (--config, or REFUNDDESK_CONFIG) and opens the engine. A value:
    // exit now with it, the reason already printed.
    std::optional<int> open(const QCommandLineParser &parser);
    const RefundDeskConfig &config() const { return m_config; }
    EngineHost &host() { return *m_host; }

    // Prints the reason (stderr; and as {"error": ...} on stdout with --json); returns code.
    int fail(int code, const QString &message);
    void printJson(const QJsonValue &value);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Runs the event loop until call's callback gives an answer. The engine always answers:
    // every gateway request has a timeout.
    template<typename T, typename Call>
    T wait(Call call)
    {
        std::optional<T> result;
        QEventLoop loop;
        QObject context;
        call(&context, [&](const T &value) {
            result = value;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineOption m_configOption;
    QCommandLineOption m_jsonOption;
    bool m_json = false;
    RefundDeskConfig m_config;
    std::unique_ptr<EngineHost> m_host;
};

} // namespace RefundDesk
