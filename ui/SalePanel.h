#pragma once

#include "engine/SaleView.h"

#include <QLocale>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace RefundDesk {

// The sale a receipt names, as the counter sees it: gateway, amount, method, date, the
// gateway's status, the refunds so far, what remains refundable, and why not when it cannot
// be refunded (SaleView, the engine's answer).
class SalePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SalePanel(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    void showSale(const SaleView &view);
    const SaleView &view() const { return m_view; }

    // For tests and screen readers: the text of each line.
    QString remainingText() const;
    QString notRefundableText() const;
    QString statusText() const;

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QLocale m_locale;
    SaleView m_view;
    QLabel *m_title;
    QLabel *m_gateway;
    QLabel *m_amount;
    QLabel *m_method;
    QLabel *m_paidAt;
    QLabel *m_status;
    QLabel *m_remaining;
    QLabel *m_source;
    QLabel *m_notRefundable;
    QLabel *m_refundsLabel;
    QTreeWidget *m_refunds;
};

} // namespace RefundDesk
