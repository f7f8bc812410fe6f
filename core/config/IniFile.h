#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace RefundDesk {

// A strict reader for RefundDesk's INI configuration. QSettings is not used for this
// file because it silently rewrites values (it splits "Main Street, Berlin" into a list
// and drops the space) and ignores malformed lines; a store's configuration must be read
// exactly as written or refused with the line number.
//
// Format: [section] lines; key = value; whole-line comments start with ';' or '#'; an
// inline comment starts at ' ;' or ' #'; a value in double quotes is taken literally
// (with \" and \\ escapes), so it may contain ';' or '#'.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::IniFile)

public:
    struct Parsed;
    static Parsed parse(const QByteArray &utf8);
    static Parsed read(const QString &path);

    bool hasSection(const QString &section) const { return m_sections.contains(section); }
    std::optional<QString> value(const QString &section, const QString &key) const;

private:
    QHash<QString, QHash<QString, QString>> m_sections;
};

struct IniFile::Parsed
{
    bool ok = false;
    QStringList errors; // "line 7: expected key=value"
    IniFile file;
};

} // namespace RefundDesk
