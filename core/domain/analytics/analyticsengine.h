#pragma once

#include "analytics/analyticsresult.h"
#include "analytics/commonscale.h"
#include "index/searchcache.h"
#include "util/expected.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>
#include <vector>

namespace rd {

class ChunkStore;
class TransposedSums;
class Database;

// The row of a DSR behind a bar, a point or a resource of the Analytics view.
struct DrillRow
{
    qint64 rowId = 0; // dsr_id << 32 | line (of the first version; see fileLine)
    qint64 dsrId() const { return rowId >> 32; }
    // The row's line in the file of the version that wrote it (a re-delivery moves lines).
    qint64 fileLine = 0;
    qint64 line() const { return fileLine != 0 ? fileLine : (rowId & 0xFFFFFFFF); }
    QString territory, dsp, offer, currency;
    QDate periodStart, periodEnd;
    QString dspId, title, artists, isrc;
    std::optional<qint64> usages;
    QString revenue; // exact decimal text as reported; empty when missing
};

// What was clicked: a dimension value, or a resource.
struct DrillTarget
{
    std::optional<Dimension> dimension;
    QString key, subKey;
    qint64 resourceId = 0;
};

// Answers the Analytics view, the CLI's totals and the top lists from the
// aggregates kept at import: DSR totals, per-resource chunks and top lists.
class AnalyticsEngine
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsEngine)

public:
    explicit AnalyticsEngine(Database &database);
    ~AnalyticsEngine();

    Expected<Dashboard> dashboard(const AnalyticsFilter &filter, int topCount = 100,
                                  const std::atomic_bool *canceled = nullptr);
    Expected<Totals> totals(const AnalyticsFilter &filter, Dimension dimension);
    // Rows in DSR and line order after afterRowId (0 for the first page).
    Expected<QList<DrillRow>> drillRows(const AnalyticsFilter &filter, const DrillTarget &target, qint64 afterRowId,
                                        int limit);

    // The filter narrowed to a clicked dimension value.
    static AnalyticsFilter narrowed(AnalyticsFilter filter, const DrillTarget &target);

private:
    struct DsrShare
    {
        const SelectedDsr *dsr = nullptr;
        qint64 usages = 0;
        CommonScale::Integer revenue; // over the scale's denominator; 0 without a rate
    };
    // What one query works on: the selected DSRs, their common scale and,
    // with a search, the matching resources (sorted ids), found once.
    struct Scope
    {
        explicit Scope(DsrSelection s) : selection(std::move(s)), scale(selection.dsrs) {}
        DsrSelection selection;
        CommonScale scale;
        std::optional<std::vector<std::int64_t>> matches;
        std::shared_ptr<const TransposedSums> transposed; // for summing the matches, when read
    };
    Expected<Scope> scope(const AnalyticsFilter &filter);
    // Each DSR's usages and revenue, and the top resources (none for topCount 0),
    // restricted to the matching resources when searching.
    struct Summed
    {
        std::vector<DsrShare> shares;
        QList<TopResource> top;
        bool topFromLists = false;
    };
    Expected<Summed> sum(const Scope &scope, int topCount, const std::atomic_bool *canceled);
    static DsrShare share(const Scope &scope, const SelectedDsr &dsr, qint64 usages, const DecimalSum &revenue);
    Expected<SearchCache::Found> matchingResources(const QString &search);
    Expected<QList<TopResource>> topResources(const Scope &scope, int count, bool &fromLists,
                                              const std::atomic_bool *canceled);
    static QList<TotalRow> group(const std::vector<DsrShare> &shares, const CommonScale &scale, Dimension dimension);
    bool describe(QList<TopResource> &resources);

    Database &m_db;
    std::unique_ptr<ChunkStore> m_chunks;
};

QString dimensionName(Dimension dimension);
std::optional<Dimension> dimensionFromName(const QString &name);

} // namespace rd
