#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/hugepageallocator.h"

struct sqlite3;

namespace rd {

// Every resource's searchable text (title, artists, ISRC and DSP id) in one
// contiguous buffer, folded to ASCII lower case, so that a text search is a
// vectorised scan of memory instead of a walk of the resources table (about
// 0.6 s for 5M resources). Matches what TextMatcher and SQL's LIKE '%x%' match.
//
// Committed resources are never changed or deleted, so the corpus only ever
// grows: extend() appends the resources added since it last read.
class SearchCorpus
{
public:
    // Appends the resources with ids above lastId(), in id order. False on a
    // read error, when canceled, or when the text would pass 4 GiB (then it
    // is left as it was).
    bool extend(sqlite3 *db, const std::atomic_bool *canceled = nullptr);
    // Whether the database still has the resources this corpus read: its
    // last resource reads as this corpus has it (a different database at the
    // same path would not). False on a read error too.
    bool describes(sqlite3 *db) const;

    std::int64_t lastId() const { return m_ids.empty() ? 0 : m_ids.back(); }
    std::size_t resourceCount() const { return m_ids.size(); }
    std::size_t bytes() const { return m_text.size() + m_starts.size() * sizeof(std::uint32_t) + m_ids.size() * sizeof(std::int64_t); }

    // Whether find() can look for the needle: control characters separate
    // the fields in the corpus, so needles with them are left to SQL.
    static bool accepts(std::string_view needle);
    // The ids of the resources whose text contains the needle (ignoring ASCII
    // case), ascending; the scan is split across `threads` threads.
    std::vector<std::int64_t> find(std::string_view needle, int threads = 1) const;

private:
    std::string_view record(std::size_t index) const;
    // The first record in [from, last) that begins after pos.
    std::size_t recordAfter(std::size_t from, std::size_t last, std::size_t pos) const;
    // The matches among the records [first, last).
    void findIn(std::string_view needle, std::size_t first, std::size_t last, std::vector<std::int64_t> &out) const;

    template<typename T>
    using HugeArray = std::vector<T, HugePageAllocator<T>>;
    std::basic_string<char, std::char_traits<char>, HugePageAllocator<char>> m_text; // records of fields separated by 0x1F; each ends with '\n'
    HugeArray<std::uint32_t> m_starts; // where each record begins in m_text
    HugeArray<std::int64_t> m_ids;   // each record's resource id, ascending
};

} // namespace rd
