#pragma once

#include <QString>
#include <QUrl>

namespace RefundDesk {

// One Pockyt merchant store as the adapter uses it: PockytConfig with its API token
// resolved.
struct PockytAccount
{
    QUrl baseUrl; // https://mapi.yuansfer.com; paths are appended
    QString merchantNo;
    QString storeNo;
    QString apiToken; // signs every request and verifies every IPN; never sent
    QString settleCurrency; // ISO 4217, sent with every refund
};

} // namespace RefundDesk
