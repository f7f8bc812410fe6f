#include "SandboxSeed.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace RefundDesk {

namespace {

const QString kFormat = QStringLiteral("refund-sandbox-seed/1");

// Reads one JSON object of the seed, remembering the first problem with its path
// ("paynet.sales[3].amount"), so a typo in a hand-edited seed is named precisely.
class SeedObject
{
public:
    SeedObject(QJsonObject object, QString path, QString *error)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_error(error)
    { }

    // Every key must be one of allowed: a misspelt key is an error, not silently ignored.
    void allowOnly(std::initializer_list<const char *> allowed)
    {
        QSet<QString> names;
        for (const char *name : allowed)
            names.insert(QLatin1String(name));
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!names.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown key"));
        }
    }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().isEmpty()) {
            fail(QLatin1String(key), QStringLiteral("must be a non-empty string"));
            return {};
        }
        return value.toString();
    }

    QString oneOf(const char *key, const QStringList &allowed)
    {
        const QString value = string(key);
        if (!value.isEmpty() && !allowed.contains(value))
            fail(QLatin1String(key), QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
        return value;
    }

    bool boolean(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isBool())
            fail(QLatin1String(key), QStringLiteral("must be true or false"));
        return value.toBool();
    }

    qint64 integer(const char *key, qint64 minimum)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const qint64 number = value.toInteger(minimum - 1);
        if (!value.isDouble() || number < minimum) {
            fail(QLatin1String(key), QStringLiteral("must be an integer of at least %1").arg(minimum));
            return minimum;
        }
        return number;
    }

    int daysAgo() { return static_cast<int>(std::min<qint64>(integer("paid_days_ago", 0), 36500)); }

    // amount (a decimal string, never a JSON number) in currency (an ISO code, optionally
    // one of allowedCurrencies).
    Money money(const QStringList &allowedCurrencies = {})
    {
        const QString code = string("currency");
        const auto currency = Currency::fromCode(code);
        if (!code.isEmpty() && !currency)
            fail(QStringLiteral("currency"), QStringLiteral("unknown ISO 4217 code"));
        if (currency && !allowedCurrencies.isEmpty() && !allowedCurrencies.contains(code))
            fail(QStringLiteral("currency"),
                 QStringLiteral("must be %1").arg(allowedCurrencies.join(QStringLiteral(" or "))));
        const Currency unit = currency.value_or(*Currency::fromCode(u"EUR"));
        const QString text = string("amount");
        if (text.isEmpty())
            return Money::zero(unit);
        const MoneyResult parsed = Money::fromDecimalString(text, unit);
        if (!parsed.ok())
            fail(QStringLiteral("amount"), parsed.message());
        else if (!parsed.value().isPositive())
            fail(QStringLiteral("amount"), QStringLiteral("must be more than zero"));
        return parsed.value();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray())
            fail(QLatin1String(key), QStringLiteral("must be an array"));
        return value.toArray();
    }

    SeedObject child(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject())
            fail(QLatin1String(key), QStringLiteral("must be an object"));
        return SeedObject(value.toObject(), m_path + u'.' + QLatin1String(key), m_error);
    }

    SeedObject element(const QJsonArray &array, const char *key, qsizetype index)
    {
        const QString path = QStringLiteral("%1.%2[%3]").arg(m_path, QLatin1String(key)).arg(index);
        if (!array.at(index).isObject() && m_error->isEmpty())
            *m_error = path + QStringLiteral(": must be an object");
        return SeedObject(array.at(index).toObject(), path, m_error);
    }

    // Ids name sales in requests: two sales with one id would make answers ambiguous.
    void unique(QSet<QString> &seen, const char *key, const QString &id)
    {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            fail(QLatin1String(key), QStringLiteral("\"%1\" is used by another sale").arg(id));
        seen.insert(id);
    }

    void fail(const QString &key, const QString &why)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("%1.%2: %3").arg(m_path, key, why);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

const QStringList kPockytStatuses = {QStringLiteral("init"),   QStringLiteral("dealing"), QStringLiteral("success"),
                                     QStringLiteral("failed"), QStringLiteral("pending"), QStringLiteral("closed")};
const QStringList kPwStatuses = {QStringLiteral("APPROVED"), QStringLiteral("DECLINED"), QStringLiteral("PENDING")};
const QStringList kSecPaidStatuses = {QStringLiteral("paid"), QStringLiteral("cancelled")};
const QStringList kPayNetStatuses = {QStringLiteral("RECEIVED"), QStringLiteral("CLEARED"), QStringLiteral("REJECTED"),
                                     QStringLiteral("PENDAUTH")};
const QStringList kPayNetOutcomes = {QStringLiteral("ACCEPTED"), QStringLiteral("REJECTED"), QStringLiteral("TIMEOUT")};

