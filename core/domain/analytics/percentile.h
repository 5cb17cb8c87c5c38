#pragma once

#include "money/exactamount.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <atomic>
#include <vector>

namespace rd {

class Database;

// One line of the top-percentile report: a resource aggregated across DSRs by
// (dsp_id, ISRC). A resource without an ISRC is its own line.
struct PercentileItem
{
    QString dspId, title, artists, isrc; // title and artists of its highest-earning variant
    qint64 usages = 0;
    ExactAmount revenue;    // in the base currency
    QList<qint64> dsrs;     // the DSRs it appears in, by its revenue there, descending
};

struct PercentileReport
{
    QString currency;
    int percent = 0;
    ExactAmount total;       // of every resource the filter selects
    int resourceCount = 0;   // resources (after aggregation) the filter selects
    QList<PercentileItem> items;
};

struct PercentileQuery
{
    int percent = 100;  // 1..100
    QString territory;  // empty: all
    QDate periodStart;  // a DSR counts when its whole period lies in [periodStart, periodEnd]
    QDate periodEnd;
};

// The resources that together account for the top N% of revenue.
//
// Definition: sort resources by revenue, descending (ties by dsp_id, then
// ISRC, ascending), and return the shortest prefix whose cumulative revenue
// reaches at least N% of the total. So a resource tied with the last one
// included is left out; N = 100 stops at the first prefix that reaches the
// total (resources after it add nothing or are negative); a missing revenue
// counts as zero, and a total of zero or less gives an empty report.
// Amounts are in the base currency; if a selected DSR has no rate in force
// the report fails and names it rather than give a wrong answer.
class PercentileReporter
{
    Q_DECLARE_TR_FUNCTIONS(PercentileReporter)

public:
    static Expected<PercentileReport> run(Database &database, const PercentileQuery &query,
                                          const std::atomic_bool *canceled = nullptr);

    // The prefix length for revenues already sorted descending (exposed for tests).
    static std::size_t prefixLength(const std::vector<ExactAmount::Integer> &sortedRevenues, int percent);
};

} // namespace rd
