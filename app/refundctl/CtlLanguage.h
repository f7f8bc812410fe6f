#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace RefundDesk {

// refundctl speaks the language of --language CODE (anywhere on the command line), else the
// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English when RefundDesk has no texts in it.
class CtlLanguage
{
public:
    // Call right after the application object exists. The arguments without --language, or
    // nothing when the language is unknown (the reason is on err).
    static std::optional<QStringList> apply(const QStringList &arguments, QTextStream &err);
};

} // namespace RefundDesk