void readPockyt(SeedObject pockyt, SandboxSeed &seed)
{
    pockyt.allowOnly({"merchants", "sales"});
    const QJsonArray merchants = pockyt.array("merchants");
    for (qsizetype i = 0; i < merchants.size(); ++i) {
        SeedObject m = pockyt.element(merchants, "merchants", i);
        m.allowOnly({"merchantNo", "storeNo", "apiToken"});
        seed.pockytMerchants.append({m.string("merchantNo"), m.string("storeNo"), m.string("apiToken")});
    }
    const QJsonArray sales = pockyt.array("sales");
    QSet<QString> seen;
    for (qsizetype i = 0; i < sales.size(); ++i) {
        SeedObject s = pockyt.element(sales, "sales", i);
        s.allowOnly({"transactionNo", "reference", "merchantNo", "storeNo", "amount", "currency", "settleCurrency",
                     "status", "paid_days_ago", "note"});
        SandboxSeed::PockytSale sale;
        sale.transactionNo = s.string("transactionNo");
        sale.reference = s.string("reference");
        s.unique(seen, "transactionNo", sale.transactionNo);
        s.unique(seen, "reference", sale.reference);
        sale.merchantNo = s.string("merchantNo");
        sale.storeNo = s.string("storeNo");
        sale.amount = s.money();
        sale.settleCurrency = s.string("settleCurrency");
        if (!sale.settleCurrency.isEmpty() && !Currency::fromCode(sale.settleCurrency))
            s.fail(QStringLiteral("settleCurrency"), QStringLiteral("unknown ISO 4217 code"));
        sale.status = s.oneOf("status", kPockytStatuses);
        sale.paidDaysAgo = s.daysAgo();
        if (!seed.findPockytMerchant(sale.merchantNo, sale.storeNo))
            s.fail(QStringLiteral("storeNo"), QStringLiteral("no merchant with this merchantNo and storeNo"));
        seed.pockytSales.append(sale);
    }
}

void readPw(SeedObject pw, SandboxSeed &seed)
{
    pw.allowOnly({"accounts", "sales"});
    const QJsonArray accounts = pw.array("accounts");
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        SeedObject a = pw.element(accounts, "accounts", i);
        a.allowOnly({"id", "apiKey", "partial_refunds"});
        seed.pwAccounts.append({a.string("id"), a.string("apiKey"), a.boolean("partial_refunds")});
    }
    const QJsonArray sales = pw.array("sales");
    QSet<QString> seen;
    for (qsizetype i = 0; i < sales.size(); ++i) {
        SeedObject s = pw.element(sales, "sales", i);
        s.allowOnly({"transactionId", "referenceNo", "account", "amount", "currency", "paymentMethod", "status",
                     "paid_days_ago", "note"});
        SandboxSeed::PwSale sale;
        sale.transactionId = s.string("transactionId");
        sale.referenceNo = s.string("referenceNo");
        s.unique(seen, "transactionId", sale.transactionId);
        s.unique(seen, "referenceNo", sale.referenceNo);
        sale.account = s.string("account");
        sale.amount = s.money();
        sale.paymentMethod = s.string("paymentMethod");
        sale.status = s.oneOf("status", kPwStatuses);
        sale.paidDaysAgo = s.daysAgo();
        const bool known = std::any_of(seed.pwAccounts.cbegin(), seed.pwAccounts.cend(),
                                       [&](const auto &account) { return account.id == sale.account; });
        if (!known)
            s.fail(QStringLiteral("account"), QStringLiteral("no account with this id"));
        seed.pwSales.append(sale);
    }
}

void readSecPaid(SeedObject secpaid, SandboxSeed &seed)
{
    secpaid.allowOnly({"accounts", "sales"});
    const QJsonArray accounts = secpaid.array("accounts");
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        SeedObject a = secpaid.element(accounts, "accounts", i);
        a.allowOnly({"id", "token"});
        seed.secPaidAccounts.append({a.string("id"), a.string("token")});
    }
    const QJsonArray sales = secpaid.array("sales");
    QSet<QString> seen;
    for (qsizetype i = 0; i < sales.size(); ++i) {
        SeedObject s = secpaid.element(sales, "sales", i);
        s.allowOnly({"pay_id", "account", "amount", "currency", "status", "disputed", "paid_days_ago", "note"});
        SandboxSeed::SecPaidSale sale;
        sale.payId = s.integer("pay_id", 1);
        s.unique(seen, "pay_id", QString::number(sale.payId));
        sale.account = s.string("account");
        sale.amount = s.money({QStringLiteral("EUR")});
        sale.status = s.oneOf("status", kSecPaidStatuses);
        sale.disputed = s.boolean("disputed");
        sale.paidDaysAgo = s.daysAgo();
        const bool known = std::any_of(seed.secPaidAccounts.cbegin(), seed.secPaidAccounts.cend(),
                                       [&](const auto &account) { return account.id == sale.account; });
        if (!known)
            s.fail(QStringLiteral("account"), QStringLiteral("no account with this id"));
        seed.secPaidSales.append(sale);
    }
}

