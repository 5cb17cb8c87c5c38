#pragma once

#include "formats/ddex/ddexreport.h"
#include "ingest/importresult.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace rd {

class Database;
struct DdexGroup;
class ProgressSink;

// Imports a DDEX DSR flat-file report (plain or gzip), all or nothing.
//
// A report of several files (1of3, 2of3, …) is imported once all of its files
// are present: the other parts are looked for next to the one given. It
// becomes one DSR per territory and currency of its summary records; usage
// rows take their territory, currency and (for SU01/SU02, which carry no
// money) revenue from the summary they point to. Summary revenue is
// allocated pro rata to usages exactly (see ProRata) and the DSR is marked
// as holding allocated revenue. The reconciliation findings are stored with
// the first of the report's DSRs; LI01 shares go to rights_shares.
//
// Everything is written in one transaction: a failed or killed import
// leaves no rows. A failure is then recorded as a failed DSR with its reason.
class DdexImporter
{
    Q_DECLARE_TR_FUNCTIONS(DdexImporter)

public:
    explicit DdexImporter(Database &database);

    // One result per DSR the report became (or one failure).
    QList<ImportResult> importReport(const QString &path, const ImportOptions &options = {}, ProgressSink *progress = nullptr);

    // The files of the report `path` belongs to, in part order: an error names
    // a missing part or two files claiming the same part.
    static Expected<std::vector<ddex::ReportPart>> gatherParts(const QString &path);
    // The key shared by the files of one report ("" when the name is not DDEX-shaped).
    static QString reportKeyOf(const QString &path);

private:
    struct Plan;
    // Rows written so far across the report's groups, for progress; set when the user cancels.
    struct GroupProgress
    {
        std::uint64_t rows = 0, expectedRows = 0;
        bool canceled = false;
    };
    // Fills in why the report is refused; returns false, for prepare() to return.
    static bool refuse(ImportResult &failure, ImportResult::Outcome outcome, const QString &error);
    bool prepare(const QString &path, const ImportOptions &options, Plan &plan, ImportResult &failure);
    void collectFindings(Plan &plan);
    QList<ImportResult> write(Plan &plan, const ImportOptions &options, ProgressSink *progress, const QElapsedTimer &timer,
                              ImportResult &failure);
    QString writeGroup(Plan &plan, std::size_t g, const ImportOptions &options, ProgressSink *progress, const QElapsedTimer &timer,
                       GroupProgress &written);
    static QString headProblem(const ddex::ReportAnalysis &analysis, bool unreadableLineOnly);
    void recordFailure(ImportResult &failure, const struct DdexGroup &group, const ddex::HeadInfo &head,
                       const std::vector<ddex::ReportPart> &files, const std::vector<ValidationIssue> &issues, bool strict);
    QList<ImportResult> dryRun(const ddex::ReportAnalysis &analysis, std::vector<struct DdexGroup> &groups,
                               const std::vector<ValidationIssue> &issues, const QString &reportSha, qint64 startedNs);

    Database &m_db;
};

} // namespace rd
