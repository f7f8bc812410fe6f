#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace RefundDesk {

// The languages RefundDesk's own texts come in, and which one a person gets: the
// --language option, else the Language setting, else the first of the system's preferred
// languages RefundDesk has, else English. Only texts follow it; amounts and dates keep
// following the store's locale.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::UiLanguage)

public:
    struct Choice
    {
        QString code; // "en", "de", "ms", "zh_CN"
        QString nativeName; // "Deutsch"
    };
    // English first, then every language there is a catalog for.
    static const QList<Choice> &choices();

    // The code of RefundDesk's language for a locale name such as "de_AT", "de-DE", "ms-MY",
    // "zh-Hans-CN" or "en-GB"; empty when RefundDesk has no texts in it (Traditional
    // Chinese included).
    static QString codeFor(const QString &localeName);
    // The first of the system's preferred languages (QLocale::uiLanguages()) that RefundDesk
    // has; "en" when there is none.
    static QString fromSystem(const QStringList &uiLanguages);

    struct Option
    {
        bool given = false;
        QString value; // empty when "--language" ends the line
        QStringList remaining; // the arguments without the option
    };
    // Finds "--language CODE" or "--language=CODE" anywhere after the program name.
    static Option takeOption(const QStringList &arguments);

    struct Resolved
    {
        QString code; // empty when error is set
        QString error; // for people: a --language RefundDesk has no texts in
    };
    // The setting is a code or a locale name, empty for the system's language; one RefundDesk
    // does not know falls back to the system's. A wrong --language is an error, so a typing
    // mistake in a script does not silently give English.
    static Resolved resolve(const Option &commandLine, const QString &setting, const QStringList &uiLanguages);

    // The Language setting of this computer's user (QSettings): a code, or empty for the
    // system's language.
    static QString saved();
    static void save(const QString &code);
};

} // namespace RefundDesk
