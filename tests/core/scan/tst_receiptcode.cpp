#include "scan/ReceiptCode.h"

#include <QTest>

using namespace RefundDesk;

class tst_ReceiptCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refusesWithoutCrashing_data();
    void refusesWithoutCrashing();
    void ownCodesRoundTrip_data();
    void ownCodesRoundTrip();
    void saleRefOfRefundReceipt();
};

namespace {
const QString kUuid = QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3");
const QString kRefundId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
} // namespace

void tst_ReceiptCode::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("gateway"); // -1: none
    QTest::addColumn<ReceiptCode::Kind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");

    const int pockyt = int(GatewayId::Pockyt);
    const int pw = int(GatewayId::PwV3);
    const int secpaid = int(GatewayId::SecPaid);
    const int paynet = int(GatewayId::PayNet);
    using K = ReceiptCode::Kind;

    QTest::newRow("bare pockyt 18 digits")
        << QStringLiteral("297553638300708562") << pockyt << K::Transaction << QStringLiteral("297553638300708562")
        << QStringLiteral("Pockyt transaction 297553638300708562");
    QTest::newRow("bare pockyt 19 digits")
        << QStringLiteral("2975536383007085621") << pockyt << K::Transaction << QStringLiteral("2975536383007085621")
        << QStringLiteral("Pockyt transaction 2975536383007085621");
    QTest::newRow("bare pw") << QStringLiteral("529-1438673740-2") << pw << K::Transaction
                             << QStringLiteral("529-1438673740-2")
                             << QStringLiteral("PW v3 transaction 529-1438673740-2");
    QTest::newRow("bare secpaid") << QStringLiteral("12345") << secpaid << K::Transaction << QStringLiteral("12345")
                                  << QStringLiteral("SecPaid transaction 12345");
    QTest::newRow("bare paynet uuid") << kUuid << paynet << K::Transaction << kUuid
                                      << QStringLiteral("PayNet DuitNow transaction ") + kUuid;
    QTest::newRow("scanner CR LF around")
        << QStringLiteral("\r\n 297553638300708562\r\n") << pockyt << K::Transaction
        << QStringLiteral("297553638300708562") << QStringLiteral("Pockyt transaction 297553638300708562");
    QTest::newRow("GS and tab around") << QStringLiteral("\x1d\t12345\t") << secpaid << K::Transaction
                                       << QStringLiteral("12345") << QStringLiteral("SecPaid transaction 12345");
    QTest::newRow("TXN: prefix") << QStringLiteral("TXN:529-1438673740-2") << pw << K::Transaction
                                 << QStringLiteral("529-1438673740-2")
                                 << QStringLiteral("PW v3 transaction 529-1438673740-2");
    QTest::newRow("txn- lower case") << QStringLiteral("txn-297553638300708562") << pockyt << K::Transaction
                                     << QStringLiteral("297553638300708562")
                                     << QStringLiteral("Pockyt transaction 297553638300708562");
    QTest::newRow("TransactionNo= prefix")
        << QStringLiteral("TransactionNo=297553638300708562") << pockyt << K::Transaction
        << QStringLiteral("297553638300708562") << QStringLiteral("Pockyt transaction 297553638300708562");
    QTest::newRow("pockyt: prefix") << QStringLiteral("pockyt:297553638300708562") << pockyt << K::Transaction
                                    << QStringLiteral("297553638300708562")
                                    << QStringLiteral("Pockyt transaction 297553638300708562");
    QTest::newRow("secpaid: names a short id") << QStringLiteral("secpaid:7") << secpaid << K::Transaction
                                               << QStringLiteral("7") << QStringLiteral("SecPaid transaction 7");
    QTest::newRow("paynet: uuid") << QStringLiteral("PAYNET:") + kUuid << paynet << K::Transaction << kUuid
                                  << QStringLiteral("PayNet DuitNow transaction ") + kUuid;
    QTest::newRow("gateway then kind") << QStringLiteral("pwv3:TXN:529-1438673740-2") << pw << K::Transaction
                                       << QStringLiteral("529-1438673740-2")
                                       << QStringLiteral("PW v3 transaction 529-1438673740-2");
    QTest::newRow("REF: without gateway") << QStringLiteral("REF:ORDER-1001") << -1 << K::Reference
                                          << QStringLiteral("ORDER-1001") << QStringLiteral("Reference ORDER-1001");
    QTest::newRow("pockyt reference") << QStringLiteral("pockyt:ref:ORDER-1001") << pockyt << K::Reference
                                      << QStringLiteral("ORDER-1001") << QStringLiteral("Pockyt reference ORDER-1001");
    QTest::newRow("own url sale") << QStringLiteral("refunddesk:sale?gateway=pockyt&transaction=297553638300708562")
                                  << pockyt << K::Transaction << QStringLiteral("297553638300708562")
                                  << QStringLiteral("Pockyt transaction 297553638300708562");
    QTest::newRow("own url reference") << QStringLiteral("refunddesk:sale?gateway=pwv3&reference=ORDER%2F7") << pw
                                       << K::Reference << QStringLiteral("ORDER/7")
                                       << QStringLiteral("PW v3 reference ORDER/7");
    QTest::newRow("own url refund")
        << QStringLiteral("refunddesk:refund?gateway=paynet&refund=%1&transaction=%2").arg(kRefundId, kUuid) << paynet
        << K::Refund << kRefundId << QStringLiteral("PayNet DuitNow refund ") + kRefundId;
    QTest::newRow("own url upper-case scheme")
        << QStringLiteral("REFUNDDESK:sale?gateway=secpaid&transaction=12345") << secpaid << K::Transaction
        << QStringLiteral("12345") << QStringLiteral("SecPaid transaction 12345");
    QTest::newRow("own json sale") << QStringLiteral(
        R"({"refunddesk":"sale","gateway":"secpaid","transaction":"12345"})")
                                   << secpaid << K::Transaction << QStringLiteral("12345")
                                   << QStringLiteral("SecPaid transaction 12345");
    QTest::newRow("own json refund")
        << QStringLiteral(
               R"({"refunddesk":"refund","gateway":"pockyt","refund":"%1","transaction":"297553638300708562"})")
               .arg(kRefundId)
        << pockyt << K::Refund << kRefundId << QStringLiteral("Pockyt refund ") + kRefundId;
}

