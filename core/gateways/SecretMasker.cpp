#include "SecretMasker.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace RefundDesk {

namespace {

const QByteArray hidden = QByteArrayLiteral("****");

void addUnique(QList<QByteArray> &list, const QByteArray &value)
{
    if (!value.isEmpty() && !list.contains(value)) {
        list.append(value);
    }
}

} // namespace

SecretMasker::SecretMasker()
    : m_names {QStringLiteral("Authorization"), QStringLiteral("Proxy-Authorization"),
               QStringLiteral("Cookie"),        QStringLiteral("Set-Cookie"),
               QStringLiteral("token"),         QStringLiteral("apiKey"),
               QStringLiteral("verifySign")}
{
    compileNamePatterns();
}

void SecretMasker::addSecret(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    addUnique(m_secrets, utf8);
    addUnique(m_secrets, QUrl::toPercentEncoding(value));
    // Form encoding writes spaces as '+'.
    addUnique(m_secrets, QUrl::toPercentEncoding(value, " ").replace(' ', '+'));
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void SecretMasker::addSensitiveName(const QString &name)
{
    if (!name.isEmpty() && !m_names.contains(name, Qt::CaseInsensitive)) {
        m_names.append(name);
        compileNamePatterns();
    }
}

void SecretMasker::compileNamePatterns()
{
    QStringList escaped;
    for (const QString &name : m_names) {
        escaped.append(QRegularExpression::escape(name));
    }
    const QString names = escaped.join(u'|');
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption;
    // Header lines: "Authorization: Bearer abc".
    m_headerLine =
        QRegularExpression(QStringLiteral(R"re(^([ \t]*(?:%1)[ \t]*:[ \t]*)[^\r\n]*)re").arg(names), options);
    // JSON members: "apiKey": "abc" or "token": 123.
    m_jsonMember = QRegularExpression(
        QStringLiteral(R"re(("(?:%1)"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|[^\s,}\]]+))re").arg(names), options);
    // Form and query fields: apiKey=abc&...
    m_formField = QRegularExpression(QStringLiteral(R"re((^|[?&\s])((?:%1)=)[^&\s]*)re").arg(names), options);
}

QByteArray SecretMasker::mask(QByteArrayView text) const
{
    QByteArray bytes = text.toByteArray();
    for (const QByteArray &secret : m_secrets) {
        bytes.replace(secret, hidden);
    }

    static const QRegularExpression jwt(QStringLiteral(R"re(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)re"));

    QString masked = QString::fromUtf8(bytes);
    masked.replace(m_headerLine, QStringLiteral("\\1****"));
    masked.replace(m_jsonMember, QStringLiteral("\\1\"****\""));
    masked.replace(m_formField, QStringLiteral("\\1\\2****"));
    masked.replace(jwt, QStringLiteral("****"));
    return masked.toUtf8();
}

} // namespace RefundDesk
