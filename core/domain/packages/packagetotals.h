#pragma once

#include "packages/package.h"
#include "money/decimalsum.h"

#include <QList>
#include <QString>

namespace rd {

// A package's lines summed exactly per currency: what an accountant checks
// first, on the Packages page, in `package show` and in the exported manifest.
struct CurrencyTotals
{
    QString currency;
    DecimalSum revenue, adjustment, recouped, net;
    qint64 lines = 0;
    qint64 overclaimedLines = 0;
};

// In currency order.
QList<CurrencyTotals> totalsByCurrency(const QList<ResidualLine> &lines);

} // namespace rd
