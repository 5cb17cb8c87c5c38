#pragma once

#include "formats/dsrrow.h"
#include "storage/dsrversions.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rd {

class Database;

// What an importer knows of a DSR before its rows: the file and the report it is.
struct NewDsr
{
    QString format; // "tsv" or "ddex"
    QString path;   // absolute
    QString dsp, offer, society, territory, currency;
    QDate periodStart, periodEnd;
    bool strict = false;
    QString messageId, reportKey, sourceSha256; // DDEX only; empty is stored as NULL
};

// What an ingested DSR ends with.
struct IngestedDsr
{
    QString sha256;
    QString sourceSha256; // empty: the same as sha256
    QString revenueBasis; // empty: the column's default ('reported')
    qint64 durationMs = 0;
    DsrTotals totals;
};

// A re-delivery applied over a DSR: its new file and totals.
struct AppliedVersion
{
    int version = 0;
    QString path, fileName, sha256, revenueBasis, messageId;
    DsrTotals totals;
    DiffSummary changes;
};

// The one writer of the `dsrs` lifecycle: importing -> ingested | failed, a
// refused report recorded as failed, a canceled import discarded, a
// re-delivery's new version, and the source files of a multi-part report
// (`dsr_files`). The importers and the re-delivery writer call these inside
// their own write transaction; nothing else in the code base writes `dsrs`
// except DsrRepository (delete, retain, purge) and the migrations.
class DsrLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(DsrLifecycle)

public:
    explicit DsrLifecycle(Database &database) : m_db(database) {}

    // A placeholder in status 'importing', which says who imports it.
    Expected<qint64> begin(const NewDsr &dsr);
    // Ingested, with its totals and its first version.
    Status markIngested(qint64 dsrId, const IngestedDsr &facts);
    // Failed for the reason given; the totals record the findings, not rows (none were kept).
    Status markFailed(qint64 dsrId, const QString &reason, const QString &sha256, qint64 durationMs, DsrTotals totals);
    // A report refused before any placeholder: recorded directly as failed.
    Expected<qint64> recordRefused(const NewDsr &dsr, const QString &reason, const DsrTotals &findings);
    // A canceled import leaves nothing behind.
    Status discard(qint64 dsrId);
    Status addSourceFile(qint64 dsrId, int part, const QString &path, const QString &sha256, qint64 lines);
    // The DSR's stored version, or 0 when it does not exist.
    Expected<int> currentVersion(qint64 dsrId);
    // Moves the DSR to a re-delivery's version and records that version.
    Status applyVersion(qint64 dsrId, const AppliedVersion &applied);
    // Placeholders left by importers that are no longer running become failed ('interrupted').
    Status failInterrupted();

private:
    Database &m_db;
};

} // namespace rd
