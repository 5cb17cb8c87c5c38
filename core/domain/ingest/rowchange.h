#pragma once

#include "formats/dsrrow.h"
#include "money/decimalsum.h"

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string>

namespace rd {

// A row of a new delivery that a diff keeps: created or changed.
struct DeliveredRow
{
    std::uint64_t line = 0;
    std::string dspId, title, artists, isrc;
    std::optional<std::int64_t> usages;
    std::optional<Decimal> revenue;

    static DeliveredRow from(const DsrRow &row);
    // A DsrRow over this row's strings (valid while it lives), to be written.
    DsrRow view() const;
};

struct RowChange
{
    enum class Kind { Created, Updated, Deleted };
    Kind kind = Kind::Created;
    qint64 rowId = 0;                  // the stored row: updated or deleted
    std::optional<DeliveredRow> after; // created or updated
};

// What a re-delivery changes, row by row and in total. Shared by the import
// result (which offers a re-delivery) and the row diff (which computes it).
struct DiffSummary
{
    qint64 created = 0, updated = 0, deleted = 0, unchanged = 0;
    qint64 usagesDelta = 0;
    DecimalSum revenueDelta;
    bool empty() const { return created == 0 && updated == 0 && deleted == 0; }
};

} // namespace rd
