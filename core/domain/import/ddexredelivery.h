#pragma once

#include "import/ddexgroups.h"
#include "ingest/importresult.h"
#include "storage/dsrrecord.h"

#include <QList>

namespace rd {

class Database;

// A DDEX report whose DSRs are all imported already: each is diffed against
// its current version, and the diffs are applied together in one transaction
// (or only reported: see Redelivery::review).
struct DdexRedelivery
{
    const ddex::ReportAnalysis &analysis;
    std::vector<DdexGroup> &groups;
    const std::vector<DsrRecord> &currents; // one per group, in order
    const std::vector<ValidationIssue> &issues;
    std::uint64_t warnings, errors;
    QString reportSha, messageId;

    QList<ImportResult> run(Database &db, const ImportOptions &options);

private:
    static QList<ImportResult> failed(ImportResult result, const QString &error);
};

} // namespace rd
