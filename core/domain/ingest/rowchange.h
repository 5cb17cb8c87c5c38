#pragma once

#include "formats/dsrrow.h"
#include "money/decimalsum.h"
#include "storage/dsrversions.h"

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

} // namespace rd
