#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace RefundDesk {

namespace {

bool installCatalog(const QString &fileName, const QString &directory, QObject *owner)
{
    auto *translator = new QTranslator(owner);
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

AppTranslator::Installed AppTranslator::install(const QString &code, QObject *owner, const QString &catalogDirectory)
{
    // English is the language of the sources: nothing to load.
    if (code == u"en")
        return {true, true};
    Installed installed;
    installed.qtCatalog =
        installCatalog(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath), owner);
    // Installed last, so RefundDesk's own texts are looked up first.
    installed.catalog = installCatalog(QStringLiteral("refunddesk_") + code, catalogDirectory, owner);
    return installed;
}

} // namespace RefundDesk
