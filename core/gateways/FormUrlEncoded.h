#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace RefundDesk {

// application/x-www-form-urlencoded bodies: what Pockyt's SDKs and PW v3 take, and what
// Pockyt's IPN sends (GATEWAYS.md §1, §2).
class FormUrlEncoded
{
public:
    using Fields = QList<std::pair<QString, QString>>;

    // name=value pairs in the given order, joined with '&'. Every byte but the unreserved
    // ones (RFC 3986: letters, digits, "-._~") is percent-encoded from UTF-8, so '+', '&'
    // and '=' inside a value reach the gateway unchanged.
    static QByteArray encode(const Fields &fields);

    // The fields of a body in their order: '+' is a space, %XX a byte, the result UTF-8.
    // A segment without '=' is a name with an empty value; empty segments are skipped.
    // nullopt when a percent escape is broken or the bytes are not UTF-8: such a body
    // cannot be signed text anyone meant.
    static std::optional<Fields> decode(QByteArrayView body);
};

} // namespace RefundDesk
