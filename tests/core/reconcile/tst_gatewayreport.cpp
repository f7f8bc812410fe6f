#include "reconcile/GatewayReport.h"

#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayId)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODateWithMs);
}

QStringList malformedLines(const GatewayReport &report)
{
    QStringList lines;
    for (const MalformedLine &line : report.malformed())
        lines << QStringLiteral("%1: %2").arg(line.line).arg(line.reason);
    return lines;
}

} // namespace

// Reading each gateway's report through its documented column mapping (docs/reconciliation.md):
// the CSV rules, every field, and bad lines reported with their line numbers while the rest is read.
class TestGatewayReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachGatewaysMapping_data()
    {
        QTest::addColumn<GatewayId>("gateway");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("gatewayRefundId");
        QTest::addColumn<QString>("refundIdText");
        QTest::addColumn<QString>("refundId");
        QTest::addColumn<QString>("saleId");
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<RefundStatus>("status");
        QTest::addColumn<QString>("statusText");
        QTest::addColumn<QDateTime>("time");

        QTest::newRow("pockyt") << GatewayId::Pockyt
                                << QByteArray(
                                       "transactionNo,reference,refundTransactionNo,refundReference,refundAmount,"
                                       "currency,settleCurrency,status,time\n"
                                       "297553638300708562,seq_1,300000000000000001,"
                                       "0f8fad5b-d9cb-469f-a165-70867728950e,12.50,USD,USD,success,"
                                       "20250301093000\n")
                                << QStringLiteral("300000000000000001")
                                << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")
                                << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")
                                << QStringLiteral("297553638300708562") << qint64(1250) << QStringLiteral("USD")
                                << RefundStatus::Succeeded << QStringLiteral("success")
                                << utc("2025-03-01T09:30:00.000Z");
        QTest::newRow("pwv3, amount in cents, referenceNo as 32 hex digits")
            << GatewayId::PwV3
            << QByteArray("transactionId,referenceNo,amount,currency,status,date\n"
                          "529-1438673740-2,0f8fad5bd9cb469fa16570867728950e,1234,EUR,APPROVED,1476187198\n")
            << QString() << QStringLiteral("0f8fad5bd9cb469fa16570867728950e")
            << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << QStringLiteral("529-1438673740-2")
            << qint64(1234) << QStringLiteral("EUR") << RefundStatus::Succeeded << QStringLiteral("APPROVED")
            << utc("2016-10-11T11:59:58.000Z");
        QTest::newRow("pwv3 declined") << GatewayId::PwV3
                                       << QByteArray("referenceNo,amount,currency,status,date\n"
                                                     "0f8fad5bd9cb469fa16570867728950e,500,EUR,DECLINED,0\n")
                                       << QString() << QStringLiteral("0f8fad5bd9cb469fa16570867728950e")
                                       << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << QString()
                                       << qint64(500) << QStringLiteral("EUR") << RefundStatus::Rejected
                                       << QStringLiteral("DECLINED") << utc("1970-01-01T00:00:00.000Z");
        QTest::newRow("secpaid, refunds negative")
            << GatewayId::SecPaid
            << QByteArray("transaction_id,pay_id,status,is_refund,"
                          "transaction_type,amount,currency,created_at\n"
                          "20250301-pi-700001,12345,Success,true,Refund,"
                          "-19.99,EUR,2025-03-01 23:59:59\n")
            << QStringLiteral("20250301-pi-700001") << QString() << QString() << QStringLiteral("12345") << qint64(1999)
            << QStringLiteral("EUR") << RefundStatus::Succeeded << QStringLiteral("Success")
            << utc("2025-03-01T23:59:59.000Z");
        QTest::newRow("secpaid rejected, positive amount")
            << GatewayId::SecPaid
            << QByteArray("transaction_id,pay_id,status,amount,currency,created_at\n"
                          "20250301-pi-700002,12346,Rejected,5.00,EUR,2025-03-02 00:00:00\n")
            << QStringLiteral("20250301-pi-700002") << QString() << QString() << QStringLiteral("12346") << qint64(500)
            << QStringLiteral("EUR") << RefundStatus::Rejected << QStringLiteral("Rejected")
            << utc("2025-03-02T00:00:00.000Z");
        QTest::newRow("paynet next-day report, substate")
            << GatewayId::PayNet
            << QByteArray("refundId,checkoutId,endToEndId,amount,substate,date\n"
                          "7c9e6679-7425-40de-944b-e07fc1f90ae7,5de8649c-a0ff-4f19-9eb2-f5aaf9a95218,"
                          "20250301M0000201861OBW00000001,10.00,REFUND_ACCEPTED,2025-03-01T17:05:00+08:00\n")
            << QStringLiteral("20250301M0000201861OBW00000001")
            << QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")
            << QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")
            << QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218") << qint64(1000) << QStringLiteral("MYR")
            << RefundStatus::Succeeded << QStringLiteral("REFUND_ACCEPTED") << utc("2025-03-01T09:05:00.000Z");
        QTest::newRow("paynet with status words and a plain date")
            << GatewayId::PayNet
            << QByteArray("status,amount,date,endToEndId,refundId,currency\n"
                          "TIMEOUT,0.50,2025-03-01,E2E-1,7c9e6679-7425-40de-944b-e07fc1f90ae7,MYR\n")
            << QStringLiteral("E2E-1") << QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")
            << QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7") << QString() << qint64(50)
            << QStringLiteral("MYR") << RefundStatus::NeedsReview << QStringLiteral("TIMEOUT")
            << utc("2025-03-01T00:00:00.000Z");
    }

    void eachGatewaysMapping()
    {
        QFETCH(GatewayId, gateway);
        QFETCH(QByteArray, csv);
        const GatewayReport report = GatewayReport::parse(gateway, csv, QStringLiteral("report.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(malformedLines(report), QStringList());
        QCOMPARE(report.rows().size(), 1);
        const ReportRow &row = report.rows().constFirst();
        QCOMPARE(row.line, 2);
        QTEST(row.gatewayRefundId, "gatewayRefundId");
        QTEST(row.refundIdText, "refundIdText");
        QTEST(row.refundId.isNull() ? QString() : row.refundId.toString(QUuid::WithoutBraces), "refundId");
        QTEST(row.saleId, "saleId");
        QTEST(row.amount.minorUnits(), "minorUnits");
        QTEST(row.amount.currency().code(), "currency");
        QTEST(row.status, "status");
        QTEST(row.statusText, "statusText");
        QTEST(row.time, "time");
        QCOMPARE(row.time.timeSpec(), Qt::UTC);
    }

    void csvQuotingBomAndLineEnds()
    {
        // BOM, CRLF, columns in another order with upper case and spaces, an unknown column,
        // quoted fields with commas, doubled quotes and a line break (so the next record
        // starts two lines further down), and a blank line.
        const QByteArray csv =
            "\xEF\xBB\xBF"
            "Note, REFUNDAMOUNT ,status,refundReference,time,currency,refundTransactionNo\r\n"
            "\"first, with a comma\",1.00,success,ref-a,20250301000000,USD,\"3001\"\r\n"
            "\"a \"\"quoted\"\" word\nand a second line\",2.00,success,ref-b,20250301000001,USD,3002\r\n"
            "\r\n"
            "plain,3.00,success,ref-c,20250301000002,USD,3003";
        const GatewayReport report = GatewayReport::parse(GatewayId::Pockyt, csv, QStringLiteral("r.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(malformedLines(report), QStringList());
        QCOMPARE(report.rows().size(), 3);
        QCOMPARE(report.rows().at(0).line, 2);
        QCOMPARE(report.rows().at(0).gatewayRefundId, QStringLiteral("3001"));
        QCOMPARE(report.rows().at(0).refundIdText, QStringLiteral("ref-a"));
        QVERIFY(report.rows().at(0).refundId.isNull());
        QCOMPARE(report.rows().at(1).line, 3);
        QCOMPARE(report.rows().at(1).amount.minorUnits(), 200);
        QCOMPARE(report.rows().at(2).line, 6);
        QCOMPARE(report.rows().at(2).gatewayRefundId, QStringLiteral("3003"));
        QCOMPARE(report.firstDay(), QDate(2025, 3, 1));
        QCOMPARE(report.lastDay(), QDate(2025, 3, 1));
    }

    void malformedLinesAreReportedAndTheRestIsRead_data()
    {
        QTest::addColumn<GatewayId>("gateway");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("malformed");
        QTest::addColumn<QList<int>>("readLines");

        const QByteArray payNetHeader = "refundId,endToEndId,amount,substate,date\n";
        const QByteArray good = "7c9e6679-7425-40de-944b-e07fc1f90ae7,E2E-OK,10.00,REFUND_ACCEPTED,2025-03-01\n";
        QTest::newRow("paynet amounts")
            << GatewayId::PayNet
            << QByteArray(payNetHeader + good + ",E2E-2,12.345,REFUND_ACCEPTED,2025-03-01\n"
                          + ",E2E-3,1e3,PENDING,2025-03-01\n" + ",E2E-4,-5.00,PENDING,2025-03-01\n"
                          + ",E2E-5,0.00,PENDING,2025-03-01\n" + ",E2E-6,,PENDING,2025-03-01\n"
                          + ",E2E-7, 10.00,PENDING,2025-03-01\n" + good)
            << QStringList {QStringLiteral("3: amount \"12.345\": MYR has 2 decimal places; \"12.345\" has more."),
                            QStringLiteral("4: amount \"1e3\": The amount \"1e3\" uses scientific notation."),
                            QStringLiteral("5: amount \"-5.00\": a refund amount is never negative"),
                            QStringLiteral("6: amount \"0.00\": a refund amount is more than zero"),
                            QStringLiteral("7: amount \"\": The amount text is empty."),
                            QStringLiteral(
                                "8: amount \" 10.00\": ' ' is not allowed in the decimal amount \" 10.00\".")}
            << QList<int> {2, 9};
        QTest::newRow("pwv3 cents") << GatewayId::PwV3
                                    << QByteArray("referenceNo,amount,currency,status,date\n"
                                                  "0f8fad5bd9cb469fa16570867728950e,12.34,EUR,APPROVED,1\n"
                                                  "0f8fad5bd9cb469fa16570867728950e,1e3,EUR,APPROVED,1\n"
                                                  "0f8fad5bd9cb469fa16570867728950e,1234,EUR,APPROVED,1\n")
                                    << QStringList {QStringLiteral("2: amount \"12.34\": an amount in PW v3 is a whole "
                                                                   "number of minor units (cents), e.g. 1234"),
                                                    QStringLiteral("3: amount \"1e3\": an amount in PW v3 is a whole "
                                                                   "number of minor units (cents), e.g. 1234")}
                                    << QList<int> {4};
        QTest::newRow("fields, statuses, times, currencies, ids")
            << GatewayId::PayNet
            << QByteArray(payNetHeader + "x,E2E-2,1.00,REFUND_ACCEPTED\n" + ",E2E-3,1.00,SETTLED,2025-03-01\n"
                          + ",E2E-4,1.00,PENDING,2025-03-01T10:00:00\n" + ",,1.00,PENDING,2025-03-01\n" + good)
            << QStringList {QStringLiteral("2: it has 4 field(s), the header has 5"),
                            QStringLiteral("3: substate \"SETTLED\" is not a PayNet DuitNow refund status"),
                            QStringLiteral("4: date \"2025-03-01T10:00:00\" is not a time in the PayNet DuitNow "
                                           "report's format"),
                            QStringLiteral("5: no refund id (endToEndId and refundId empty)")}
            << QList<int> {6};
        QTest::newRow("unknown currency")
            << GatewayId::Pockyt
            << QByteArray("refundTransactionNo,refundReference,refundAmount,currency,"
                          "status,time\n"
                          "1,a,1.00,XXX,success,20250301000000\n"
                          "2,b,1.00,USD,success,20250301000000\n")
            << QStringList {QStringLiteral("2: currency \"XXX\" is not a currency RefundDesk knows")} << QList<int> {3};
        QTest::newRow("quoting errors, then a quote never closed")
            << GatewayId::PayNet
            << QByteArray(payNetHeader + "ab\"c,E2E-2,1.00,PENDING,2025-03-01\n"
                          + "\"abc\"x,E2E-3,1.00,PENDING,2025-03-01\n" + good + "\"open,E2E-5,1.00,PENDING,2025-03-01\n"
                          + good)
            << QStringList {QStringLiteral("2: a quote inside a field that does not start with one; quote the whole "
                                           "field"),
                            QStringLiteral("3: text after a closing quote; a quote inside a field must be doubled"),
                            QStringLiteral("5: a quoted field is never closed; the rest of the file is part of it")}
            << QList<int> {4};
        QTest::newRow("not UTF-8") << GatewayId::PayNet
                                   << QByteArray(payNetHeader + "\xff\xfe,E2E-2,1.00,PENDING,2025-03-01\n" + good)
                                   << QStringList {QStringLiteral("2: the line is not UTF-8 text")} << QList<int> {3};
    }

    void malformedLinesAreReportedAndTheRestIsRead()
    {
        QFETCH(GatewayId, gateway);
        QFETCH(QByteArray, csv);
        const GatewayReport report = GatewayReport::parse(gateway, csv, QStringLiteral("report.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QTEST(malformedLines(report), "malformed");
        QList<int> lines;
        for (const ReportRow &row : report.rows())
            lines << row.line;
        QTEST(lines, "readLines");
    }

    void missingRequiredColumnImportsNothing_data()
    {
        QTest::addColumn<GatewayId>("gateway");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");

        QTest::newRow("paynet without amount and status")
            << GatewayId::PayNet
            << QByteArray("refundId,endToEndId,date\n7c9e6679-7425-40de-944b-e07fc1f90ae7,E2E-1,2025-03-01\n")
            << QStringLiteral("paynet.csv is not a PayNet DuitNow report as RefundDesk reads it: the column(s) amount, "
                              "substate or refundStatus or status are missing (its header has refundId, endToEndId, "
                              "date). Nothing was imported.");
        QTest::newRow("pwv3 report read as pockyt")
            << GatewayId::Pockyt << QByteArray("transactionId,referenceNo,amount,currency,status,date\n")
            << QStringLiteral("paynet.csv is not a Pockyt report as RefundDesk reads it: the column(s) "
                              "refundTransactionNo or refundTransactionId, refundReference, refundAmount, time are "
                              "missing (its header has transactionId, referenceNo, amount, currency, status, date). "
                              "Nothing was imported.");
        QTest::newRow("a column twice") << GatewayId::SecPaid
                                        << QByteArray(
                                               "transaction_id,pay_id,amount,Amount,currency,status,created_at\n")
                                        << QStringLiteral("paynet.csv has two columns named amount; RefundDesk cannot "
                                                          "tell which to read. Nothing was imported.");
        QTest::newRow("empty") << GatewayId::SecPaid << QByteArray("\xEF\xBB\xBF\r\n")
                               << QStringLiteral("paynet.csv is empty: a %1 report starts with a header line naming "
                                                 "its columns.")
                                      .arg(QStringLiteral("SecPaid"));
    }

    void missingRequiredColumnImportsNothing()
    {
        QFETCH(GatewayId, gateway);
        QFETCH(QByteArray, csv);
        const GatewayReport report = GatewayReport::parse(gateway, csv, QStringLiteral("paynet.csv"));
        QVERIFY(!report.ok());
        QTEST(report.error(), "error");
        QCOMPARE(report.rows().size(), 0);
        QCOMPARE(report.malformed().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGatewayReport)
#include "tst_gatewayreport.moc"
