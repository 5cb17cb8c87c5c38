#include "searchcorpus.h"

#include "db/sqlitestatement.h"
#include "util/cancelflag.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <thread>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace rd {
namespace {

constexpr char kFieldEnd = '\x1f';
constexpr char kRecordEnd = '\n';
constexpr int kFields = 4; // title, artists, ISRC, DSP id

char fold(char c)
{
    if (c >= 'A' && c <= 'Z')
        return char(c - 'A' + 'a');
    // A needle never holds a control character (see accepts()), so one in a
    // field can never be part of a match: it becomes a separator.
    return static_cast<unsigned char>(c) < 0x20 ? kFieldEnd : c;
}

template<typename String>
void appendFolded(String &to, std::string_view text)
{
    const std::size_t at = to.size();
    to.resize(at + text.size());
    std::transform(text.begin(), text.end(), to.begin() + std::ptrdiff_t(at), fold);
}

// Appends a resource's record: columns 1 to 4 of the row (title, artists, ISRC, DSP id), folded.
template<typename String>
void appendRecord(String &to, const SqliteStatement &row)
{
    for (int field = 1; field <= kFields; ++field) {
        appendFolded(to, row.text(field));
        to += field < kFields ? kFieldEnd : kRecordEnd;
    }
}

// The first position in text[at, end) where the needle begins, or npos.
using FindFunction = std::size_t (*)(const char *text, std::size_t at, std::size_t end, std::string_view needle);

std::size_t findWithMemmem(const char *text, std::size_t at, std::size_t end, std::string_view needle)
{
    const void *hit = at + needle.size() <= end ? memmem(text + at, end - at, needle.data(), needle.size()) : nullptr;
    return hit ? std::size_t(static_cast<const char *>(hit) - text) : std::string_view::npos;
}

#if defined(__x86_64__)
// Whether the bytes between the first and the last agree with the needle's.
// Inline: a candidate nearly always fails at its second byte, sooner than a
// call to memcmp returns.
inline bool sameMiddle(const char *at, std::string_view needle)
{
    for (std::size_t j = 1; j + 1 < needle.size(); ++j)
        if (at[j] != needle[j])
            return false;
    return true;
}

// Many candidate positions at a time: only those whose first and last bytes
// both agree with the needle's, which few do, are compared in full. The
// same loop for SSE2 (16 positions, every x86-64) and AVX2 (32).
#define RD_FIND_LOOP(Vector, Width, set1, loadu, cmpeq, and_, movemask)                                              \
    const std::size_t n = needle.size();                                                                               \
    const Vector firstByte = set1(needle.front());                                                                     \
    const Vector lastByte = set1(needle.back());                                                                       \
    for (; at + n - 1 + (Width) <= end; at += (Width)) {                                                               \
        const Vector starts = loadu(reinterpret_cast<const Vector *>(text + at));                                      \
        const Vector ends = loadu(reinterpret_cast<const Vector *>(text + at + n - 1));                                \
        for (auto mask = unsigned(movemask(and_(cmpeq(starts, firstByte), cmpeq(ends, lastByte)))); mask != 0;         \
             mask &= mask - 1) {                                                                                       \
            const std::size_t pos = at + std::size_t(__builtin_ctz(mask));                                             \
            if (sameMiddle(text + pos, needle))                                                                        \
                return pos;                                                                                            \
        }                                                                                                              \
    }                                                                                                                  \
    return findWithMemmem(text, at, end, needle);

std::size_t findWithSse2(const char *text, std::size_t at, std::size_t end, std::string_view needle)
{
    RD_FIND_LOOP(__m128i, 16, _mm_set1_epi8, _mm_loadu_si128, _mm_cmpeq_epi8, _mm_and_si128, _mm_movemask_epi8)
}

__attribute__((target("avx2"))) std::size_t findWithAvx2(const char *text, std::size_t at, std::size_t end,
                                                           std::string_view needle)
{
    RD_FIND_LOOP(__m256i, 32, _mm256_set1_epi8, _mm256_loadu_si256, _mm256_cmpeq_epi8, _mm256_and_si256,
                 _mm256_movemask_epi8)
}
#undef RD_FIND_LOOP

FindFunction pickFindFunction() { return __builtin_cpu_supports("avx2") ? findWithAvx2 : findWithSse2; }
#else
FindFunction pickFindFunction() { return findWithMemmem; }
#endif

} // namespace

