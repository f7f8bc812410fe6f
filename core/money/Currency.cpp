#include "Currency.h"

#include <QLatin1String>

#include <algorithm>
#include <array>

namespace RefundDesk {

namespace {

struct CurrencyEntry
{
    const char *code;
    int exponent;
};

// ISO 4217 alphabetic codes and their minor-unit exponents ("minor unit" column),
// sorted by code. A Currency holds its index into this table; the index never
// leaves the process (code() is what gets stored or sent).
constexpr std::array<CurrencyEntry, 66> kCurrencies {{
    {"AED", 2}, {"ARS", 2}, {"AUD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0}, {"BND", 2}, {"BRL", 2},
    {"CAD", 2}, {"CHF", 2}, {"CLP", 0}, {"CNY", 2}, {"COP", 2}, {"CZK", 2}, {"DJF", 0}, {"DKK", 2}, {"EGP", 2},
    {"EUR", 2}, {"GBP", 2}, {"GNF", 0}, {"HKD", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LKR", 2}, {"LYD", 3},
    {"MAD", 2}, {"MXN", 2}, {"MYR", 2}, {"NGN", 2}, {"NOK", 2}, {"NZD", 2}, {"OMR", 3}, {"PEN", 2}, {"PHP", 2},
    {"PKR", 2}, {"PLN", 2}, {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RWF", 0}, {"SAR", 2}, {"SEK", 2}, {"SGD", 2},
    {"THB", 2}, {"TND", 3}, {"TRY", 2}, {"TWD", 2}, {"UGX", 0}, {"USD", 2}, {"VND", 0}, {"VUV", 0}, {"XAF", 0},
    {"XOF", 0}, {"XPF", 0}, {"ZAR", 2},
}};

} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    // Every amount read from the ledger names its currency: a binary search over the sorted
    // table, three characters compared, instead of a scan through Latin-1 conversions.
    if (code.size() != 3)
        return std::nullopt;
    const auto before = [](const CurrencyEntry &entry, QStringView wanted) {
        for (qsizetype i = 0; i < 3; ++i) {
            const char16_t have = static_cast<unsigned char>(entry.code[i]);
            if (have != wanted[i].unicode())
                return have < wanted[i].unicode();
        }
        return false;
    };
    const auto found = std::lower_bound(kCurrencies.begin(), kCurrencies.end(), code, before);
    if (found == kCurrencies.end() || before(*found, code) || QLatin1String(found->code, 3) != code)
        return std::nullopt;
    return Currency(static_cast<int>(found - kCurrencies.begin()), found->exponent);
}

QString Currency::code() const
{
    return QLatin1String(kCurrencies[static_cast<std::size_t>(m_index)].code);
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_exponent; ++i) {
        factor *= 10;
    }
    return factor;
}

} // namespace RefundDesk
