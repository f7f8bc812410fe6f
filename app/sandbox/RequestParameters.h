#pragma once

#include "SandboxRequest.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace RefundDesk {

// Flat name=value parameters from a form-urlencoded or a JSON object body, the two forms
// Pockyt and PW v3 accept. JSON numbers keep their literal text (through ExactJson), so
// "refundAmount": 0.01 arrives as "0.01", never via a double.
class RequestParameters
{
public:
    enum class Status {
        Ok,
        UnsupportedContentType, // neither form-urlencoded nor JSON
        Malformed, // not decodable, not a flat object, or a name given twice
    };

    static RequestParameters parse(const SandboxRequest &request);

    Status status() const { return m_status; }
    const QString &message() const { return m_message; }
    const QList<std::pair<QString, QString>> &list() const { return m_list; }
    // The value of name, empty when absent (an empty value counts as absent, as Pockyt's
    // signature rule drops empty values).
    QString value(QStringView name) const;
    bool has(QStringView name) const { return !value(name).isEmpty(); }

private:
    Status m_status = Status::Ok;
    QString m_message;
    QList<std::pair<QString, QString>> m_list;
};

} // namespace RefundDesk
