#include "UiLanguage.h"

#include <QLocale>
#include <QSettings>

namespace RefundDesk {

namespace {

const QLatin1String kSettingsKey("ui/language");
const QLatin1String kOption("--language");
const QLatin1String kOptionWithValue("--language=");

} // namespace

const QList<UiLanguage::Choice> &UiLanguage::choices()
{
    // Each language names itself, so a person who cannot read the current one still finds theirs.
    static const QList<Choice> all {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ms"), QStringLiteral("Bahasa Melayu")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return all;
}

QString UiLanguage::codeFor(const QString &localeName)
{
    QString name = localeName.trimmed();
    name.replace(u'-', u'_');
    // "de_DE.UTF-8" and "de_DE@euro" as in LANG.
    name = name.section(u'.', 0, 0).section(u'@', 0, 0);
    if (name.isEmpty())
        return {};
    const QLocale locale(name);
    // QLocale gives the C locale for names it does not know.
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Malay:
        return QStringLiteral("ms");
    case QLocale::Chinese:
        // zh_CN is Simplified Chinese; Traditional (zh_TW, zh_HK) readers get English rather than it.
        return locale.script() == QLocale::SimplifiedHanScript ? QStringLiteral("zh_CN") : QString();
    default:
        return {};
    }
}

QString UiLanguage::fromSystem(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        const QString code = codeFor(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

UiLanguage::Resolved UiLanguage::resolve(const Option &commandLine, const QString &setting,
                                         const QStringList &uiLanguages)
{
    if (commandLine.given) {
        const QString code = codeFor(commandLine.value);
        if (code.isEmpty()) {
            QStringList codes;
            for (const Choice &choice : choices())
                codes.append(choice.code);
            return {{},
                    tr("RefundDesk has no texts in the language \"%1\"; choose one of %2.")
                        .arg(commandLine.value, codes.join(QStringLiteral(", ")))};
        }
        return {code, {}};
    }
    const QString saved = codeFor(setting);
    if (!saved.isEmpty())
        return {saved, {}};
    return {fromSystem(uiLanguages), {}};
}

UiLanguage::Option UiLanguage::takeOption(const QStringList &arguments)
{
    Option option;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && argument == kOption) {
            option.given = true;
            if (i + 1 < arguments.size())
                option.value = arguments.at(++i);
        } else if (i > 0 && argument.startsWith(kOptionWithValue)) {
            option.given = true;
            option.value = argument.mid(kOptionWithValue.size());
        } else {
            option.remaining.append(argument);
        }
    }
    return option;
}

QString UiLanguage::saved()
{
    return QSettings().value(kSettingsKey).toString();
}

void UiLanguage::save(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, code);
}

} // namespace RefundDesk