void tst_ReceiptCode::parse()
{
    QFETCH(QString, text);
    QFETCH(int, gateway);
    QFETCH(ReceiptCode::Kind, kind);
    QFETCH(QString, id);
    QFETCH(QString, message);

    const ReceiptCode code = ReceiptCode::parse(text);
    QCOMPARE(code.status(), ReceiptCode::Status::Ok);
    QVERIFY(code.isOk());
    if (gateway < 0)
        QVERIFY(!code.gateway().has_value());
    else
        QCOMPARE(code.gateway(), std::optional<GatewayId>(static_cast<GatewayId>(gateway)));
    QCOMPARE(code.kind(), kind);
    QCOMPARE(code.id(), id);
    QCOMPARE(code.message(), message);
}

void tst_ReceiptCode::refusesWithoutCrashing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReceiptCode::Status>("status");
    QTest::addColumn<QString>("message");

    const QString notKnown = QStringLiteral("Not a receipt RefundDesk knows.");
    using S = ReceiptCode::Status;
    QTest::newRow("empty") << QString() << S::Empty << QStringLiteral("Nothing was read.");
    QTest::newRow("only whitespace and CR")
        << QStringLiteral(" \r\n\t ") << S::Empty << QStringLiteral("Nothing was read.");
    QTest::newRow("garbage words") << QStringLiteral("hello world") << S::NotReceipt << notKnown;
    QTest::newRow("a web address") << QStringLiteral("https://example.com/") << S::NotReceipt << notKnown;
    QTest::newRow("EAN-13 product code") << QStringLiteral("4006381333931") << S::NotReceipt << notKnown;
    QTest::newRow("17 digits") << QStringLiteral("12345678901234567") << S::NotReceipt << notKnown;
    QTest::newRow("20 digits") << QStringLiteral("12345678901234567890") << S::NotReceipt << notKnown;
    QTest::newRow("zero pay id") << QStringLiteral("0") << S::NotReceipt << notKnown;
    QTest::newRow("negative number") << QStringLiteral("-12345") << S::NotReceipt << notKnown;
    QTest::newRow("pw shape broken") << QStringLiteral("529-1438673740-") << S::NotReceipt << notKnown;
    QTest::newRow("uuid too short") << QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af") << S::NotReceipt
                                    << notKnown;
    QTest::newRow("pockyt prefix on a pay id") << QStringLiteral("pockyt:12345") << S::NotReceipt << notKnown;
    QTest::newRow("prefix alone") << QStringLiteral("TXN:") << S::NotReceipt << notKnown;
    QTest::newRow("reference with spaces") << QStringLiteral("REF:ORDER 1001 X") << S::NotReceipt << notKnown;
    QTest::newRow("control character inside") << QStringLiteral("2975536383\x07"
                                                                "00708562")
                                              << S::NotReceipt << notKnown;
    QTest::newRow("NUL inside") << QString::fromUtf16(u"12345\0"
                                                      "678",
                                                      9)
                                << S::NotReceipt << notKnown;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("12345") << S::NotReceipt << notKnown;
    QTest::newRow("binary bytes as Latin-1")
        << QString::fromLatin1(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452fffe00ff")) << S::NotReceipt
        << notKnown;
    QTest::newRow("100 KB of digits") << QString(100 * 1024, QLatin1Char('7')) << S::NotReceipt
                                      << QStringLiteral("Not a receipt RefundDesk knows: it is too long.");
    QTest::newRow("100 KB of binary") << QString::fromLatin1(QByteArray(100 * 1024, '\xff')) << S::NotReceipt
                                      << QStringLiteral("Not a receipt RefundDesk knows: it is too long.");
    QTest::newRow("own url unknown gateway")
        << QStringLiteral("refunddesk:sale?gateway=stripe&transaction=ch_1") << S::NotReceipt
        << QStringLiteral("Not a receipt RefundDesk knows: the RefundDesk code names no gateway RefundDesk knows.");
    QTest::newRow("own url id of the wrong shape")
        << QStringLiteral("refunddesk:sale?gateway=pockyt&transaction=12345") << S::NotReceipt
        << QStringLiteral("Not a receipt RefundDesk knows: the transaction id does not fit Pockyt.");
    QTest::newRow("own url two transactions")
        << QStringLiteral("refunddesk:sale?gateway=secpaid&transaction=1&transaction=2") << S::NotReceipt
        << QStringLiteral("Not a receipt RefundDesk knows: the RefundDesk code is damaged.");
    QTest::newRow("own url sale without id")
        << QStringLiteral("refunddesk:sale?gateway=secpaid") << S::NotReceipt
        << QStringLiteral("Not a receipt RefundDesk knows: the RefundDesk code names no sale.");
    QTest::newRow("own url refund without uuid")
        << QStringLiteral("refunddesk:refund?gateway=paynet&refund=42") << S::NotReceipt
        << QStringLiteral("Not a receipt RefundDesk knows: the RefundDesk refund code names no refund.");
    QTest::newRow("own json number id")
        << QStringLiteral(R"({"refunddesk":"sale","gateway":"pockyt","transaction":297553638300708562})")
        << S::NotReceipt << QStringLiteral("Not a receipt RefundDesk knows: the RefundDesk code is damaged.");
    QTest::newRow("json that is not ours") << QStringLiteral(R"({"transaction":"12345"})") << S::NotReceipt << notKnown;
    QTest::newRow("broken json") << QStringLiteral(R"({"refunddesk":"sale",)") << S::NotReceipt << notKnown;
}

