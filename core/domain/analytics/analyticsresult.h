#pragma once

#include "analytics/dsrselection.h"
#include "money/exactamount.h"

#include <QList>
#include <QString>

namespace rd {

enum class Dimension { Territory, Period, Dsp, Offer, DspOffer };

// One bar or point: the DSRs that share a dimension value, summed.
struct TotalRow
{
    QString key;    // territory code, period "YYYY-MM-DD--YYYY-MM-DD", DSP or offer
    QString subKey; // the offer, for Dimension::DspOffer
    QDate periodStart, periodEnd; // for Dimension::Period
    qint64 usages = 0;
    ExactAmount revenue;
    int dsrCount = 0;
    int dsrsWithoutRate = 0; // left out of revenue (usages still count) because no rate was in force
};

// Totals by one dimension, with what they are in and which DSRs had no rate.
struct Totals
{
    QString currency;
    QString missingRates; // non-empty: "NOK 2020-01-31, …" were left out of revenue
    QList<TotalRow> rows;
};

struct TopResource
{
    qint64 resourceId = 0;
    QString dspId, title, artists, isrc;
    qint64 usages = 0;
    ExactAmount revenue;
};

// Everything the Analytics view shows for one filter.
struct Dashboard
{
    QString currency;      // what the amounts are in
    QString missingRates;  // non-empty: these DSRs were left out, say so
    int dsrCount = 0;
    qint64 usages = 0;
    ExactAmount revenue;
    QList<TotalRow> byTerritory, byPeriod, byDspOffer;
    QList<TopResource> topResources;
    bool topFromLists = false; // answered from the stored top lists (no scan)
    qint64 elapsedMs = 0;
};

} // namespace rd
