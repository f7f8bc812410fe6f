#pragma once

#include "money/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

class SandboxSeedResult;

// The sandbox's credentials and sample sales, read from a seed file (format in
// docs/gateways.md, "Seed file"; the default one is resources/sandbox/default-seed.json,
// compiled in as :/sandbox/default-seed.json). Dates are relative ("paid_days_ago"), so a
// seed never ages. RefundDesk's demo mode reads the same file to fill its ledger.
struct SandboxSeed
{
    struct PockytMerchant
    {
        QString merchantNo;
        QString storeNo;
        QString apiToken;
    };
    struct PockytSale
    {
        QString transactionNo;
        QString reference;
        QString merchantNo;
        QString storeNo;
        Money amount = Money::zero(*Currency::fromCode(u"USD"));
        QString settleCurrency;
        QString status; // init, dealing, success, failed, pending, closed
        int paidDaysAgo = 0;
    };
    struct PwAccount
    {
        QString id;
        QString apiKey;
        bool partialRefunds = false;
    };
    struct PwSale
    {
        QString transactionId;
        QString referenceNo;
        QString account; // PwAccount::id
        Money amount = Money::zero(*Currency::fromCode(u"EUR"));
        QString paymentMethod;
        QString status; // APPROVED, DECLINED, PENDING
        int paidDaysAgo = 0;
    };
    struct SecPaidAccount
    {
        QString id;
        QString token;
    };
    struct SecPaidSale
    {
        qint64 payId = 0;
        QString account; // SecPaidAccount::id
        Money amount = Money::zero(*Currency::fromCode(u"EUR"));
        QString status; // paid, cancelled
        bool disputed = false;
        int paidDaysAgo = 0;
    };
    struct PayNetMerchant
    {
        QString clientId;
        QString merchantId;
        QString keyName;
        QByteArray publicKeyPem; // read from public_key_file at load; empty: SandboxServer generates a pair
    };
    struct PayNetSale
    {
        QString checkoutId;
        QString endToEndId;
        Money amount = Money::zero(*Currency::fromCode(u"MYR"));
        QString paymentMethod;
        QString issuer;
        QString status; // RECEIVED, CLEARED, REJECTED, PENDAUTH
        int paidDaysAgo = 0;
        QString refundOutcome; // ACCEPTED, REJECTED, TIMEOUT: how its refunds settle
    };

    // The compiled-in default seed (:/sandbox/default-seed.json).
    static SandboxSeedResult loadDefault();
    // A seed file; public_key_file is resolved relative to the file's folder.
    static SandboxSeedResult loadFile(const QString &path);
    // Seed text; relative file names are resolved against baseDir (may be a ":/" path).
    static SandboxSeedResult parse(const QByteArray &json, const QString &baseDir);
    static QByteArray defaultSeedText();

    QList<PockytMerchant> pockytMerchants;
    QList<PockytSale> pockytSales;
    QList<PwAccount> pwAccounts;
    QList<PwSale> pwSales;
    QList<SecPaidAccount> secPaidAccounts;
    QList<SecPaidSale> secPaidSales;
    PayNetMerchant payNetMerchant;
    QList<PayNetSale> payNetSales;

    const PockytMerchant *findPockytMerchant(QStringView merchantNo, QStringView storeNo) const;
    const PwAccount *findPwAccountByKey(QStringView apiKey) const;
    const SecPaidAccount *findSecPaidAccountByToken(QStringView token) const;
};

class SandboxSeedResult
{
public:
    static SandboxSeedResult success(SandboxSeed seed) { return SandboxSeedResult(std::move(seed), QString()); }
    static SandboxSeedResult failure(QString message) { return SandboxSeedResult(std::nullopt, std::move(message)); }

    bool ok() const { return m_seed.has_value(); }
    // Where and why the seed is wrong: "pwv3.sales[2].amount: ...".
    const QString &message() const { return m_message; }
    const SandboxSeed &seed() const { return *m_seed; }

private:
    SandboxSeedResult(std::optional<SandboxSeed> seed, QString message)
        : m_seed(std::move(seed))
        , m_message(std::move(message))
    { }

    std::optional<SandboxSeed> m_seed;
    QString m_message;
};

} // namespace RefundDesk
