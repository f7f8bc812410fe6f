#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace RefundDesk {

// Hides secrets in text bound for the audit trail or a log (GATEWAYS.md: API keys,
// tokens, JWTs and verifySign never appear in clear). Replaces with "****":
// - every configured secret value, also percent-encoded;
// - the value of every sensitive name, as an HTTP header line ("Authorization: ..."),
//   a JSON member ("apiKey": "...") or a form/query field (verifySign=...);
// - anything shaped like a JWT.
// Sensitive names by default: Authorization, Proxy-Authorization, Cookie, Set-Cookie,
// token, apiKey, verifySign (case-insensitive).
class SecretMasker
{
public:
    SecretMasker();

    void addSecret(const QString &value);
    void addSensitiveName(const QString &name);

    QByteArray mask(QByteArrayView text) const;

private:
    // Compiles the name patterns once per change of names, not once per masked text: the
    // audit trail masks every gateway exchange (docs/benchmarks.md, refund throughput).
    void compileNamePatterns();

    QList<QByteArray> m_secrets; // longest first, so a secret inside another is not half-masked
    QList<QString> m_names;
    QRegularExpression m_headerLine;
    QRegularExpression m_jsonMember;
    QRegularExpression m_formField;
};

} // namespace RefundDesk
