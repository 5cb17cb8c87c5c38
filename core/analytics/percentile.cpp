#include "percentile.h"

#include "analytics/chunkstore.h"
#include "analytics/commonscale.h"
#include "analytics/dsrselection.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace rd {
namespace {

using Integer = CommonScale::Integer;

struct ResourceAcc
{
    Integer revenue = 0;
    qint64 usages = 0;
    int group = -1;
};

struct Group
{
    std::string dspId, isrc;
    Integer revenue = 0;
    qint64 usages = 0;
    std::int64_t best = 0; // the variant with the highest revenue names the line
    Integer bestRevenue = 0;
    std::unordered_map<qint64, Integer> byDsr;
};

bool isCanceled(const std::atomic_bool *canceled) { return canceled && canceled->load(std::memory_order_relaxed); }

std::string columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string(text, std::size_t(sqlite3_column_bytes(statement, column))) : std::string();
}

} // namespace

std::size_t PercentileReporter::prefixLength(const std::vector<Integer> &sortedRevenues, int percent)
{
    Integer total = 0;
    for (const Integer &r : sortedRevenues)
        total += r;
    // cumulative / total >= percent / 100, without division
    const Integer target = total * percent;
    Integer cumulative = 0;
    std::size_t k = 0;
    while (cumulative * 100 < target && k < sortedRevenues.size())
        cumulative += sortedRevenues[k++];
    return cumulative * 100 >= target ? k : sortedRevenues.size();
}

Expected<PercentileReport> PercentileReporter::run(Database &database, const PercentileQuery &query,
                                                   const std::atomic_bool *canceled)
{
    using Result = Expected<PercentileReport>;
    if (query.percent < 1 || query.percent > 100)
        return Result::failure(tr("The percentage must be between 1 and 100, not %1").arg(query.percent));
    AnalyticsFilter filter;
    if (!query.territory.isEmpty())
        filter.territories = {query.territory};
    filter.periodFrom = query.periodStart;
    filter.periodTo = query.periodEnd;
    const auto selection = DsrSelector::select(database, filter);
    if (!selection)
        return Result::failure(selection.error());
    if (!selection->withoutRate().isEmpty())
        return Result::failure(tr("No exchange rate into %1 is in force for: %2. Import rates first.")
                                   .arg(selection->displayCurrency, selection->missingRatesText()));
    const CommonScale scale(selection->dsrs);

    // Visits the sums of every selected DSR (of the `only` resources when given); an error message on failure.
    ChunkStore chunks(database.handle());
    auto forEachSums = [&](const std::vector<std::int64_t> *only,
                           const std::function<void(const SelectedDsr &, const ResourceSums &)> &visit) -> QString {
        for (const SelectedDsr &dsr : selection->dsrs) {
            if (isCanceled(canceled))
                return tr("Canceled");
            if (!chunks.visit(dsr.id, only, [&](const ResourceSums &sums) { visit(dsr, sums); }))
                return tr("Cannot read the resource totals of DSR %1").arg(dsr.id);
        }
        return QString();
    };

    // 1. Each resource's revenue over the selected DSRs.
    std::unordered_map<std::int64_t, ResourceAcc> resources;
    QString error = forEachSums(nullptr, [&](const SelectedDsr &dsr, const ResourceSums &sums) {
        ResourceAcc &acc = resources[sums.resourceId];
        acc.revenue += scale.numerator(dsr.id, sums.revenue);
        acc.usages += sums.usages;
    });
    if (!error.isEmpty())
        return Result::failure(error);

    // 2. Resources with the same dsp_id and ISRC form one line.
    std::vector<Group> groups;
    {
        std::unordered_map<std::string, int> groupOf;
        SqliteStatement q(database.handle(), "SELECT id, dsp_id, isrc FROM resources");
        if (!q.valid())
            return Result::failure(tr("Cannot read the resources"));
        while (q.step() == SQLITE_ROW) {
            const auto found = resources.find(sqlite3_column_int64(q.get(), 0));
            if (found == resources.end())
                continue;
            std::string dspId = columnText(q.get(), 1), isrc = columnText(q.get(), 2);
            const std::string key = isrc.empty() ? "#" + std::to_string(found->first) : dspId + '\t' + isrc;
            auto [slot, inserted] = groupOf.try_emplace(key, int(groups.size()));
            if (inserted) {
                groups.emplace_back();
                groups.back().dspId = std::move(dspId);
                groups.back().isrc = std::move(isrc);
            }
            Group &g = groups[std::size_t(slot->second)];
            ResourceAcc &acc = found->second;
            acc.group = slot->second;
            g.revenue += acc.revenue;
            g.usages += acc.usages;
            if (g.best == 0 || acc.revenue > g.bestRevenue || (acc.revenue == g.bestRevenue && found->first < g.best)) {
                g.best = found->first;
                g.bestRevenue = acc.revenue;
            }
        }
    }
    std::vector<int> order(groups.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Group &ga = groups[std::size_t(a)], &gb = groups[std::size_t(b)];
        if (ga.revenue != gb.revenue)
            return ga.revenue > gb.revenue;
        return ga.dspId != gb.dspId ? ga.dspId < gb.dspId : ga.isrc < gb.isrc;
    });
    std::vector<Integer> sorted;
    sorted.reserve(order.size());
    Integer total = 0;
    for (int g : order) {
        sorted.push_back(groups[std::size_t(g)].revenue);
        total += groups[std::size_t(g)].revenue;
    }
    const std::size_t keep = total > 0 ? prefixLength(sorted, query.percent) : 0;

    // 3. The DSRs of the lines kept, by the line's revenue in each: only their
    // resources are read again, usually a few lookups per DSR.
    const std::unordered_set<int> kept(order.begin(), order.begin() + std::ptrdiff_t(keep));
    std::vector<std::int64_t> keptResources;
    for (const auto &[id, acc] : resources)
        if (kept.count(acc.group))
            keptResources.push_back(id);
    std::sort(keptResources.begin(), keptResources.end());
    if (!keptResources.empty()) {
        error = forEachSums(&keptResources, [&](const SelectedDsr &dsr, const ResourceSums &sums) {
            groups[std::size_t(resources.at(sums.resourceId).group)].byDsr[dsr.id] += scale.numerator(dsr.id, sums.revenue);
        });
        if (!error.isEmpty())
            return Result::failure(error);
    }

    PercentileReport report;
    report.currency = selection->displayCurrency;
    report.percent = query.percent;
    report.total = scale.amount(total);
    report.resourceCount = int(groups.size());
    SqliteStatement names(database.handle(), "SELECT title, artists FROM resources WHERE id = ?");
    for (std::size_t i = 0; i < keep; ++i) {
        const Group &g = groups[std::size_t(order[i])];
        PercentileItem item;
        item.dspId = QString::fromStdString(g.dspId);
        item.isrc = QString::fromStdString(g.isrc);
        item.usages = g.usages;
        item.revenue = scale.amount(g.revenue);
        names.bind(1, g.best);
        if (names.step() == SQLITE_ROW) {
            item.title = QString::fromStdString(columnText(names.get(), 0));
            item.artists = QString::fromStdString(columnText(names.get(), 1));
        }
        names.reset();
        std::vector<std::pair<qint64, Integer>> dsrs(g.byDsr.begin(), g.byDsr.end());
        std::sort(dsrs.begin(), dsrs.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (const auto &[id, revenue] : dsrs)
            item.dsrs << id;
        report.items << item;
    }
    return report;
}

} // namespace rd
