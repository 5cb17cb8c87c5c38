#pragma once

#include <QLocale>
#include <QString>

namespace rd {

// The one number format of every amount a user reads (tables, tooltips, the
// CLI's tables): an exact decimal text (as stored) rounded half to even to the
// given decimals, with the locale's digit grouping and decimal mark. Text
// only: no binary floating point ever touches the amount.
QString formatAmount(const QString &exactDecimal, int decimals = 2, const QLocale &locale = QLocale());

class DecimalSum;

// The same for an exact sum.
QString formatSum(const DecimalSum &sum, int decimals = 2, const QLocale &locale = QLocale());

// A count (usages, rows) with the locale's digit grouping.
QString formatCount(qint64 count, const QLocale &locale = QLocale());

// An amount with its currency code after it, as accountants' reports write it
// ("1,234.50 EUR"; in French "1 234,50 EUR").
QString formatMoney(const QString &exactDecimal, const QString &currency, int decimals = 2, const QLocale &locale = QLocale());

} // namespace rd
