#pragma once

#include <QString>
#include <QUrl>

namespace RefundDesk {

// One PW v3 account as the adapter uses it: PwV3Config with its API key resolved.
struct PwV3Account
{
    QUrl baseUrl; // https://api.<domain>; /pw/v3/... is appended
    QString apiKey; // sent with every request, masked in the audit trail
    bool partialRefunds = false; // off unless PW enabled them for the account
};

} // namespace RefundDesk
