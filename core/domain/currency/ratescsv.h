#pragma once

#include "currency/exchangerates.h"

#include <QCoreApplication>

namespace rd {

// Reads an exchange-rate CSV: `date,currency,rate` per line (an optional
// header line with those names, LF or CRLF, UTF-8 with or without BOM), e.g.
// `2020-01-31,NOK,10.0` = 10 NOK per one unit of the base. The first bad line
// fails the whole file with its line number and field. A line quoting the base
// itself at 1 is passed over and counted.
class RatesCsv
{
    Q_DECLARE_TR_FUNCTIONS(RatesCsv)

public:
    static Expected<RatesFile> read(const QString &path, const QString &base);
};

} // namespace rd
