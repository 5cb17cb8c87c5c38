#pragma once

#include <QLocale>
#include <QString>

namespace rd::ui {

// Shows an exact decimal text (as stored) rounded half to even to the given
// decimals, with the locale's digit grouping and decimal mark. Text only:
// no binary floating point ever touches the amount.
QString formatAmount(const QString &exactDecimal, int decimals = 2, const QLocale &locale = QLocale());

} // namespace rd::ui
