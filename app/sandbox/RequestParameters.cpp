#include "RequestParameters.h"

#include "gateways/ExactJson.h"

#include <QSet>

namespace RefundDesk {

namespace {

QString decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

RequestParameters RequestParameters::parse(const SandboxRequest &request)
{
    RequestParameters parameters;
    const QByteArray type = request.mediaType();
    if (type == "application/x-www-form-urlencoded") {
        const QList<QByteArray> pairs = request.body().split('&');
        for (const QByteArray &pair : pairs) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            const QByteArray name = equals < 0 ? pair : pair.left(equals);
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            parameters.m_list.append({decodeFormComponent(name), decodeFormComponent(value)});
        }
    } else if (type == "application/json") {
        const ExactJsonResult parsed = ExactJson::parse(request.body());
        if (!parsed.ok() || !parsed.value().isObject()) {
            parameters.m_status = Status::Malformed;
            parameters.m_message = parsed.ok() ? QStringLiteral("the JSON body is not an object") : parsed.message();
            return parameters;
        }
        for (const auto &[name, value] : parsed.value().members()) {
            if (value.isNull())
                continue;
            if (value.isArray() || value.isObject()) {
                parameters.m_status = Status::Malformed;
                parameters.m_message = QStringLiteral("parameter %1 is not a single value").arg(name);
                return parameters;
            }
            parameters.m_list.append({name, value.scalarText()});
        }
    } else {
        parameters.m_status = Status::UnsupportedContentType;
        parameters.m_message = QStringLiteral("Content-Type must be application/x-www-form-urlencoded or "
                                              "application/json, not \"%1\"")
                                   .arg(QString::fromLatin1(type));
        return parameters;
    }

    QSet<QString> seen;
    for (const auto &[name, value] : parameters.m_list) {
        if (seen.contains(name)) {
            parameters.m_status = Status::Malformed;
            parameters.m_message = QStringLiteral("parameter %1 is given more than once").arg(name);
            return parameters;
        }
        seen.insert(name);
    }
    return parameters;
}

QString RequestParameters::value(QStringView name) const
{
    for (const auto &[key, value] : m_list) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace RefundDesk
