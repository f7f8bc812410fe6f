#include "CounterPage.h"
#include "DeskFixture.h"
#include "RefundPanel.h"
#include "ResultPage.h"
#include "SalePanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace RefundDesk;

// The counter, driven with the keyboard as a person does, against the in-process
// refund-sandbox: scan or type, Enter, amount, Enter.
class TestCounterPage : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;

    void lookUp(CounterPage &page, const QString &typed)
    {
        page.searchField()->setFocus();
        page.searchField()->clear();
        QTest::keyClicks(page.searchField(), typed);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
    }

    static QLineEdit *focusedEdit() { return qobject_cast<QLineEdit *>(QApplication::focusWidget()); }

    static QLocale locale() { return QLocale(QStringLiteral("en_IE")); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
    }

    void partialRefundAtEachGateway_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("remaining");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("refunded");
        QTest::newRow("Pockyt") << QStringLiteral("297553638300708562") << QStringLiteral("USD\u00A025.00")
                                << QStringLiteral("5.00") << QStringLiteral("Refund succeeded")
                                << QStringLiteral("USD\u00A05.00 of Pockyt 297553638300708562 (POS-PK-1001)");
        QTest::newRow("PW v3") << QStringLiteral("529-1438673740-1") << QStringLiteral("€49.99")
                               << QStringLiteral("10.00") << QStringLiteral("Refund succeeded")
                               << QStringLiteral("€10.00 of PW v3 529-1438673740-1 (1-1438673740-0001-01)");
        // SecPaid's reference is the payment's transaction_id, dated when it was paid (3 days ago).
        QTest::newRow("SecPaid") << QStringLiteral("12345") << QStringLiteral("€49.99") << QStringLiteral("9.99")
                                 << QStringLiteral("Refund pending")
                                 << QStringLiteral("€9.99 of SecPaid 12345 (%1-pi-12345)")
                                        .arg(QDateTime::currentDateTimeUtc().addDays(-3).toString(
                                            QStringLiteral("yyyyMMdd")));
        QTest::newRow("PayNet") << QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3")
                                << QStringLiteral("MYR\u00A0100.00") << QStringLiteral("10.00")
                                << QStringLiteral("Refund pending")
                                << QStringLiteral(
                                       "MYR\u00A010.00 of PayNet DuitNow b4e6c575-5393-4a1e-a231-269e9a3f8af3 "
                                       "(20240925M0000201861OBW00000101)");
    }

    void partialRefundAtEachGateway()
    {
        QFETCH(QString, typed);
        QFETCH(QString, remaining);
        QFETCH(QString, amount);
        QFETCH(QString, headline);
        QFETCH(QString, refunded);
        CounterPage page(m_fixture.session());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, typed);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QCOMPARE(page.salePanel()->remainingText(), remaining);
        QCOMPARE(page.salePanel()->notRefundableText(), QString());
        QLineEdit *amountField = focusedEdit();
        QVERIFY(amountField);
        QCOMPARE(amountField->objectName(), QStringLiteral("refundAmount"));
        QCOMPARE(amountField->selectedText(), amountField->text()); // typing replaces everything that is left
        QTest::keyClicks(amountField, amount);
        QTest::keyClick(amountField, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Result, 15000);
        QCOMPARE(page.resultPage()->headline(), headline);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("resultAmount"))->text(), refunded);
        QCOMPARE(page.resultPage()->refund().employee, QStringLiteral("clerk"));
        QTRY_VERIFY(page.resultPage()->receipt().has_value()); // read back from the ledger

        // Enter on the result starts the next refund with the search focused.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(page.screen(), CounterPage::Screen::Search);
        QCOMPARE(QApplication::focusWidget(), page.searchField());
    }

    void refusesWhatCannotBeRefunded_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("why");
        QTest::newRow("PW v3 paid with SOFORT")
            << QStringLiteral("529-1438673740-3")
            << QStringLiteral("Payments made with SOFORT cannot be refunded through PW v3. Refundable methods: "
                              "CREDITCARD, VISA, GIFTCARD, IDEAL, CUP, PAYPAL.");
        QTest::newRow("Pockyt closed") << QStringLiteral("297553638300708565")
                                       << QStringLiteral("The payment's status at Pockyt is \"closed\"; only "
                                                         "completed payments can be refunded.");
        QTest::newRow("PayNet rejected") << QStringLiteral("d3aaeae8-aafc-4d81-9853-3828198ae0ee")
                                         << QStringLiteral("The payment's status at PayNet DuitNow is \"REJECTED\"; "
                                                           "only completed payments can be refunded.");
    }

    void refusesWhatCannotBeRefunded()
    {
        QFETCH(QString, typed);
        QFETCH(QString, why);
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, typed);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QCOMPARE(page.salePanel()->notRefundableText(), QStringLiteral("Cannot be refunded: ") + why);
        QCOMPARE(page.refundPanel()->blockedReason(), QStringLiteral("This sale cannot be refunded: ") + why);
        QVERIFY(!page.refundPanel()->canRefund());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("refundButton"));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), page.refundPanel()->blockedReason());
        QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("refundAmount"))->isEnabled());
        QVERIFY(!page.refundPanel()->approvalVisible());
        // Nothing to type: Back has the focus, and Esc goes back to the search.
        QCOMPARE(QApplication::focusWidget(), page.findChild<QPushButton *>(QStringLiteral("backButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(page.screen(), CounterPage::Screen::Search);
    }

    void amountIsCheckedAsItIsTyped()
    {
        // A manager: no approval step for this amount.
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("manager"), QStringLiteral("2222"), &error), qPrintable(error));
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, QStringLiteral("297553638300708563")); // CNY 128.80
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QTRY_VERIFY(page.refundPanel()->canRefund());
        QLineEdit *amount = focusedEdit();
        QVERIFY(amount);
        const Currency cny = *Currency::fromCode(u"CNY");

        QTest::keyClicks(amount, QStringLiteral("12.345"));
        QCOMPARE(amount->text(), QStringLiteral("12.345"));
        QVERIFY(!page.refundPanel()->canRefund());
        QCOMPARE(page.refundPanel()->blockedReason(), Money::parse(QStringLiteral("12.345"), cny, locale()).message());

        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("200"));
        QTRY_COMPARE(page.refundPanel()->blockedReason(),
                     QStringLiteral("At most %1 can still be refunded on this sale.")
                         .arg(Money(12880, cny).toDisplayString(locale())));
        QVERIFY(!page.refundPanel()->canRefund());
        QTest::keyClick(amount, Qt::Key_Return); // refused: nothing happens
        QCOMPARE(page.screen(), CounterPage::Screen::Sale);

        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("0"));
        QTRY_COMPARE(page.refundPanel()->blockedReason(), QStringLiteral("Enter an amount greater than zero."));

        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("1,000.5"));
        QTRY_COMPARE(page.refundPanel()->blockedReason(),
                     QStringLiteral("At most %1 can still be refunded on this sale.")
                         .arg(Money(12880, cny).toDisplayString(locale())));

        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("12.5"));
        QTRY_VERIFY(page.refundPanel()->canRefund());
        QCOMPARE(page.refundPanel()->blockedReason(), QString());
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("refundButton"))->text(),
                 QStringLiteral("&Refund %1").arg(Money(1250, cny).toDisplayString(locale())));
    }

    void managerApprovesAboveTheThreshold()
    {
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, QStringLiteral("12350")); // SecPaid, EUR 99.90; the threshold is EUR 50.00
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QLineEdit *amount = focusedEdit();
        QVERIFY(amount);
        QTest::keyClicks(amount, QStringLiteral("60.00"));
        QTRY_VERIFY(page.refundPanel()->approvalVisible());
        QVERIFY(!page.refundPanel()->canRefund());
        QCOMPARE(page.refundPanel()->blockedReason(),
                 QStringLiteral("A manager's approval is needed: the manager enters their PIN."));

        // Enter moves to the manager's PIN.
        QTest::keyClick(amount, Qt::Key_Return);
        QLineEdit *pin = focusedEdit();
        QVERIFY(pin);
        QCOMPARE(pin->objectName(), QStringLiteral("approvalPin"));
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("approvalManager"))->currentText(),
                 QStringLiteral("manager"));

        QTest::keyClicks(pin, QStringLiteral("9999"));
        QVERIFY(page.refundPanel()->canRefund());
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && pin->text().isEmpty(), 10000);
        QCOMPARE(page.screen(), CounterPage::Screen::Sale);
        QCOMPARE(page.refundPanel()->blockedReason(),
                 QStringLiteral("Wrong PIN. 4 more tries before Morgan Manager is locked out."));
        QVERIFY(!page.refundPanel()->canRefund());
        QCOMPARE(QApplication::focusWidget(), pin);

        QTest::keyClicks(pin, QStringLiteral("2222"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Result, 15000);
        QCOMPARE(page.resultPage()->headline(), QStringLiteral("Refund pending"));
        QCOMPARE(page.resultPage()->refund().approvedBy, QStringLiteral("manager"));
        QCOMPARE(page.resultPage()->refund().amount, Money(6000, *Currency::fromCode(u"EUR")));
    }

    void findsSalesByReferenceAndSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::newRow("Pockyt reference")
            << QStringLiteral("POS-PK-1002") << QStringLiteral("Pockyt 297553638300708563 (POS-PK-1002)") << QString();
        QTest::newRow("PW reference, after asking Pockyt")
            << QStringLiteral("1-1438673740-0004-01") << QStringLiteral("PW v3 529-1438673740-4 (1-1438673740-0004-01)")
            << QString();
        QTest::newRow("reference of another PW account")
            << QStringLiteral("1-1438673740-0005-01") << QString()
            << QStringLiteral("No sale 1-1438673740-0005-01 was found, in the ledger or at Pockyt or PW v3. Check "
                              "the number on the receipt.");
        QTest::newRow("unknown transaction")
            << QStringLiteral("297553638300709999") << QString()
            << QStringLiteral("No sale 297553638300709999 was found, in the ledger or at Pockyt. Check the number on "
                              "the receipt.");
        QTest::newRow("not a receipt")
            << QStringLiteral("hello there!") << QString()
            << QStringLiteral("Not a receipt RefundDesk knows. Type the transaction number, reference, PayNet checkout "
                              "id or SecPaid pay id printed on the receipt.");
    }

    void findsSalesByReferenceAndSaysWhatIsWrong()
    {
        QFETCH(QString, typed);
        QFETCH(QString, title);
        QFETCH(QString, message);
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, typed);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        if (title.isEmpty() || page.screen() != CounterPage::Screen::Sale) {
            QCOMPARE(page.screen(), CounterPage::Screen::Search);
            QCOMPARE(page.searchMessage(), message);
            QCOMPARE(QApplication::focusWidget(), page.searchField());
        } else {
            QCOMPARE(page.screen(), CounterPage::Screen::Sale);
            QCOMPARE(page.findChild<QLabel *>(QStringLiteral("saleTitle"))->text(), title);
        }
    }

    void resultFollowsTheRefundLive()
    {
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, QStringLiteral("9b19e246-cc2a-4829-998f-67080cc732bb")); // PayNet, the bank rejects refunds
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QLineEdit *amount = focusedEdit();
        QVERIFY(amount);
        QTest::keyClicks(amount, QStringLiteral("25.00"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Result, 15000);
        QCOMPARE(page.resultPage()->headline(), QStringLiteral("Refund pending"));

        // PayNet's webhook reaches the demo's receiver; the open result page follows it.
        QString error;
        QVERIFY2(m_fixture.settlePayNet(page.resultPage()->refund().refundId, QStringLiteral("REJECTED"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(page.resultPage()->headline(), QStringLiteral("Refund rejected"), 10000);
        QCOMPARE(page.resultPage()->refund().status, RefundStatus::Rejected);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("resultNext"))->text(),
                 QStringLiteral("No money was returned. Check the sale with the gateway, or refund another way the "
                                "store allows."));
    }

    void backOfficeStaffSeeWhyTheyCannotRefund()
    {
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
        CounterPage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, QStringLiteral("529-1438673740-1"));
        QTRY_COMPARE_WITH_TIMEOUT(page.screen(), CounterPage::Screen::Sale, 10000);
        QTRY_COMPARE(page.refundPanel()->blockedReason(),
                     QStringLiteral("Back-office accounts settle and audit refunds but do not issue them; sign in as "
                                    "a clerk or manager."));
        QVERIFY(!page.refundPanel()->canRefund());
    }
};

QTEST_MAIN(TestCounterPage)
#include "tst_counterpage.moc"
