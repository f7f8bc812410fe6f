#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace RefundDesk {

// Lowercase hex MD5 of the bytes, computed with OpenSSL's EVP API.
QByteArray md5Hex(QByteArrayView data);

// Pockyt's verifySign (GATEWAYS.md §1): every parameter except verifySign, empty values
// dropped, names sorted in ASCII order, joined as k=v with '&', then '&' + md5hex(apiToken)
// appended, and md5hex of the whole. 32 lowercase hex characters.
QString pockytVerifySign(const QList<std::pair<QString, QString>> &parameters, QStringView apiToken);

// True when parameters carry a verifySign equal to the one computed from the rest
// (compared in constant time).
bool pockytSignatureMatches(const QList<std::pair<QString, QString>> &parameters, QStringView apiToken);

} // namespace RefundDesk
