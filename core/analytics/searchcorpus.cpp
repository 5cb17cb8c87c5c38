#include "searchcorpus.h"

#include "storage/sqlitestatement.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <thread>

#ifdef __SSE2__
#include <emmintrin.h>
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

} // namespace

void SearchCorpus::appendFolded(std::string &to, std::string_view field)
{
    for (char c : field)
        to += fold(c);
}

bool SearchCorpus::extend(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT id, title, artists, isrc, dsp_id FROM resources WHERE id > ? ORDER BY id");
    if (!q.valid())
        return false;
    q.bind(1, lastId());
    const std::size_t keptText = m_text.size(), keptRecords = m_ids.size();
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (m_text.size() > std::numeric_limits<std::uint32_t>::max() - 4096)
            break;
        m_starts.push_back(std::uint32_t(m_text.size()));
        m_ids.push_back(sqlite3_column_int64(q.get(), 0));
        for (int field = 1; field <= kFields; ++field) {
            appendFolded(m_text, q.text(field));
            m_text += field < kFields ? kFieldEnd : kRecordEnd;
        }
    }
    if (rc != SQLITE_DONE || m_text.size() > std::numeric_limits<std::uint32_t>::max()) {
        m_text.resize(keptText);
        m_starts.resize(keptRecords);
        m_ids.resize(keptRecords);
        return false;
    }
    return true;
}

std::string SearchCorpus::record(std::size_t index) const
{
    const std::size_t end = index + 1 < m_starts.size() ? m_starts[index + 1] : m_text.size();
    return m_text.substr(m_starts[index], end - m_starts[index]);
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
    for (int field = 1; field <= kFields; ++field) {
        appendFolded(folded, q.text(field));
        folded += field < kFields ? kFieldEnd : kRecordEnd;
    }
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
        return m_ids;
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

void SearchCorpus::findIn(std::string_view needle, std::size_t first, std::size_t last, std::vector<std::int64_t> &out) const
{
    if (first >= last)
        return;
    const char *text = m_text.data();
    const std::size_t n = needle.size();
    const std::size_t end = last < m_starts.size() ? m_starts[last] : m_text.size();
    std::size_t at = m_starts[first];
    std::size_t record = first;
    // Takes the record holding a match at `pos` (a match never crosses a
    // record's end) and returns where the next record begins.
    auto take = [&](std::size_t pos) {
        const auto next = std::upper_bound(m_starts.begin() + std::ptrdiff_t(record), m_starts.begin() + std::ptrdiff_t(last),
                                           std::uint32_t(pos));
        record = std::size_t(next - m_starts.begin());
        out.push_back(m_ids[record - 1]);
        return record < last ? std::size_t(m_starts[record]) : end;
    };
#ifdef __SSE2__
    // Sixteen candidate positions at a time: those whose first and last bytes
    // both agree with the needle's, which few do, are compared in full.
    const __m128i firstByte = _mm_set1_epi8(needle.front());
    const __m128i lastByte = _mm_set1_epi8(needle.back());
    while (at + n - 1 + 16 <= end) {
        const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + at));
        const __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + at + n - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(starts, firstByte), _mm_cmpeq_epi8(ends, lastByte))));
        std::size_t next = at + 16;
        while (mask != 0) {
            const std::size_t pos = at + std::size_t(__builtin_ctz(mask));
            if (n <= 2 || std::memcmp(text + pos + 1, needle.data() + 1, n - 2) == 0) {
                next = take(pos);
                break;
            }
            mask &= mask - 1;
        }
        at = next;
    }
#endif
    while (at + n <= end) {
        const void *hit = memmem(text + at, end - at, needle.data(), n);
        if (!hit)
            break;
        at = take(std::size_t(static_cast<const char *>(hit) - text));
    }
}

} // namespace rd
