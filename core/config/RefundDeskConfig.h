#pragma once

#include "PrinterConfig.h"
#include "SecretValue.h"
#include "SmtpConfig.h"
#include "money/Currency.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace RefundDesk {

struct StoreConfig
{
    QString id;
    QString name;
    Currency currency = *Currency::fromCode(u"EUR");
    QLocale locale;
    QString registerId;
    // Above this amount (minor units of the store currency) a clerk's refund needs a
    // manager's PIN; 0 means every clerk refund needs one.
    qint64 approvalThresholdMinor = 5000;
    // How much one employee may refund per day (minor units); 0 means no limit.
    qint64 clerkDailyLimitMinor = 50000;
    qint64 managerDailyLimitMinor = 0;
    // The store's own refund window in days on top of the gateways' (0: only the gateways').
    int refundWindowDays = 0;
    // After 5 wrong PINs in a row an employee is locked out for this long.
    int pinLockoutSeconds = 900;
};

struct LedgerConfig
{
    QString url; // "sqlite:PATH" or "postgresql://user:pass@host:port/db"
    // The per-installation secret that keys the audit chain. Empty: a key file kept beside
    // a SQLite ledger (created on first use).
    SecretValue auditKey;
};

// How refunds that are still submitting or pending are followed up.
struct SyncConfig
{
    int intervalSeconds = 60; // refundctl serve and the desktop application
    // GATEWAYS.md: PayNet's refund enquiry at least one hour after the refund.
    int payNetEnquiryMinAgeSeconds = 3600;
};

struct PockytConfig
{
    QUrl baseUrl;
    QString merchantNo;
    QString storeNo;
    SecretValue apiToken;
    QString settleCurrency;
};

struct PwV3Config
{
    QUrl baseUrl;
    SecretValue apiKey;
    bool partialRefunds = false;
};

struct SecPaidConfig
{
    QUrl baseUrl;
    SecretValue token;
};

struct PayNetConfig
{
    QUrl baseUrl;
    QString clientId;
    QString merchantId;
    QString keyName;
    QString privateKeyPath; // PEM
    QString gatewayPublicKeyPath; // PEM: verifies PayNet's webhooks
};

struct WebhookConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8089;
    QUrl publicUrl; // what gateways are told to call; webhooks go to {publicUrl}/webhooks/<gateway>
};

// The configuration refundctl and refunddesk read: an INI file given by --config or
// REFUNDDESK_CONFIG (sections and keys in docs/configuration.md). A gateway section that
// is absent leaves that gateway unconfigured.
struct RefundDeskConfig
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::RefundDeskConfig)

public:
    StoreConfig store;
    LedgerConfig ledger;
    std::optional<PockytConfig> pockyt;
    std::optional<PwV3Config> pwv3;
    std::optional<SecPaidConfig> secpaid;
    std::optional<PayNetConfig> paynet;
    WebhookConfig webhooks;
    SyncConfig sync;
    std::optional<SmtpConfig> smtp; // absent: receipts cannot be emailed
    PrinterConfig printer;
    int httpTimeoutSeconds = 15;

    struct Loaded;
    // Reads and checks the file; every problem is reported with its section and key.
    static Loaded load(const QString &path);
    // The file named by REFUNDDESK_CONFIG, or an empty string.
    static QString pathFromEnvironment();
};

struct RefundDeskConfig::Loaded
{
    bool ok = false;
    QStringList errors; // "[gateway.pockyt] base_url: not an http(s) URL"
    RefundDeskConfig config;
};

} // namespace RefundDesk
