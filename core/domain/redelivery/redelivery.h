#pragma once

#include "ingest/importresult.h"
#include "redelivery/redeliverywriter.h"
#include "storage/dsrrecord.h"

#include <QCoreApplication>

namespace rd {

class Database;
class ProgressSink;

// A file for a report that is already imported, with other content: a
// re-delivery. Its rows are diffed against the DSR's current version; the
// diff is only reported (Outcome::Redelivery, or DryRun when asked) unless
// ImportOptions::replace applies it as the DSR's next version.
class Redelivery
{
    Q_DECLARE_TR_FUNCTIONS(Redelivery)

public:
    // A simple-TSV file re-delivering `current`.
    static ImportResult fromTsv(Database &database, const QString &path, const DsrRecord &current,
                                const ImportOptions &options, ProgressSink *progress);
    // Settles a finished diff: identical content, a refusal to apply unasked,
    // a dry run, or the new version applied in one transaction.
    static ImportResult settle(Database &database, const DsrRecord &current, RowDiff &diff, const Delivery &delivery,
                               const ImportOptions &options, ImportResult result);
    // All of settle() but the writing: true when the diff is to be applied
    // (with RedeliveryWriter, inside the caller's transaction).
    static bool review(const DsrRecord &current, RowDiff &diff, const Delivery &delivery, const ImportOptions &options,
                       ImportResult &result);
};

} // namespace rd
