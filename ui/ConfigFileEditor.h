#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace RefundDesk {

// Changes keys of RefundDesk's INI configuration (docs/configuration.md) the way a person
// would with a text editor: every other line, comment and blank stays as it was, a changed
// key keeps its place, a new key goes at the end of its section, a new section at the end.
// Values that IniFile would read differently (a ';' or '#' after a space, quotes, leading
// spaces) are written in double quotes. The settings screen and the demo write through it;
// RefundDeskConfig::load reads the result.
class ConfigFileEditor
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ConfigFileEditor)

public:
    // Empty text: a new file.
    explicit ConfigFileEditor(const QString &text = QString());

    struct Loaded;
    static Loaded load(const QString &path);

    void setValue(const QString &section, const QString &key, const QString &value);
    // Removes the key's line; nothing when there is none.
    void removeKey(const QString &section, const QString &key);
    // Removes the section's header and every line up to the next section.
    void removeSection(const QString &section);
    bool hasSection(const QString &section) const;

    QString text() const;
    // Writes atomically (a crash leaves the old file or the new one, never half of it),
    // readable by its owner only: the file names where the credentials are. Empty on
    // success, otherwise why not.
    QString save(const QString &path) const;

    static QString quoted(const QString &value);

private:
    // The line index of [section]'s header, or -1.
    qsizetype sectionHeader(const QString &section) const;
    // The index after the last line that belongs to the section starting at header.
    qsizetype sectionEnd(qsizetype header) const;
    qsizetype keyLine(const QString &section, const QString &key) const;

    QStringList m_lines;
};

struct ConfigFileEditor::Loaded
{
    bool ok = false;
    QString message;
    ConfigFileEditor editor;
};

} // namespace RefundDesk
