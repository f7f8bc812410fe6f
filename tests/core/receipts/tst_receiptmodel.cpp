#include "ReceiptFixtures.h"
#include "receipts/ReceiptModel.h"
#include "receipts/ReceiptText.h"
#include "scan/ReceiptCode.h"

#include <QTest>

using namespace RefundDesk;

namespace {

QString fieldValue(const ReceiptModel &model, const QString &label)
{
    for (const ReceiptSection &section : model.sections()) {
        for (const ReceiptField &field : section.fields) {
            if (field.label == label)
                return field.value;
        }
    }
    return QStringLiteral("<no field %1>").arg(label);
}

} // namespace

class TestReceiptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Receipt times are shown in the store's local time.
        qputenv("TZ", "Europe/Berlin");
    }

    void fieldsInTheStoreLocale_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("date") << QStringLiteral("Date") << QStringLiteral("15.03.24 14:30");
        QTest::newRow("store") << QStringLiteral("Store") << QStringLiteral("S1");
        QTest::newRow("register") << QStringLiteral("Register") << QStringLiteral("R2");
        QTest::newRow("employee") << QStringLiteral("Employee") << QStringLiteral("jana");
        QTest::newRow("gateway") << QStringLiteral("Paid through") << QStringLiteral("SecPaid");
        QTest::newRow("transaction") << QStringLiteral("Transaction") << QStringLiteral("12345");
        QTest::newRow("masked card") << QStringLiteral("Payment method") << QStringLiteral("VISA ************1234");
        QTest::newRow("paid") << QStringLiteral("Amount paid") << QStringLiteral("49,99\u00A0€");
        QTest::newRow("refund") << QStringLiteral("Refund amount") << QStringLiteral("12,50\u00A0€");
        QTest::newRow("remaining") << QStringLiteral("Still refundable") << QStringLiteral("37,49\u00A0€");
        QTest::newRow("refund id") << QStringLiteral("Refund id")
                                   << QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45");
        QTest::newRow("gateway refund id") << QStringLiteral("Gateway refund id") << QStringLiteral("20240315-pi-778");
        QTest::newRow("status") << QStringLiteral("Status") << QStringLiteral("Pending");
        QTest::newRow("reason") << QStringLiteral("Reason") << QStringLiteral("Größe passt nicht");
        QTest::newRow("approval") << QStringLiteral("Approval") << QStringLiteral("by mgr-ole");
    }

    void fieldsInTheStoreLocale()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(fieldValue(TestFixtures::model(), label), expected);
    }

    void sectionsInPrintOrder()
    {
        const QList<ReceiptSection> sections = TestFixtures::model().sections();
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0).title, QString());
        QCOMPARE(sections.at(1).title, QStringLiteral("Original payment"));
        QCOMPARE(sections.at(2).title, QStringLiteral("Partial refund"));
        QCOMPARE(sections.at(2).note, ReceiptModel::statusExplanation(GatewayId::SecPaid, RefundStatus::Pending));
    }

    void missingDataIsSaidPlainly()
    {
        Refund refund = TestFixtures::refund();
        refund.gatewayRefundId.clear();
        refund.approvedBy.clear();
        refund.reason.clear();
        refund.fullRefund = true;
        const ReceiptModel model = ReceiptModel::build(TestFixtures::sale(), refund, TestFixtures::store(),
                                                       Money::zero(*Currency::fromCode(u"EUR")));
        QCOMPARE(fieldValue(model, QStringLiteral("Gateway refund id")), QStringLiteral("not assigned yet"));
        QCOMPARE(fieldValue(model, QStringLiteral("Approval")), QStringLiteral("not needed"));
        QCOMPARE(fieldValue(model, QStringLiteral("Reason")), QStringLiteral("not given"));
        QCOMPARE(fieldValue(model, QStringLiteral("Still refundable")), QStringLiteral("0,00\u00A0€"));
        QCOMPARE(model.sections().at(2).title, QStringLiteral("Full refund"));
    }

    void pendingSaysWhatEachGatewayPromises_data()
    {
        QTest::addColumn<GatewayId>("gateway");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("secpaid") << GatewayId::SecPaid << QStringLiteral("within 5-10 days");
        QTest::newRow("paynet") << GatewayId::PayNet << QStringLiteral("next day's report");
        QTest::newRow("pockyt") << GatewayId::Pockyt << QStringLiteral("wallet or card network");
        QTest::newRow("pwv3") << GatewayId::PwV3 << QStringLiteral("has not confirmed");
    }

    void pendingSaysWhatEachGatewayPromises()
    {
        QFETCH(GatewayId, gateway);
        QFETCH(QString, mustSay);
        const QString text = ReceiptModel::statusExplanation(gateway, RefundStatus::Pending);
        QVERIFY2(text.contains(mustSay), qPrintable(text));
    }

    void everyStatusIsExplained_data()
    {
        QTest::addColumn<RefundStatus>("status");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("submitting") << RefundStatus::Submitting << QStringLiteral("being sent to SecPaid");
        QTest::newRow("needs review") << RefundStatus::NeedsReview << QStringLiteral("back office");
        QTest::newRow("succeeded") << RefundStatus::Succeeded << QStringLiteral("complete");
        QTest::newRow("rejected") << RefundStatus::Rejected << QStringLiteral("SecPaid rejected this refund");
        QTest::newRow("failed") << RefundStatus::Failed << QStringLiteral("could not be made");
    }

    void everyStatusIsExplained()
    {
        QFETCH(RefundStatus, status);
        QFETCH(QString, mustSay);
        const QString text = ReceiptModel::statusExplanation(GatewayId::SecPaid, status);
        QVERIFY2(text.contains(mustSay), qPrintable(text));
    }

    void masking_data()
    {
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("masked");
        QTest::newRow("method only") << QStringLiteral("VISA") << QStringLiteral("VISA");
        QTest::newRow("paynet code") << QStringLiteral("01") << QStringLiteral("01");
        QTest::newRow("card") << QStringLiteral("4111111111111111") << QStringLiteral("************1111");
        QTest::newRow("dashed") << QStringLiteral("MC 5500-0000-0000-0004") << QStringLiteral("MC ************0004");
        QTest::newRow("two numbers") << QStringLiteral("12345678 / 87654321") << QStringLiteral("****5678 / ****4321");
        QTest::newRow("seven digits stay") << QStringLiteral("1234567") << QStringLiteral("1234567");
    }

    void masking()
    {
        QFETCH(QString, details);
        QFETCH(QString, masked);
        QCOMPARE(ReceiptModel::maskPaymentDetails(details), masked);
    }

    void qrHoldsTheRefundCode()
    {
        const ReceiptModel model = TestFixtures::model();
        const ReceiptCode code = ReceiptCode::parse(model.qrText());
        QVERIFY2(code.isOk(), qPrintable(code.message()));
        QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
        QCOMPARE(code.id(), QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45"));
        QCOMPARE(code.gateway(), std::optional<GatewayId>(GatewayId::SecPaid));
        QCOMPARE(code.refundedTransactionId(), QStringLiteral("12345"));
    }

    void fieldLines_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("fits") << QStringLiteral("Status") << QStringLiteral("Pending") << 20
                              << QStringList {QStringLiteral("Status       Pending")};
        QTest::newRow("exactly") << QStringLiteral("Status") << QStringLiteral("Pending") << 14
                                 << QStringList {QStringLiteral("Status Pending")};
        QTest::newRow("wraps") << QStringLiteral("Refund id") << QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45")
                               << 20
                               << QStringList {QStringLiteral("Refund id"), QStringLiteral("  6f1c2a9e-4b7d-4c3e"),
                                               QStringLiteral("  -9a51-0d2e8f7b6a45")};
    }

    void fieldLines()
    {
        QFETCH(QString, label);
        QFETCH(QString, value);
        QFETCH(int, columns);
        QFETCH(QStringList, lines);
        QCOMPARE(ReceiptText::fieldLines({label, value}, columns), lines);
    }

    void plainTextKeepsToTheWidth()
    {
        const QStringList lines = ReceiptText::plainLines(TestFixtures::model(), 42);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 42, qPrintable(line));
        QVERIFY(lines.contains(QStringLiteral("Refund amount") + QString(22, u' ') + QStringLiteral("12,50\u00A0€")));
        QCOMPARE(lines.first(), QStringLiteral("          Müller Schuhe, Berlin"));
    }

    void htmlEscapesWhatPeopleTyped()
    {
        Refund refund = TestFixtures::refund();
        refund.reason = QStringLiteral("<script>alert(1)</script> & more");
        const ReceiptModel model = ReceiptModel::build(TestFixtures::sale(), refund, TestFixtures::store(),
                                                       Money(3749, *Currency::fromCode(u"EUR")));
        const QString html = ReceiptText::html(model);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"de\">")));
    }
};

QTEST_GUILESS_MAIN(TestReceiptModel)
#include "tst_receiptmodel.moc"
