#include "CtlLanguage.h"

#include "i18n/AppTranslator.h"
#include "i18n/UiLanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace RefundDesk {

std::optional<QStringList> CtlLanguage::apply(const QStringList &arguments, QTextStream &err)
{
    const UiLanguage::Option option = UiLanguage::takeOption(arguments);
    // refundctl has no settings of its own: scripts get the same language on every machine
    // with the same environment.
    const UiLanguage::Resolved language = UiLanguage::resolve(option, QString(), QLocale::system().uiLanguages());
    if (!language.error.isEmpty()) {
        err << language.error << Qt::endl;
        return std::nullopt;
    }
    AppTranslator::install(language.code, QCoreApplication::instance());
    return option.remaining;
}

} // namespace RefundDesk
