#include "FaultPlan.h"

#include <array>

namespace RefundDesk {

namespace {

struct ModeName
{
    FaultPlan::Mode mode;
    const char16_t *name;
    bool hasParameter;
};

constexpr std::array<ModeName, 6> kModes {{
    {FaultPlan::Mode::Http500, u"http500", false},
    {FaultPlan::Mode::Reset, u"reset", false},
    {FaultPlan::Mode::RateLimit, u"rate-limit", true},
    {FaultPlan::Mode::DropAfter, u"drop-after", false},
    {FaultPlan::Mode::DelayAfter, u"delay-after", true},
    {FaultPlan::Mode::Malformed, u"malformed", false},
}};

const ModeName *findMode(QStringView name)
{
    for (const auto &mode : kModes) {
        if (name == QStringView(mode.name))
            return &mode;
    }
    return nullptr;
}

std::optional<int> positiveInt(QStringView text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

QStringList FaultPlan::operationsOf(QStringView gateway)
{
    if (gateway == u"pockyt")
        return {QStringLiteral("query"), QStringLiteral("refund")};
    if (gateway == u"pwv3" || gateway == u"secpaid")
        return {QStringLiteral("refund"), QStringLiteral("status")};
    if (gateway == u"paynet")
        return {QStringLiteral("query"), QStringLiteral("refund"), QStringLiteral("status")};
    return {};
}

bool FaultPlan::strikesBeforeExecution(Mode mode)
{
    return mode == Mode::Http500 || mode == Mode::Reset || mode == Mode::RateLimit;
}

QString FaultPlan::modeText(const Fault &fault)
{
    for (const auto &mode : kModes) {
        if (mode.mode == fault.mode) {
            const QString name = QString::fromUtf16(mode.name);
            return mode.hasParameter ? name + u':' + QString::number(fault.parameter) : name;
        }
    }
    return {};
}

FaultPlan::Parsed FaultPlan::make(const QString &gateway, const QString &operation, QStringView mode,
                                  std::optional<QStringView> parameter, std::optional<QStringView> count)
{
    const QStringList operations = operationsOf(gateway);
    if (operations.isEmpty())
        return {std::nullopt, QStringLiteral("unknown gateway \"%1\" (pockyt, pwv3, secpaid, paynet)").arg(gateway)};
    if (!operations.contains(operation)) {
        return {std::nullopt,
                QStringLiteral("gateway %1 has no operation \"%2\" (%3)")
                    .arg(gateway, operation, operations.join(QStringLiteral(", ")))};
    }
    const ModeName *modeName = findMode(mode);
    if (!modeName) {
        return {std::nullopt,
                QStringLiteral("unknown fault mode \"%1\" (http500, reset, rate-limit:SECONDS, drop-after, "
                               "delay-after:MS, malformed)")
                    .arg(mode)};
    }
    Fault fault;
    fault.gateway = gateway;
    fault.operation = operation;
    fault.mode = modeName->mode;
    if (modeName->hasParameter) {
        const auto value = parameter ? positiveInt(*parameter) : std::nullopt;
        if (!value) {
            return {std::nullopt,
                    QStringLiteral("fault mode %1 needs a positive number after a colon, e.g. %1:%2")
                        .arg(mode, modeName->mode == Mode::RateLimit ? u"30" : u"2000")};
        }
        fault.parameter = *value;
    }
    if (count) {
        const auto value = positiveInt(*count);
        if (!value)
            return {std::nullopt, QStringLiteral("fault count must be a positive number, not \"%1\"").arg(*count)};
        fault.remaining = *value;
    }
    return {fault, QString()};
}

FaultPlan::Parsed FaultPlan::parseSpec(QStringView spec)
{
    const auto parts = spec.split(u':');
    if (parts.size() < 3)
        return {std::nullopt,
                QStringLiteral("a fault is gateway:operation:mode[:parameter][:count], not \"%1\"").arg(spec)};
    const ModeName *modeName = findMode(parts.at(2));
    const qsizetype expectedMax = (modeName && modeName->hasParameter) ? 5 : 4;
    if (parts.size() > expectedMax)
        return {std::nullopt, QStringLiteral("too many parts in fault \"%1\"").arg(spec)};
    std::optional<QStringView> parameter;
    std::optional<QStringView> count;
    qsizetype next = 3;
    if (modeName && modeName->hasParameter && parts.size() > next)
        parameter = parts.at(next++);
    if (parts.size() > next)
        count = parts.at(next);
    return make(parts.at(0).toString(), parts.at(1).toString(), parts.at(2), parameter, count);
}

FaultPlan::Parsed FaultPlan::fromJson(const QJsonObject &object)
{
    for (const char *key : {"gateway", "operation", "mode"}) {
        if (!object.value(QLatin1String(key)).isString())
            return {std::nullopt, QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key))};
    }
    const QString modeSpec = object.value(QLatin1String("mode")).toString();
    const qsizetype colon = modeSpec.indexOf(u':');
    const QStringView mode = colon < 0 ? QStringView(modeSpec) : QStringView(modeSpec).left(colon);
    std::optional<QStringView> parameter;
    if (colon >= 0)
        parameter = QStringView(modeSpec).mid(colon + 1);
    const ModeName *modeName = findMode(mode);
    if (modeName && !modeName->hasParameter && parameter)
        return {std::nullopt, QStringLiteral("fault mode %1 takes no parameter").arg(mode)};

    QString countText;
    std::optional<QStringView> count;
    const QJsonValue countValue = object.value(QLatin1String("count"));
    if (!countValue.isUndefined()) {
        if (!countValue.isDouble())
            return {std::nullopt, QStringLiteral("\"count\" must be a positive integer")};
        countText = QString::number(countValue.toInteger(-1));
        count = QStringView(countText);
    }
    return make(object.value(QLatin1String("gateway")).toString(), object.value(QLatin1String("operation")).toString(),
                mode, parameter, count);
}

void FaultPlan::add(const Fault &fault)
{
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    m_faults.clear();
}

std::optional<FaultPlan::Fault> FaultPlan::take(QStringView gateway, QStringView operation)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.gateway != gateway || fault.operation != operation)
            continue;
        Fault struck = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return struck;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults) {
        array.append(QJsonObject {
            {QStringLiteral("gateway"), fault.gateway},
            {QStringLiteral("operation"), fault.operation},
            {QStringLiteral("mode"), modeText(fault)},
            {QStringLiteral("remaining"), fault.remaining},
        });
    }
    return array;
}

} // namespace RefundDesk
