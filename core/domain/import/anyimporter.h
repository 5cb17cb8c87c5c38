#pragma once

#include "ingest/importresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace rd {

class Database;
class ProgressSink;

// Imports files of either format, chosen by name: DDEX flat files
// (DSR_…_xofy_….tsv[.gz]) as reports, everything else as simple TSV. One
// importer serves a batch of files: a multi-file DDEX report is imported
// once, from whichever of its files comes first, and its other files are
// then skipped rather than refused as duplicates. Every import is a dataflow
// in the status journal (RECEIVED, PARSED, VALIDATED, STORED).
class AnyImporter
{
    Q_DECLARE_TR_FUNCTIONS(AnyImporter)

public:
    explicit AnyImporter(Database &database) : m_db(database) {}

    // One result per DSR created (a DDEX report may become several); none when
    // the file belongs to a report this importer already handled.
    QList<ImportResult> importFile(const QString &path, const ImportOptions &options = {}, ProgressSink *progress = nullptr);

private:
    Database &m_db;
    QSet<QString> m_reportsDone;
};

} // namespace rd
