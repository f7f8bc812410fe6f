#include "reports/RefundCsv.h"

#include <QTest>

using namespace RefundDesk;

class TestRefundCsv : public QObject
{
    Q_OBJECT

private:
    static Refund refund()
    {
        Refund refund;
        refund.refundId = QUuid(QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45"));
        refund.gateway = GatewayId::PwV3;
        refund.transactionId = QStringLiteral("529-1438673740-1");
        refund.amount = Money(1250, *Currency::fromCode(u"EUR"));
        refund.status = RefundStatus::NeedsReview;
        refund.gatewayRefundId = QStringLiteral("R-1");
        refund.employee = QStringLiteral("clerk");
        refund.approvedBy = QStringLiteral("manager");
        refund.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
        refund.updatedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 31, 5), Qt::UTC);
        return refund;
    }

private Q_SLOTS:
    void header()
    {
        QCOMPARE(RefundCsv::header(),
                 QStringLiteral("refund_id,gateway,status,amount,currency,gateway_refund_id,transaction_id,reference,"
                                "employee,approved_by,created_at,updated_at,message"));
        QCOMPARE(RefundCsv::lineEnd, QLatin1String("\r\n"));
    }

    void row_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        const QString start = QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45,pwv3,needs_review,12.50,EUR,R-1,"
                                             "529-1438673740-1,");
        const QString people = QStringLiteral(",clerk,manager,2025-03-01T09:30:00.000Z,2025-03-01T09:31:05.000Z,");
        QTest::newRow("plain") << QStringLiteral("Approved") << QStringLiteral("1-1438673740-0001-01")
                               << start + QStringLiteral("1-1438673740-0001-01") + people + QStringLiteral("Approved");
        QTest::newRow("comma") << QStringLiteral("Declined, try later") << QString()
                               << start + people + QStringLiteral("\"Declined, try later\"");
        QTest::newRow("quote") << QStringLiteral("said \"no\"") << QString()
                               << start + people + QStringLiteral("\"said \"\"no\"\"\"");
        QTest::newRow("line break") << QStringLiteral("two\nlines") << QString()
                                    << start + people + QStringLiteral("\"two\nlines\"");
    }

    void row()
    {
        QFETCH(QString, message);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        Refund value = refund();
        value.message = message;
        QCOMPARE(RefundCsv::row(value, reference), expected);
    }

    void amountsKeepTheCurrencysDecimals_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("EUR") << QStringLiteral("EUR") << qint64(1999) << QStringLiteral("19.99");
        QTest::newRow("JPY") << QStringLiteral("JPY") << qint64(1000) << QStringLiteral("1000");
        QTest::newRow("KWD") << QStringLiteral("KWD") << qint64(1005) << QStringLiteral("1.005");
    }

    void amountsKeepTheCurrencysDecimals()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        Refund value = refund();
        value.amount = Money(minor, *Currency::fromCode(currency));
        const QStringList fields = RefundCsv::row(value, QString()).split(u',');
        QCOMPARE(fields.at(3), text);
        QCOMPARE(fields.at(4), currency);
    }
};

QTEST_GUILESS_MAIN(TestRefundCsv)
#include "tst_refundcsv.moc"
