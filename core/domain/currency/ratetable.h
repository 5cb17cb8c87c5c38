#pragma once

#include "money/decimal.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace rd {

// A rate quoted the ECB way: units of `currency` per one unit of the base.
struct RateQuote
{
    QString currency;
    QDate date;
    Decimal rate;
};

// The quotes of one base currency, for conversions.
//
// The rate in force on a date is the latest quote on or before it, if that
// quote is at most kMaxAgeDays old (the ECB skips weekends and holidays; a
// monthly table quotes month ends). Older or absent quotes mean "no rate in
// force", which callers must report rather than guess.
class RateTable
{
public:
    static constexpr int kMaxAgeDays = 31;

    explicit RateTable(QString base = QStringLiteral("EUR")) : m_base(std::move(base)) {}
    void add(const RateQuote &quote);
    const QString &base() const { return m_base; }

    // The base itself converts at 1 (a quote dated `date`).
    std::optional<RateQuote> inForce(const QString &currency, const QDate &date) const;

private:
    QString m_base;
    std::map<QString, std::map<QDate, Decimal>> m_quotes;
};

} // namespace rd
