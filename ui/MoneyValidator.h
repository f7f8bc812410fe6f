#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QValidator>

namespace RefundDesk {

// Checks an amount field as the person types, with Money::parse in the store's locale and
// the sale's currency. A complete amount is Acceptable. Anything else stays visible as
// Intermediate rather than swallowing the keystroke, so the label next to the Refund button
// can say why it is not an amount (parse()'s message: "EUR has 2 decimal places", "an amount
// has no sign"); only text longer than any amount is refused outright.
class MoneyValidator : public QValidator
{
    Q_OBJECT

public:
    MoneyValidator(Currency currency, QLocale locale, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

    Currency currency() const { return m_currency; }
    QLocale locale() const { return m_locale; }
    void setCurrency(Currency currency);
    void setLocale(const QLocale &locale);

    // Money::parse's verdict on text.
    MoneyResult parse(const QString &text) const;

private:
    Currency m_currency;
    QLocale m_locale;
};

} // namespace RefundDesk
