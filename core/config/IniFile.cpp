#include "IniFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace RefundDesk {

namespace {

// Reads a double-quoted value starting at text[0] == '"'; returns nullopt when unterminated
// or followed by anything but a comment.
std::optional<QString> readQuoted(QStringView text)
{
    QString value;
    qsizetype i = 1;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            value.append(text.at(++i));
        } else if (c == u'"') {
            break;
        } else {
            value.append(c);
        }
    }
    if (i >= text.size())
        return std::nullopt;
    const QStringView rest = text.mid(i + 1).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(u';') && !rest.startsWith(u'#'))
        return std::nullopt;
    return value;
}

QString stripInlineComment(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if ((text.at(i) == u';' || text.at(i) == u'#') && text.at(i - 1).isSpace())
            return text.left(i).trimmed().toString();
    }
    return text.trimmed().toString();
}

} // namespace

std::optional<QString> IniFile::value(const QString &section, const QString &key) const
{
    const auto sectionIt = m_sections.constFind(section);
    if (sectionIt == m_sections.constEnd())
        return std::nullopt;
    const auto it = sectionIt->constFind(key);
    if (it == sectionIt->constEnd())
        return std::nullopt;
    return *it;
}

IniFile::Parsed IniFile::parse(const QByteArray &utf8)
{
    Parsed parsed;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(utf8);
    if (decoder.hasError()) {
        parsed.errors.append(tr("the file is not UTF-8 text"));
        return parsed;
    }
    QString section;
    const QStringList lines = text.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        const qsizetype lineNumber = index + 1;
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const QString header = stripInlineComment(line);
            if (!header.endsWith(u']') || header.size() < 3) {
                parsed.errors.append(tr("line %1: a section header looks like [name]").arg(lineNumber));
                continue;
            }
            section = header.mid(1, header.size() - 2).trimmed();
            parsed.file.m_sections[section];
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            parsed.errors.append(tr("line %1: expected key=value").arg(lineNumber));
            continue;
        }
        if (section.isEmpty()) {
            parsed.errors.append(tr("line %1: key=value before any [section]").arg(lineNumber));
            continue;
        }
        const QString key = line.left(equals).trimmed();
        const QStringView rawValue = QStringView(line).mid(equals + 1).trimmed();
        QString value;
        if (rawValue.startsWith(u'"')) {
            const auto quoted = readQuoted(rawValue);
            if (!quoted) {
                parsed.errors.append(tr("line %1: the quoted value is not closed properly").arg(lineNumber));
                continue;
            }
            value = *quoted;
        } else {
            value = stripInlineComment(rawValue);
        }
        QHash<QString, QString> &keys = parsed.file.m_sections[section];
        if (keys.contains(key)) {
            parsed.errors.append(tr("line %1: [%2] %3 is set twice").arg(lineNumber).arg(section, key));
            continue;
        }
        keys.insert(key, value);
    }
    parsed.ok = parsed.errors.isEmpty();
    return parsed;
}

IniFile::Parsed IniFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Parsed parsed;
        parsed.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return parsed;
    }
    return parse(file.readAll());
}

} // namespace RefundDesk