void tst_ReceiptCode::refusesWithoutCrashing()
{
    QFETCH(QString, text);
    QFETCH(ReceiptCode::Status, status);
    QFETCH(QString, message);

    const ReceiptCode code = ReceiptCode::parse(text);
    QCOMPARE(code.status(), status);
    QVERIFY(!code.isOk());
    QCOMPARE(code.message(), message);
    QVERIFY(code.id().isEmpty());
    QVERIFY(!code.saleRef().has_value());
}

void tst_ReceiptCode::ownCodesRoundTrip_data()
{
    QTest::addColumn<int>("gateway");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");

    QTest::newRow("pockyt transaction") << int(GatewayId::Pockyt) << int(SaleIdKind::TransactionId)
                                        << QStringLiteral("297553638300708562");
    QTest::newRow("pw reference with odd characters")
        << int(GatewayId::PwV3) << int(SaleIdKind::Reference) << QStringLiteral("A/B:C.D-1_2");
    QTest::newRow("secpaid pay id") << int(GatewayId::SecPaid) << int(SaleIdKind::TransactionId)
                                    << QStringLiteral("12345");
    QTest::newRow("paynet checkout") << int(GatewayId::PayNet) << int(SaleIdKind::TransactionId) << kUuid;
}

void tst_ReceiptCode::ownCodesRoundTrip()
{
    QFETCH(int, gateway);
    QFETCH(int, kind);
    QFETCH(QString, id);

    const SaleRef sale {static_cast<GatewayId>(gateway), static_cast<SaleIdKind>(kind), id};
    const ReceiptCode code = ReceiptCode::parse(ReceiptCode::saleCode(sale));
    QVERIFY2(code.isOk(), qPrintable(code.message()));
    const std::optional<SaleRef> parsed = code.saleRef();
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->gateway, sale.gateway);
    QCOMPARE(parsed->kind, sale.kind);
    QCOMPARE(parsed->id, sale.id);
}

void tst_ReceiptCode::saleRefOfRefundReceipt()
{
    const QString text = ReceiptCode::refundCode(GatewayId::PayNet, kRefundId, kUuid);
    QCOMPARE(text, QStringLiteral("refunddesk:refund?gateway=paynet&refund=%1&transaction=%2").arg(kRefundId, kUuid));
    const ReceiptCode code = ReceiptCode::parse(text);
    QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
    QCOMPARE(code.id(), kRefundId);
    QCOMPARE(code.refundedTransactionId(), kUuid);
    const std::optional<SaleRef> sale = code.saleRef();
    QVERIFY(sale.has_value());
    QCOMPARE(sale->gateway, GatewayId::PayNet);
    QCOMPARE(sale->kind, SaleIdKind::TransactionId);
    QCOMPARE(sale->id, kUuid);

    // A refund receipt without the original names the refund, not a sale.
    const ReceiptCode bare = ReceiptCode::parse(ReceiptCode::refundCode(GatewayId::PayNet, kRefundId, QString()));
    QVERIFY(bare.isOk());
    QVERIFY(!bare.saleRef().has_value());
}

QTEST_GUILESS_MAIN(tst_ReceiptCode)
#include "tst_receiptcode.moc"