bool SearchCorpus::extend(sqlite3 *db, const std::atomic_bool *canceled)
{
    SqliteStatement q(db, "SELECT id, title, artists, isrc, dsp_id FROM resources WHERE id > ? ORDER BY id");
    if (!q.valid())
        return false;
    q.bind(1, lastId());
    const std::size_t keptText = m_text.size(), keptRecords = m_ids.size();
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (m_text.size() > std::numeric_limits<std::uint32_t>::max() - 4096
            || (m_ids.size() % 65536 == 0 && isCanceled(canceled)))
            break;
        m_starts.push_back(std::uint32_t(m_text.size()));
        m_ids.push_back(sqlite3_column_int64(q.get(), 0));
        appendRecord(m_text, q);
    }
    if (rc != SQLITE_DONE || m_text.size() > std::numeric_limits<std::uint32_t>::max()) {
        m_text.resize(keptText);
        m_starts.resize(keptRecords);
        m_ids.resize(keptRecords);
        return false;
    }
    return true;
}

std::string_view SearchCorpus::record(std::size_t index) const
{
    const std::size_t end = index + 1 < m_starts.size() ? m_starts[index + 1] : m_text.size();
    return std::string_view(m_text.data() + m_starts[index], end - m_starts[index]);
}

bool SearchCorpus::describes(sqlite3 *db) const
{
    if (m_ids.empty())
        return true;
    SqliteStatement q(db, "SELECT id, title, artists, isrc, dsp_id FROM resources WHERE id = ?");
    if (!q.valid())
        return false;
    q.bind(1, lastId());
    if (q.step() != SQLITE_ROW)
        return false;
    std::string folded;
    appendRecord(folded, q);
    return folded == record(m_ids.size() - 1);
}

bool SearchCorpus::accepts(std::string_view needle)
{
    return std::none_of(needle.begin(), needle.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

std::vector<std::int64_t> SearchCorpus::find(std::string_view needle, int threads) const
{
    std::string folded;
    appendFolded(folded, needle);
    if (folded.empty())
        return std::vector<std::int64_t>(m_ids.begin(), m_ids.end());
    // Split the records into runs of about equal text, one per thread.
    threads = std::max(1, std::min(threads, int(m_ids.size() / 4096) + 1));
    std::vector<std::size_t> bounds{0};
    for (int t = 1; t < threads; ++t) {
        const auto at = std::uint32_t(m_text.size() * std::size_t(t) / std::size_t(threads));
        bounds.push_back(std::size_t(std::lower_bound(m_starts.begin(), m_starts.end(), at) - m_starts.begin()));
    }
    bounds.push_back(m_ids.size());
    std::vector<std::vector<std::int64_t>> found(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] { findIn(folded, bounds[std::size_t(t)], bounds[std::size_t(t) + 1], found[std::size_t(t)]); });
    findIn(folded, bounds[0], bounds[1], found[0]);
    for (std::thread &worker : workers)
        worker.join();
    std::vector<std::int64_t> ids = std::move(found[0]);
    for (std::size_t t = 1; t < found.size(); ++t)
        ids.insert(ids.end(), found[t].begin(), found[t].end());
    return ids;
}

std::size_t SearchCorpus::recordAfter(std::size_t from, std::size_t last, std::size_t pos) const
{
    // Galloping: the next match is usually a few records on, where a binary
    // search over all of them would touch a dozen far-apart cache lines.
    std::size_t low = from, step = 1;
    while (low + step < last && m_starts[low + step] <= pos) {
        low += step;
        step *= 2;
    }
    const auto high = m_starts.begin() + std::ptrdiff_t(std::min(low + step, last));
    return std::size_t(std::upper_bound(m_starts.begin() + std::ptrdiff_t(low), high, std::uint32_t(pos)) - m_starts.begin());
}

void SearchCorpus::findIn(std::string_view needle, std::size_t first, std::size_t last, std::vector<std::int64_t> &out) const
{
    if (first >= last)
        return;
    static const FindFunction findFirst = pickFindFunction();
    const std::size_t end = last < m_starts.size() ? m_starts[last] : m_text.size();
    std::size_t at = m_starts[first];
    std::size_t record = first;
    while (at < end) {
        const std::size_t pos = findFirst(m_text.data(), at, end, needle);
        if (pos == std::string_view::npos)
            break;
        // The record holding the match (a match never crosses a record's end); go on after it.
        record = recordAfter(record, last, pos);
        out.push_back(m_ids[record - 1]);
        at = record < last ? std::size_t(m_starts[record]) : end;
    }
}

} // namespace rd
