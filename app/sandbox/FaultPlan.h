#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// Faults armed per gateway and operation, each for the next N matching requests.
// The modes and where they strike (before or after the gateway executes the request):
//   http500          before: answer 500, nothing executed
//   reset            before: close the connection with a TCP reset, nothing executed
//   rate-limit:SECS  before: answer 429 with Retry-After: SECS, nothing executed
//   drop-after       after:  executed, then the connection is reset without an answer
//   delay-after:MS   after:  executed, answered MS milliseconds later
//   malformed        after:  executed, then answered with the first half of the real body
//                            (an answer the client cannot parse: outcome unknown to it)
class FaultPlan
{
public:
    enum class Mode { Http500, Reset, RateLimit, DropAfter, DelayAfter, Malformed };

    struct Fault
    {
        QString gateway; // "pockyt", "pwv3", "secpaid", "paynet"
        QString operation; // "query", "refund", "status"
        Mode mode = Mode::Http500;
        int parameter = 0; // milliseconds for delay-after, seconds for rate-limit
        int remaining = 1; // how many more requests it strikes
    };

    struct Parsed
    {
        std::optional<Fault> fault;
        QString error; // why not, when fault is empty
    };

    // "gateway:operation:mode[:parameter][:count]", as given to --fault.
    static Parsed parseSpec(QStringView spec);
    // {"gateway","operation","mode","count"} as POSTed to /_admin/faults; mode as in the spec
    // ("delay-after:500").
    static Parsed fromJson(const QJsonObject &object);
    // The operations a gateway has: pockyt query/refund, pwv3 refund/status,
    // secpaid refund/status, paynet query/refund/status. Empty for an unknown gateway.
    static QStringList operationsOf(QStringView gateway);
    static bool strikesBeforeExecution(Mode mode);
    static QString modeText(const Fault &fault);

    void add(const Fault &fault);
    void clear();
    // The first armed fault for gateway and operation, counted down; nullopt when none.
    std::optional<Fault> take(QStringView gateway, QStringView operation);
    QJsonArray toJson() const;

private:
    static Parsed make(const QString &gateway, const QString &operation, QStringView mode,
                       std::optional<QStringView> parameter, std::optional<QStringView> count);

    QList<Fault> m_faults;
};

} // namespace RefundDesk
