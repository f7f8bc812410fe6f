#include "ReceiptCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace RefundDesk {

namespace {

const QString &schemeName()
{
    static const QString scheme = QStringLiteral("refunddesk");
    return scheme;
}

bool matches(const QRegularExpression &pattern, const QString &text)
{
    return pattern.match(text).hasMatch();
}

// The gateways' transaction id shapes (GATEWAYS.md): Pockyt's 18-19 digit transactionNo,
// PW's "529-1438673740-2", SecPaid's integer pay_id, PayNet's UUID checkoutId.
bool isPockytTransaction(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{18,19}$"));
    return matches(pattern, id);
}

bool isPwTransaction(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,9}-[0-9]{6,12}-[0-9]{1,6}$"));
    return matches(pattern, id);
}

bool isSecPaidPayId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{0,11}$"));
    return matches(pattern, id);
}

bool isUuid(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return matches(pattern, id);
}

bool isMerchantReference(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:-]{0,63}$"));
    return matches(pattern, id);
}

bool isTransactionOf(GatewayId gateway, const QString &id)
{
    switch (gateway) {
    case GatewayId::Pockyt:
        return isPockytTransaction(id);
    case GatewayId::PwV3:
        return isPwTransaction(id);
    case GatewayId::SecPaid:
        return isSecPaidPayId(id);
    case GatewayId::PayNet:
        return isUuid(id);
    }
    return false;
}

std::optional<GatewayId> gatewayOfTransaction(const QString &id)
{
    for (const GatewayId gateway : {GatewayId::Pockyt, GatewayId::PwV3, GatewayId::SecPaid, GatewayId::PayNet}) {
        if (isTransactionOf(gateway, id))
            return gateway;
    }
    return std::nullopt;
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

// Scanners add CR, LF, Tab or GS around what they read; people add spaces.
QStringView trimmed(QStringView text)
{
    while (!text.isEmpty() && (text.front().isSpace() || isControl(text.front())))
        text = text.mid(1);
    while (!text.isEmpty() && (text.back().isSpace() || isControl(text.back())))
        text.chop(1);
    return text;
}

bool isPrintable(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c) || c.isNonCharacter() || c.isSurrogate() || c.category() == QChar::Other_NotAssigned)
            return false;
    }
    return true;
}

// A word before the id, case-insensitive, followed by one of ":#=-_ ". Longest words first.
struct Prefix
{
    QLatin1String word;
    std::optional<GatewayId> gateway;
    std::optional<ReceiptCode::Kind> kind;
};

const std::array<Prefix, 15> kPrefixes {{
    {QLatin1String("transactionno"), {}, ReceiptCode::Kind::Transaction},
    {QLatin1String("transactionid"), {}, ReceiptCode::Kind::Transaction},
    {QLatin1String("transaction"), {}, ReceiptCode::Kind::Transaction},
    {QLatin1String("reference"), {}, ReceiptCode::Kind::Reference},
    {QLatin1String("txn"), {}, ReceiptCode::Kind::Transaction},
    {QLatin1String("trx"), {}, ReceiptCode::Kind::Transaction},
    {QLatin1String("tx"), {}, ReceiptCode::Kind::Transaction},
    {QLatin1String("ref"), {}, ReceiptCode::Kind::Reference},
    {QLatin1String("yuansfer"), GatewayId::Pockyt, {}},
    {QLatin1String("pockyt"), GatewayId::Pockyt, {}},
    {QLatin1String("pwv3"), GatewayId::PwV3, {}},
    {QLatin1String("pw"), GatewayId::PwV3, {}},
    {QLatin1String("secpaid"), GatewayId::SecPaid, {}},
    {QLatin1String("paynet"), GatewayId::PayNet, {}},
    {QLatin1String("duitnow"), GatewayId::PayNet, {}},
}};

