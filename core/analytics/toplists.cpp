#include "toplists.h"

#include "analytics/chunkstore.h"
#include "import/resourcetotals.h"
#include "storage/sqlitestatement.h"

#include <algorithm>
#include <unordered_map>

namespace rd {
namespace {

using Integer = CommonScale::Integer;

struct ListedEntry
{
    std::int64_t resourceId;
    qint64 usages;
    Integer revenue; // over the scale's denominator
};

struct TopList
{
    const SelectedDsr *dsr = nullptr;
    std::vector<ListedEntry> entries;
    bool truncated = false; // the DSR has more resources than its list holds
    Integer bound = 0;      // what an unlisted resource earns there at most (never below 0)
};

struct Candidate
{
    std::int64_t resourceId = 0;
    qint64 usages = 0;
    Integer listed = 0;         // sum of the listed entries
    Integer unlistedBound = 0;  // what the truncated lists it is missing from can add
    std::vector<int> listedIn;  // indexes of the lists that hold it
    Integer upper() const { return listed + unlistedBound; }
};

bool readList(SqliteStatement &q, const SelectedDsr &dsr, const CommonScale &scale, TopList &list)
{
    q.bind(1, dsr.id);
    list.dsr = &dsr;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 2));
        const auto revenue = DecimalSum::fromString(std::string_view(text, std::size_t(sqlite3_column_bytes(q.get(), 2))));
        if (!revenue) {
            rc = SQLITE_CORRUPT;
            break;
        }
        list.entries.push_back({sqlite3_column_int64(q.get(), 0), sqlite3_column_int64(q.get(), 1),
                                scale.numerator(dsr.id, *revenue)});
    }
    q.reset();
    list.truncated = list.entries.size() >= std::size_t(ResourceTotals::kTopListSize);
    if (list.truncated)
        list.bound = std::max(Integer(0), list.entries.back().revenue);
    return rc == SQLITE_DONE;
}

} // namespace

std::optional<QList<TopResource>> topFromLists(sqlite3 *db, ChunkStore &chunks, const QList<const SelectedDsr *> &dsrs,
                                               const CommonScale &scale, int count, const std::atomic_bool *canceled)
{
    std::vector<TopList> lists(std::size_t(dsrs.size()));
    Integer unseenBound = 0; // what a resource in no list can reach
    SqliteStatement listQuery(db, "SELECT resource_id, usages, revenue FROM dsr_top_resources WHERE dsr_id = ? ORDER BY rank");
    if (!listQuery.valid())
        return std::nullopt;
    for (qsizetype i = 0; i < dsrs.size(); ++i) {
        if (!readList(listQuery, *dsrs[i], scale, lists[std::size_t(i)]))
            return std::nullopt;
        unseenBound += lists[std::size_t(i)].bound;
    }

    std::unordered_map<std::int64_t, Candidate> byId;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        for (const ListedEntry &e : lists[i].entries) {
            Candidate &c = byId[e.resourceId];
            c.resourceId = e.resourceId;
            c.usages += e.usages;
            c.listed += e.revenue;
            c.listedIn.push_back(int(i));
        }
    }
    std::vector<Candidate> candidates;
    candidates.reserve(byId.size());
    for (auto &[id, c] : byId) {
        c.unlistedBound = unseenBound;
        for (int i : c.listedIn)
            c.unlistedBound -= lists[std::size_t(i)].bound;
        candidates.push_back(std::move(c));
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const Integer ua = a.upper(), ub = b.upper();
        return ua != ub ? ua > ub : a.resourceId < b.resourceId;
    });

    struct Exact
    {
        std::int64_t resourceId;
        qint64 usages;
        Integer revenue;
    };
    auto better = [](const Exact &a, const Exact &b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.resourceId < b.resourceId;
    };
    std::vector<Exact> best; // a heap whose front is the weakest of the best `count`
    bool settled = false;
    for (const Candidate &c : candidates) {
        if (canceled && canceled->load(std::memory_order_relaxed))
            return std::nullopt;
        // Strictly better than anything left, so ties never depend on what was not looked at.
        if (best.size() == std::size_t(count) && best.front().revenue > c.upper() && best.front().revenue > unseenBound) {
            settled = true;
            break;
        }
        Exact exact{c.resourceId, c.usages, c.listed};
        std::size_t next = 0;
        for (std::size_t i = 0; i < lists.size(); ++i) {
            if (next < c.listedIn.size() && std::size_t(c.listedIn[next]) == i) {
                ++next;
                continue;
            }
            if (!lists[i].truncated)
                continue; // a complete list without it: the DSR has none of it
            if (const auto sums = chunks.find(lists[i].dsr->id, c.resourceId)) {
                exact.usages += sums->usages;
                exact.revenue += scale.numerator(lists[i].dsr->id, sums->revenue);
            } else if (chunks.failed()) {
                return std::nullopt;
            }
        }
        best.push_back(std::move(exact));
        std::push_heap(best.begin(), best.end(), better);
        if (best.size() > std::size_t(count)) {
            std::pop_heap(best.begin(), best.end(), better);
            best.pop_back();
        }
    }
    // Every candidate examined: certain if nothing unlisted can compete.
    if (!settled)
        settled = unseenBound == 0 || (best.size() == std::size_t(count) && best.front().revenue > unseenBound);
    if (!settled)
        return std::nullopt;
    std::sort(best.begin(), best.end(), better);
    QList<TopResource> top;
    for (const Exact &e : best) {
        TopResource r;
        r.resourceId = e.resourceId;
        r.usages = e.usages;
        r.revenue = scale.amount(e.revenue);
        top << r;
    }
    return top;
}

} // namespace rd
