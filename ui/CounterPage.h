#pragma once

#include "domain/Sale.h"
#include "engine/RefundOutcome.h"
#include "engine/RefundSubmission.h"
#include "engine/SaleView.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace RefundDesk {

class BusyPanel;
class DeskSession;
class ReceiptCode;
class RefundPanel;
class ResultPage;
class SalePanel;

// The counter, keyboard first: one search field with the focus (type or scan a transaction
// number, reference, PayNet checkout id or SecPaid pay id; Enter looks it up) and "Scan
// receipt"; then the sale with the refund panel (the amount has the focus; Enter refunds; Esc
// goes back); then the result. With no mouse: scan, Enter, amount, Enter, done.
class CounterPage : public QWidget
{
    Q_OBJECT

public:
    enum class Screen { Search, Sale, Result };

    explicit CounterPage(DeskSession &session, QWidget *parent = nullptr);

    // What a person typed or a scanner read; looked up as if typed into the search field.
    void lookUp(const QString &text);
    void lookUpCode(const ReceiptCode &code);
    void backToSearch();

    Screen screen() const;
    bool isBusy() const;
    QString searchMessage() const;
    QLineEdit *searchField() const { return m_search; }
    SalePanel *salePanel() const { return m_sale; }
    RefundPanel *refundPanel() const { return m_refund; }
    ResultPage *resultPage() const { return m_result; }

Q_SIGNALS:
    // Something the person should know about after they moved on ("the refund continues").
    void notice(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void findNext(QList<SaleRef> refs, QStringList notFoundAt, QString problem, int generation);
    void showSale(const SaleView &view);
    void refreshSale();
    void refund(const RefundSubmission &submission);
    void onRefundAnswer(const RefundOutcome &outcome, bool waited);
    void cancelLookup();
    void stopWaitingForRefund();
    void openScanner();
    void setSearchMessage(const QString &text, bool problem);

    DeskSession &m_session;
    QStackedWidget *m_stack;
    // Search
    QLineEdit *m_search;
    QPushButton *m_find;
    QPushButton *m_scan;
    BusyPanel *m_lookupBusy;
    QLabel *m_searchMessage;
    // Sale
    QPushButton *m_back;
    QPushButton *m_refresh;
    QBoxLayout *m_saleRow;
    SalePanel *m_sale;
    RefundPanel *m_refund;
    BusyPanel *m_refundBusy;
    QLabel *m_refundMessage;
    // Result
    ResultPage *m_result;

    int m_lookupGeneration = 0;
    int m_refundGeneration = 0;
    bool m_refunding = false;
};

} // namespace RefundDesk