const Prefix *prefixOf(QStringView text)
{
    static const QString separators = QStringLiteral(":#=-_ ");
    for (const Prefix &prefix : kPrefixes) {
        const qsizetype length = prefix.word.size();
        if (text.size() > length + 1 && text.startsWith(prefix.word, Qt::CaseInsensitive)
            && separators.contains(text.at(length)))
            return &prefix;
    }
    return nullptr;
}

} // namespace

ReceiptCode ReceiptCode::ok(std::optional<GatewayId> gateway, Kind kind, const QString &id,
                            const QString &refundedTransactionId)
{
    ReceiptCode code;
    code.m_status = Status::Ok;
    code.m_gateway = gateway;
    code.m_kind = kind;
    code.m_id = id;
    code.m_refundedTransactionId = refundedTransactionId;
    const QString gatewayName = gateway ? gatewayDisplayName(*gateway) : QString();
    switch (kind) {
    case Kind::Transaction:
        code.m_message = tr("%1 transaction %2").arg(gatewayName, id);
        break;
    case Kind::Reference:
        code.m_message = gateway ? tr("%1 reference %2").arg(gatewayName, id) : tr("Reference %1").arg(id);
        break;
    case Kind::Refund:
        code.m_message = tr("%1 refund %2").arg(gatewayName, id);
        break;
    }
    return code;
}

ReceiptCode ReceiptCode::refused(Status status, const QString &detail)
{
    ReceiptCode code;
    code.m_status = status;
    if (status == Status::Empty)
        code.m_message = tr("Nothing was read.");
    else if (detail.isEmpty())
        code.m_message = tr("Not a receipt RefundDesk knows.");
    else
        code.m_message = tr("Not a receipt RefundDesk knows: %1").arg(detail);
    return code;
}

std::optional<SaleRef> ReceiptCode::saleRef() const
{
    if (!isOk() || !m_gateway)
        return std::nullopt;
    switch (m_kind) {
    case Kind::Transaction:
        return SaleRef {*m_gateway, SaleIdKind::TransactionId, m_id};
    case Kind::Reference:
        return SaleRef {*m_gateway, SaleIdKind::Reference, m_id};
    case Kind::Refund:
        if (m_refundedTransactionId.isEmpty())
            return std::nullopt;
        return SaleRef {*m_gateway, SaleIdKind::TransactionId, m_refundedTransactionId};
    }
    return std::nullopt;
}

