#pragma once

#include "formats/ddex/ddexrecord.h"
#include "formats/validationissue.h"
#include "money/decimal.h"

#include <optional>
#include <string>
#include <vector>

namespace rd::ddex {

// What was used: the resource (or, failing that, the release) a sales record names.
struct UsedItem
{
    std::string dspId, title, artists, isrc; // artists '|'-separated; isrc normalized when valid
};

// One sales record (SU01, SU02 or SU03) of a block, resolved.
struct SaleRow
{
    std::uint64_t line = 0;
    std::string recordType;
    std::string summaryId;
    UsedItem item;
    std::int64_t usages = 0;
    bool hasUsages = false;
    std::optional<Decimal> revenue; // reported on the row (SU03); SU01/SU02 carry none
    bool rejected = false;          // an error keeps it out
};

// One rights-controller share (LI01) of a block's resource.
struct ShareRow
{
    std::uint64_t line = 0;
    std::string summaryId;
    UsedItem item;
    std::string rightsController, rightsControllerPartyId, rightType;
    std::string share; // percent, as written
    std::string allocatedNetRevenue, allocatedAmount;
    std::string validFrom, validTo; // yyyy-mm-dd of the sales record it follows, when it has a validity period
};

// Resolves a block's sales records to what they used: SU01/SU02 through
// TransactedResource (a ResourceReference) or TransactedRelease (a
// ReleaseReference; a release of one resource is that resource), SU03
// through DspReleaseId (a DspResourceId or DspReleaseId). Checks the values
// on the way; findings carry the record type and column.
class BlockResolver
{
public:
    BlockResolver(const RecordLayouts &layouts, std::string partLabel) : m_layouts(layouts), m_part(std::move(partLabel)) {}

    void resolve(const std::vector<Record> &block, std::vector<SaleRow> &sales, std::vector<ShareRow> &shares,
                 std::vector<ValidationIssue> &issues) const;

    // "2of3: SU02.02 NumberOfStreams" (the part only for multi-file reports).
    std::string location(const Record &record, std::string_view column) const;

private:
    std::optional<UsedItem> itemOf(const std::vector<Record> &block, const Record &sale, std::string &reference) const;
    UsedItem describe(const Record &record, std::vector<ValidationIssue> *issues) const;

    const RecordLayouts &m_layouts;
    std::string m_part;
};

// An ISWC (T-034.524.680-1 or T0345246801): T and ten digits, with a valid check digit.
bool isValidIswc(std::string_view text);
// yyyymmdd or yyyy-mm-dd to yyyy-mm-dd; empty when neither.
std::string isoDate(std::string_view text);

} // namespace rd::ddex
