#pragma once

#include "storage/dsrrecord.h"

#include <functional>
#include "storage/reportentry.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rd {

class Database;

// How much the book holds: ingested DSRs, their rows and the recordings known.
struct BookSize
{
    int dsrs = 0;
    qint64 rows = 0, resources = 0;
};

// Which ingested DSRs to read; empty lists and invalid dates do not filter.
struct DsrQuery
{
    QStringList territories, dsps, offers, currencies;
    QDate periodFrom, periodTo; // period_start >= from, period_end <= to
    bool purged = false;        // those whose rows are held (live or retained), or those purged
};

// The values the ingested DSRs take: for filters.
struct DsrDimensions
{
    QStringList territories, dsps, offers, currencies;
    QDate firstPeriod, lastPeriod;
};

// Owner of `dsrs` (with DsrLifecycle, which writes an import's lifecycle),
// `dsr_files` and `dsr_issues` for reading: reads, deletes, retains and
// purges stored DSRs and their validation reports.
class DsrRepository
{
    Q_DECLARE_TR_FUNCTIONS(DsrRepository)

public:
    explicit DsrRepository(Database &database);

    Expected<QList<DsrRecord>> list();
    // The ingested DSRs the query selects, by id.
    Expected<QList<DsrRecord>> ingested(const DsrQuery &query);
    Expected<DsrDimensions> dimensions();
    // Ingested DSRs with their rows still live, imported (UTC date) on or before `importedOnOrBefore`.
    Expected<QList<DsrRecord>> expiredLive(const QDate &importedOnOrBefore);
    // Every DSR whose rows the retention sweep has purged.
    Expected<QList<qint64>> purgedIds();
    Expected<BookSize> size();
    Expected<std::optional<DsrRecord>> find(qint64 id);
    // The ingested DSR with this content, if any.
    Expected<std::optional<DsrRecord>> findBySha256(const QString &sha256);
    // The ingested DSR made from this source file (a DDEX report's SHA-256), if any.
    Expected<std::optional<DsrRecord>> findBySourceSha256(const QString &sha256);
    // The ingested DSR that carries this DDEX MessageId, if any.
    Expected<std::optional<DsrRecord>> findByMessageId(const QString &messageId);
    // The ingested DSR of this report identity (DSP, offer, society, territory,
    // currency and period), if any: a new file for it is a re-delivery.
    Expected<std::optional<DsrRecord>> findByIdentity(const DsrRecord &identity);

    // The report in line order, a page at a time: entries after afterLine
    // (entries on the same line come together, so pages never split a line).
    // It merges the stored issues with one entry per row that has missing values.
    Expected<QList<ReportEntry>> report(qint64 dsrId, qint64 afterLine, int maxLines);

    // Deletes the DSR, its rows and its report in one transaction; refused
    // for the source of a published or retracted package.
    Status remove(qint64 id);
    // Retention: purging deletes the rows (and the sums made from them) of a
    // live DSR and keeps its record; retaining marks them kept for ever.
    // Both in one write transaction that first asks which published or retracted packages keep
    // the DSR: with none its rows are purged, else it is retained. Returns the keeping packages.
    // (A publish that commits first is seen; one that comes after finds the source purged.)
    Expected<QStringList> purgeOrRetain(qint64 id, const QDateTime &at);
    // The published or retracted packages (ids) whose current version uses this DSR.
    Expected<QStringList> keepingPackages(qint64 id);

private:
    Expected<std::optional<DsrRecord>> findIngestedWhere(const char *column, const QString &value);
    static QList<QPair<QString, QVariantList>> rowStatements(qint64 id);
    // The statements in one write-locking (immediate) transaction; precondition, checked first
    // inside it, may refuse the whole change.
    Status runInTransaction(const QList<QPair<QString, QVariantList>> &statements, const std::function<Status()> &precondition = {});
    Status execAll(const QList<QPair<QString, QVariantList>> &statements);

    Database &m_db;
};

} // namespace rd
