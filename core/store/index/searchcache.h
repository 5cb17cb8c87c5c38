#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace rd {

class Database;
class TransposedSums;

// What a text search needs, kept once per process for the database in use:
// the search corpus and the transposed per-resource sums. Every Analytics
// query opens its own connection, and reading 5M resources or 40M sums again
// for each would cost what these are meant to save.
class SearchCache
{
public:
    struct Found
    {
        std::vector<std::int64_t> ids; // the matching resources, ascending
        // The transposed sums, when prepare() has read them: for the DSRs they
        // hold, the search's sums need no chunk. Null before that.
        std::shared_ptr<const TransposedSums> sums;
    };
    // The resources whose text contains the needle, after bringing the corpus
    // up to date with the database; nullopt when the corpus cannot answer
    // (not prepared yet, a read error, or a needle SearchCorpus does not
    // accept) and the caller should ask SQL instead.
    static std::optional<Found> find(Database &database, std::string_view needle);
    // Reads the corpus, and the transposed sums when DSRs came or went since
    // they were read, ahead of the next search. Takes seconds on 100M rows:
    // run it off the GUI thread. False on a read error or when canceled.
    static bool prepare(Database &database, const std::atomic_bool *canceled = nullptr);
    // What the corpus and the sums take in memory, in bytes.
    struct Footprint
    {
        std::size_t corpus = 0, sums = 0;
    };
    static Footprint footprint();
    // Frees both (tests, and memory figures).
    static void clear();
};

} // namespace rd
