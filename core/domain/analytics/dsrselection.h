#pragma once

#include "analytics/analyticsfilter.h"
#include "currency/ratetable.h"
#include "money/exactamount.h"
#include "storage/dsrrepository.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rd {

class Database;

// An ingested DSR that a filter selected, with what converting it needs.
struct SelectedDsr
{
    qint64 id = 0;
    QString dsp;
    QString offer;
    QString territory;
    QString currency;
    QDate periodStart;
    QDate periodEnd;
    qint64 usages = 0;
    DecimalSum revenue;             // as reported
    std::optional<RateQuote> rate;  // in force at period end; nullopt: none
    QString sha256;                 // with the id, names the DSR's content for caches

    // The DSR's revenue in the filter's currency; nullopt when no rate is in force.
    std::optional<ExactAmount> amount(const DecimalSum &reported) const;
    bool convertible() const { return rate.has_value(); }
};

// The DSRs a filter selects (before any text search), and the currencies
// that lacked a rate.
struct DsrSelection
{
    QString displayCurrency; // the base, or the chosen original currency
    QList<SelectedDsr> dsrs;

    QList<const SelectedDsr *> withoutRate() const;
    // "NOK on 2020-01-31, …": for the warnings the UI and CLI show.
    QString missingRatesText() const;
};

class DsrSelector
{
    Q_DECLARE_TR_FUNCTIONS(DsrSelector)

public:
    // Purged DSRs (rows gone after the retention window) are left out unless asked for alone.
    enum class Rows { Held, Purged };
    static Expected<DsrSelection> select(Database &database, const AnalyticsFilter &filter, Rows rows = Rows::Held);
    // Every DSR (ingested) whatever the filter: the values the filter lists offer.
    using Dimensions = DsrDimensions;
    static Expected<Dimensions> dimensions(Database &database);
};

} // namespace rd
