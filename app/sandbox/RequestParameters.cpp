#include "RequestParameters.h"

#include "gateways/ExactJson.h"
#include "gateways/FormUrlEncoded.h"

#include <QSet>

namespace RefundDesk {

RequestParameters RequestParameters::parse(const SandboxRequest &request)
{
    RequestParameters parameters;
    const QByteArray type = request.mediaType();
    if (type == "application/x-www-form-urlencoded") {
        const std::optional<FormUrlEncoded::Fields> fields = FormUrlEncoded::decode(request.body());
        if (!fields) {
            parameters.m_status = Status::Malformed;
            parameters.m_message = QStringLiteral("the form body has a broken percent escape or is not UTF-8");
            return parameters;
        }
        parameters.m_list = *fields;
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