void readPayNet(SeedObject paynet, SandboxSeed &seed, const QString &baseDir)
{
    paynet.allowOnly({"merchant", "sales"});
    SeedObject merchant = paynet.child("merchant");
    merchant.allowOnly({"clientId", "merchantId", "keyName", "public_key_file"});
    seed.payNetMerchant.clientId = merchant.string("clientId");
    seed.payNetMerchant.merchantId = merchant.string("merchantId");
    seed.payNetMerchant.keyName = merchant.string("keyName");
    // Optional: without it SandboxServer generates the merchant's key pair at start.
    const QString keyFile = merchant.string("public_key_file", false);
    if (!keyFile.isEmpty()) {
        QFile file(QDir(baseDir).filePath(keyFile));
        if (!file.open(QIODevice::ReadOnly))
            merchant.fail(QStringLiteral("public_key_file"), QStringLiteral("cannot read %1").arg(file.fileName()));
        seed.payNetMerchant.publicKeyPem = file.readAll();
    }

    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QJsonArray sales = paynet.array("sales");
    QSet<QString> seen;
    for (qsizetype i = 0; i < sales.size(); ++i) {
        SeedObject s = paynet.element(sales, "sales", i);
        s.allowOnly({"checkoutId", "endToEndId", "amount", "currency", "paymentMethod", "issuer", "status",
                     "paid_days_ago", "refund_outcome", "note"});
        SandboxSeed::PayNetSale sale;
        sale.checkoutId = s.string("checkoutId");
        if (!sale.checkoutId.isEmpty() && !uuid.match(sale.checkoutId).hasMatch())
            s.fail(QStringLiteral("checkoutId"), QStringLiteral("must be a lower-case UUID"));
        sale.endToEndId = s.string("endToEndId");
        s.unique(seen, "checkoutId", sale.checkoutId);
        sale.amount = s.money({QStringLiteral("MYR")});
        sale.paymentMethod = s.string("paymentMethod");
        sale.issuer = s.string("issuer");
        sale.status = s.oneOf("status", kPayNetStatuses);
        sale.paidDaysAgo = s.daysAgo();
        sale.refundOutcome = s.oneOf("refund_outcome", kPayNetOutcomes);
        seed.payNetSales.append(sale);
    }
}

} // namespace

const SandboxSeed::PockytMerchant *SandboxSeed::findPockytMerchant(QStringView merchantNo, QStringView storeNo) const
{
    for (const auto &merchant : pockytMerchants) {
        if (merchant.merchantNo == merchantNo && merchant.storeNo == storeNo)
            return &merchant;
    }
    return nullptr;
}

const SandboxSeed::PwAccount *SandboxSeed::findPwAccountByKey(QStringView apiKey) const
{
    for (const auto &account : pwAccounts) {
        if (account.apiKey == apiKey)
            return &account;
    }
    return nullptr;
}

const SandboxSeed::SecPaidAccount *SandboxSeed::findSecPaidAccountByToken(QStringView token) const
{
    for (const auto &account : secPaidAccounts) {
        if (account.token == token)
            return &account;
    }
    return nullptr;
}

QByteArray SandboxSeed::defaultSeedText()
{
    QFile file(QStringLiteral(":/sandbox/default-seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

SandboxSeedResult SandboxSeed::loadDefault()
{
    const QByteArray text = defaultSeedText();
    if (text.isEmpty())
        return SandboxSeedResult::failure(QStringLiteral("the default seed is missing from the program's resources"));
    return parse(text, QStringLiteral(":/sandbox"));
}

SandboxSeedResult SandboxSeed::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SandboxSeedResult::failure(QStringLiteral("cannot read seed file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).absolutePath());
}

SandboxSeedResult SandboxSeed::parse(const QByteArray &json, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return SandboxSeedResult::failure(
            QStringLiteral("seed is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return SandboxSeedResult::failure(QStringLiteral("seed must be a JSON object"));

    QString error;
    SandboxSeed seed;
    SeedObject root(document.object(), QStringLiteral("seed"), &error);
    root.allowOnly({"format", "description", "pockyt", "pwv3", "secpaid", "paynet"});
    if (root.string("format") != kFormat && error.isEmpty())
        error = QStringLiteral("seed.format must be \"%1\"").arg(kFormat);
    readPockyt(root.child("pockyt"), seed);
    readPw(root.child("pwv3"), seed);
    readSecPaid(root.child("secpaid"), seed);
    readPayNet(root.child("paynet"), seed, baseDir);
    if (!error.isEmpty())
        return SandboxSeedResult::failure(error);
    return SandboxSeedResult::success(std::move(seed));
}

} // namespace RefundDesk
