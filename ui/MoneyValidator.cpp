#include "MoneyValidator.h"

namespace RefundDesk {

MoneyValidator::MoneyValidator(Currency currency, QLocale locale, QObject *parent)
    : QValidator(parent)
    , m_currency(currency)
    , m_locale(std::move(locale))
{ }

void MoneyValidator::setCurrency(Currency currency)
{
    m_currency = currency;
    Q_EMIT changed();
}

void MoneyValidator::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT changed();
}

MoneyResult MoneyValidator::parse(const QString &text) const
{
    return Money::parse(text, m_currency, m_locale);
}

QValidator::State MoneyValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const MoneyResult parsed = parse(input);
    if (parsed.ok())
        return Acceptable;
    // No amount needs more characters than this; anything longer is a stray paste or a scan.
    constexpr qsizetype kMaxLength = 32;
    return input.size() > kMaxLength ? Invalid : Intermediate;
}

} // namespace RefundDesk
