#pragma once

#include <QDate>
#include <QStringList>

namespace rd {

// What an analysis looks at. Empty lists and invalid dates mean "any".
//
// A DSR counts when its whole period lies inside [periodFrom, periodTo].
// Amounts are converted into the base currency unless `currency` names one
// original currency, in which case only DSRs in that currency count and
// their amounts are shown as reported.
struct AnalyticsFilter
{
    QStringList territories;
    QDate periodFrom;
    QDate periodTo;
    QStringList dsps;
    QStringList offers;
    QString currency; // empty: the base currency
    QString search;   // substring of title, artists or ISRC (ASCII case-insensitive)

    bool inBaseCurrency() const { return currency.isEmpty(); }
    friend bool operator==(const AnalyticsFilter &, const AnalyticsFilter &) = default;
};

} // namespace rd
