#include "ConfigFileEditor.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace RefundDesk {

namespace {

bool isSectionLine(const QString &line)
{
    return line.trimmed().startsWith(u'[');
}

QString sectionName(const QString &line)
{
    QString header = line.trimmed();
    const qsizetype close = header.indexOf(u']');
    return close < 0 ? QString() : header.mid(1, close - 1).trimmed();
}

QString keyOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u';') || trimmed.startsWith(u'#') || trimmed.startsWith(u'['))
        return {};
    const qsizetype equals = trimmed.indexOf(u'=');
    return equals <= 0 ? QString() : trimmed.left(equals).trimmed();
}

} // namespace

ConfigFileEditor::ConfigFileEditor(const QString &text)
{
    if (!text.isEmpty()) {
        m_lines = text.split(u'\n');
        if (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
            m_lines.removeLast();
    }
}

ConfigFileEditor::Loaded ConfigFileEditor::load(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.exists()) {
        loaded.ok = true;
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.message = tr("Cannot read %1: %2").arg(path, file.errorString());
        return loaded;
    }
    loaded.editor = ConfigFileEditor(QString::fromUtf8(file.readAll()));
    loaded.ok = true;
    return loaded;
}

QString ConfigFileEditor::quoted(const QString &value)
{
    const bool plain = !value.contains(u'"') && !value.contains(u'\\') && value == value.trimmed()
        && !value.contains(QLatin1String(" ;")) && !value.contains(QLatin1String(" #"))
        && !value.contains(QLatin1String("\t;")) && !value.contains(QLatin1String("\t#")) && !value.contains(u'\n');
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    escaped.replace(QStringLiteral("\""), QStringLiteral("\\\""));
    escaped.replace(QStringLiteral("\n"), QStringLiteral(" "));
    return u'"' + escaped + u'"';
}

qsizetype ConfigFileEditor::sectionHeader(const QString &section) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (isSectionLine(m_lines.at(i)) && sectionName(m_lines.at(i)) == section)
            return i;
    }
    return -1;
}

qsizetype ConfigFileEditor::sectionEnd(qsizetype header) const
{
    qsizetype end = header + 1;
    while (end < m_lines.size() && !isSectionLine(m_lines.at(end)))
        ++end;
    // Blank lines before the next section stay between the sections.
    while (end > header + 1 && m_lines.at(end - 1).trimmed().isEmpty())
        --end;
    return end;
}

qsizetype ConfigFileEditor::keyLine(const QString &section, const QString &key) const
{
    const qsizetype header = sectionHeader(section);
    if (header < 0)
        return -1;
    for (qsizetype i = header + 1; i < m_lines.size() && !isSectionLine(m_lines.at(i)); ++i) {
        if (keyOf(m_lines.at(i)) == key)
            return i;
    }
    return -1;
}

bool ConfigFileEditor::hasSection(const QString &section) const
{
    return sectionHeader(section) >= 0;
}

void ConfigFileEditor::setValue(const QString &section, const QString &key, const QString &value)
{
    const QString line = key + u'=' + quoted(value);
    const qsizetype existing = keyLine(section, key);
    if (existing >= 0) {
        m_lines[existing] = line;
        return;
    }
    qsizetype header = sectionHeader(section);
    if (header < 0) {
        if (!m_lines.isEmpty() && !m_lines.constLast().trimmed().isEmpty())
            m_lines.append(QString());
        m_lines.append(u'[' + section + u']');
        header = m_lines.size() - 1;
    }
    m_lines.insert(sectionEnd(header), line);
}

void ConfigFileEditor::removeKey(const QString &section, const QString &key)
{
    const qsizetype existing = keyLine(section, key);
    if (existing >= 0)
        m_lines.removeAt(existing);
}

void ConfigFileEditor::removeSection(const QString &section)
{
    const qsizetype header = sectionHeader(section);
    if (header < 0)
        return;
    qsizetype end = header + 1;
    while (end < m_lines.size() && !isSectionLine(m_lines.at(end)))
        ++end;
    m_lines.remove(header, end - header);
}

QString ConfigFileEditor::text() const
{
    return m_lines.join(u'\n') + u'\n';
}

QString ConfigFileEditor::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text().toUtf8());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace RefundDesk
