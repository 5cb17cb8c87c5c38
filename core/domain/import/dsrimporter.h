#pragma once

#include "ingest/importresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <optional>
#include <vector>

namespace rd {

class DsrWriting;

class Database;
class ProgressSink;
class TsvReaderThread;

// What the writer ended with, before the transaction is settled.
struct WriteOutcome
{
    ImportResult::Outcome outcome = ImportResult::Outcome::Imported;
    QString error;
    std::vector<ValidationIssue> keptIssues; // the first findings, kept to report a file that is refused
};

// Imports simple-TSV DSR files (plain or gzip) into the store, all or nothing.
//
// A placeholder row with status "importing" is committed first, so other
// connections see the import. The rows, the report and the final totals then
// go in one transaction that either commits with status "ingested" or rolls
// back, leaving the placeholder "failed" with its reason. A process killed in
// between leaves only the placeholder, which the next Database::open() marks
// "interrupted".
class DsrImporter
{
    Q_DECLARE_TR_FUNCTIONS(DsrImporter)

public:
    explicit DsrImporter(Database &database);

    ImportResult importFile(const QString &path, const ImportOptions &options = {}, ProgressSink *progress = nullptr);

private:
    WriteOutcome streamRows(DsrWriting &writing, TsvReaderThread &reader, const ImportOptions &options, ProgressSink *progress,
                            ImportResult &result);
    ImportResult validateOnly(const QString &path, const ImportOptions &options, ProgressSink *progress, ImportResult &result,
                              const QElapsedTimer &timer);
    std::optional<WriteOutcome> refuseDuplicate(const QString &path, ImportResult &result);

    Database &m_db;
};

} // namespace rd
