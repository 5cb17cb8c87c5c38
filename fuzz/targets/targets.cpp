#include "fuzztarget.h"

#include <cstdio>
#include <cstdlib>

namespace rd::fuzz {

RD_FUZZ_ENTRY(fuzzTsvRow);
RD_FUZZ_ENTRY(fuzzTsvFile);
RD_FUZZ_ENTRY(fuzzDecimal);
RD_FUZZ_ENTRY(fuzzGzip);
RD_FUZZ_ENTRY(fuzzFileName);
RD_FUZZ_ENTRY(fuzzDdexRecord);
RD_FUZZ_ENTRY(fuzzDdexReport);
RD_FUZZ_ENTRY(fuzzClaimsCsv);
RD_FUZZ_ENTRY(fuzzRatesCsv);
RD_FUZZ_ENTRY(fuzzUsageEvents);
RD_FUZZ_ENTRY(fuzzStatusJsonl);
RD_FUZZ_ENTRY(fuzzPackageZip);
RD_FUZZ_ENTRY(fuzzReview);

const std::vector<Target> &targets()
{
    // The names are the folders of fuzz/seeds and tests/fuzz-regressions, and the programs' suffixes.
    static const std::vector<Target> all = {
        {"tsv_row", fuzzTsvRow},
        {"tsv_file", fuzzTsvFile},
        {"decimal", fuzzDecimal},
        {"gzip", fuzzGzip},
        {"filename", fuzzFileName},
        {"ddex_record", fuzzDdexRecord},
        {"ddex_report", fuzzDdexReport},
        {"claims_csv", fuzzClaimsCsv},
        {"rates_csv", fuzzRatesCsv},
        {"usage_events", fuzzUsageEvents},
        {"status_jsonl", fuzzStatusJsonl},
        {"package_zip", fuzzPackageZip},
        {"review", fuzzReview},
    };
    return all;
}

const Target *findTarget(std::string_view name)
{
    for (const Target &target : targets())
        if (name == target.name)
            return &target;
    return nullptr;
}

void propertyFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", condition, file, line);
    std::abort();
}

} // namespace rd::fuzz
