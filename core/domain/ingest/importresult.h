#pragma once

#include "formats/dsrrow.h"
#include "util/inputlimits.h"
#include "formats/validationissue.h"
#include "ingest/rowchange.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rd {

struct ImportOptions
{
    // Reject the whole file when any row has an error (default: import the
    // valid rows and attach the report).
    bool strict = false;
    // Testing seam: fail as if the disk broke once this many rows were written.
    qint64 failAfterRows = -1;
    // Testing seam: a smaller resource cache (a power of two; 0 = the default
    // 2^22 slots) exercises the flush-and-clear path on small files.
    std::size_t resourceCacheSlots = 0;
    // A re-delivery (a file for a report that is already imported, with
    // other content) is applied as a diff only when asked; dryRun computes
    // the diff and writes nothing.
    bool replace = false;
    bool dryRun = false;
    // The caps on hostile input: the importers set them from the book's settings
    // (InputLimitSettings) when an import starts.
    InputLimits limits;
};

struct ImportResult
{
    // Redelivery: the file re-delivers DSR redeliveryOf and was not applied
    // (see ImportOptions::replace); DryRun: the diff was computed as asked.
    enum class Outcome { Imported, Failed, Duplicate, Canceled, Redelivery, DryRun };

    Outcome outcome = Outcome::Failed;
    QString path;
    qint64 dsrId = 0;      // 0 when nothing was recorded (e.g. the file name did not parse)
    qint64 duplicateOf = 0; // the earlier DSR with the same SHA-256
    QString error;
    QString sha256;
    DsrTotals totals;
    double seconds = 0;
    // Re-deliveries: the DSR re-delivered, the diff, and the version applied (0: none).
    qint64 redeliveryOf = 0;
    std::optional<DiffSummary> diff;
    std::shared_ptr<const std::vector<RowChange>> changes;
    int version = 0;
    QString correlationId; // the import's dataflow in the status journal
    // Why a file was refused (strict mode, nothing importable): the first few
    // error findings and how many there were (see ImportFindings).
    std::vector<ValidationIssue> findings;
    quint64 findingCount = 0;

    bool ok() const { return outcome == Outcome::Imported; }
    double rowsPerSecond() const { return seconds > 0 ? static_cast<double>(totals.rows) / seconds : 0; }
};

} // namespace rd
