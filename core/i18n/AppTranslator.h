#pragma once

#include <QObject>
#include <QString>

namespace RefundDesk {

// Puts the running application's texts into one of UiLanguage's languages: RefundDesk's
// catalog (embedded by translations/CMakeLists.txt as :/i18n/refunddesk_<code>.qm) and Qt's
// own (qtbase_<code>.qm, from the Qt installation), so standard buttons and dialogs speak the
// same language. Call once after the QCoreApplication exists and before any text is made.
// The translators are children of owner and stop translating when it is deleted.
class AppTranslator
{
public:
    struct Installed
    {
        bool catalog = false; // RefundDesk's texts were found (always true for English)
        bool qtCatalog = false; // Qt's were found (Qt has none in Malay)
    };
    static Installed install(const QString &code, QObject *owner,
                             const QString &catalogDirectory = QStringLiteral(":/i18n"));
};

} // namespace RefundDesk