QString ReceiptCode::saleCode(const SaleRef &sale)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("gateway"), gatewayKey(sale.gateway));
    query.addQueryItem(sale.kind == SaleIdKind::Reference ? QStringLiteral("reference") : QStringLiteral("transaction"),
                       sale.id);
    QUrl url;
    url.setScheme(schemeName());
    url.setPath(QStringLiteral("sale"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ReceiptCode::refundCode(GatewayId gateway, const QString &refundId, const QString &transactionId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("gateway"), gatewayKey(gateway));
    query.addQueryItem(QStringLiteral("refund"), refundId);
    if (!transactionId.isEmpty())
        query.addQueryItem(QStringLiteral("transaction"), transactionId);
    QUrl url;
    url.setScheme(schemeName());
    url.setPath(QStringLiteral("refund"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

namespace {

// The fields of RefundDesk's own code, from its URL or its JSON form.
struct OwnCode
{
    QString what; // "sale" or "refund"
    QString gateway;
    QString transaction;
    QString reference;
    QString refund;
    bool wellFormed = true; // false when a field appears twice or is not a string
};

std::optional<OwnCode> ownCodeFromUrl(const QString &text)
{
    if (!text.startsWith(schemeName() + QLatin1Char(':'), Qt::CaseInsensitive))
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    OwnCode code;
    if (!url.isValid()) {
        code.wellFormed = false;
        return code;
    }
    code.what = url.path();
    const QUrlQuery query(url);
    for (const auto &[name, field] : {std::pair {QStringLiteral("gateway"), &code.gateway},
                                      std::pair {QStringLiteral("transaction"), &code.transaction},
                                      std::pair {QStringLiteral("reference"), &code.reference},
                                      std::pair {QStringLiteral("refund"), &code.refund}}) {
        const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
        if (values.size() > 1)
            code.wellFormed = false;
        else if (!values.isEmpty())
            *field = values.first();
    }
    return code;
}

std::optional<OwnCode> ownCodeFromJson(const QString &text)
{
    if (!text.startsWith(QLatin1Char('{')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.contains(schemeName()))
        return std::nullopt;
    OwnCode code;
    for (const auto &[name, field] :
         {std::pair {schemeName(), &code.what}, std::pair {QStringLiteral("gateway"), &code.gateway},
          std::pair {QStringLiteral("transaction"), &code.transaction},
          std::pair {QStringLiteral("reference"), &code.reference},
          std::pair {QStringLiteral("refund"), &code.refund}}) {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            continue;
        // Ids travel as strings: an 18-digit Pockyt number does not survive a JSON double.
        if (!value.isString())
            code.wellFormed = false;
        *field = value.toString();
    }
    return code;
}

} // namespace

ReceiptCode ReceiptCode::parse(QStringView input)
{
    if (input.size() > kMaxLength)
        return refused(Status::NotReceipt, tr("it is too long."));
    const QStringView text = trimmed(input);
    if (text.isEmpty())
        return refused(Status::Empty);
    if (!isPrintable(text))
        return refused(Status::NotReceipt);
    const QString content = text.toString();

    std::optional<OwnCode> own = ownCodeFromUrl(content);
    if (!own)
        own = ownCodeFromJson(content);
    if (own) {
        const std::optional<GatewayId> gateway = gatewayFromKey(own->gateway);
        if (!own->wellFormed)
            return refused(Status::NotReceipt, tr("the RefundDesk code is damaged."));
        if (!gateway)
            return refused(Status::NotReceipt, tr("the RefundDesk code names no gateway RefundDesk knows."));
        if (!own->transaction.isEmpty() && !isTransactionOf(*gateway, own->transaction))
            return refused(Status::NotReceipt,
                           tr("the transaction id does not fit %1.").arg(gatewayDisplayName(*gateway)));
        if (own->what == QLatin1String("refund")) {
            if (!isUuid(own->refund) || !own->reference.isEmpty())
                return refused(Status::NotReceipt, tr("the RefundDesk refund code names no refund."));
            return ok(gateway, Kind::Refund, own->refund.toLower(), own->transaction);
        }
        if (own->what == QLatin1String("sale") && own->refund.isEmpty()) {
            if (!own->transaction.isEmpty() && own->reference.isEmpty())
                return ok(gateway, Kind::Transaction, own->transaction);
            if (own->transaction.isEmpty() && isMerchantReference(own->reference))
                return ok(gateway, Kind::Reference, own->reference);
        }
        return refused(Status::NotReceipt, tr("the RefundDesk code names no sale."));
    }

    // Vendor prefixes: at most one gateway word, then at most one kind word.
    QStringView rest = text;
    std::optional<GatewayId> gateway;
    std::optional<Kind> kind;
    while (const Prefix *prefix = prefixOf(rest)) {
        if ((prefix->gateway && (gateway || kind)) || (prefix->kind && kind))
            break;
        if (prefix->gateway)
            gateway = prefix->gateway;
        else
            kind = prefix->kind;
        rest = trimmed(rest.mid(prefix->word.size() + 1));
    }
    const QString id = rest.toString();

    if (kind == Kind::Reference) {
        if (!isMerchantReference(id))
            return refused(Status::NotReceipt);
        return ok(gateway, Kind::Reference, id);
    }
    if (gateway)
        return isTransactionOf(*gateway, id) ? ok(gateway, Kind::Transaction, id) : refused(Status::NotReceipt);
    const std::optional<GatewayId> byShape = gatewayOfTransaction(id);
    if (!byShape)
        return refused(Status::NotReceipt);
    return ok(byShape, Kind::Transaction, id);
}

} // namespace RefundDesk
