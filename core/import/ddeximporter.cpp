#include "ddeximporter.h"

#include "formats/ddex/ddexfilereader.h"
#include "import/bulkwriter.h"
#include "import/dsrtotalssql.h"
#include "import/issuewriter.h"
#include "import/progresssink.h"
#include "money/prorata.h"
#include "redelivery/redelivery.h"
#include "storage/dsrrepository.h"
#include "storage/database.h"
#include "storage/dsrversions.h"
#include "storage/sqlerror.h"
#include "util/processidentity.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <map>
#include <set>

namespace rd {
namespace {

using ddex::ReportAnalysis;
using ddex::ReportPart;

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }
bool execRaw(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

// One DSR of the report: the summaries of one territory and currency.
struct Group
{
    QString territory, currency;
    std::set<std::string> summaryIds;
    qint64 dsrId = 0;
    DsrTotals totals;
    std::uint64_t allocatedRows = 0, reportedRows = 0;
};

std::vector<Group> groupsOf(const ReportAnalysis &analysis)
{
    std::vector<Group> groups;
    auto add = [&](const std::string &id, const ddex::SummaryInfo &s) {
        const QString territory = QString::fromStdString(s.territory), currency = QString::fromStdString(s.currency);
        for (Group &g : groups)
            if (g.territory == territory && g.currency == currency) {
                g.summaryIds.insert(id);
                return;
            }
        Group g;
        g.territory = territory;
        g.currency = currency;
        g.summaryIds.insert(id);
        groups.push_back(std::move(g));
    };
    // In file order of the summaries, so that the first DSR is the first summary's.
    std::vector<std::pair<std::uint64_t, std::string>> order;
    for (const auto &[id, s] : analysis.summaries())
        order.emplace_back(s.line, id);
    std::sort(order.begin(), order.end());
    for (const auto &[line, id] : order)
        if (analysis.summaries().at(id).rows > 0)
            add(id, analysis.summaries().at(id));
    if (groups.empty() && !order.empty()) // no usable rows: the report is still recorded, with its findings
        add(order.front().second, analysis.summaries().at(order.front().second));
    return groups;
}

// Writes the LI01 shares of the report's blocks.
class ShareWriter
{
public:
    explicit ShareWriter(sqlite3 *db)
        : m_insert(db, "INSERT INTO rights_shares (dsr_id, line, summary_record_id, dsp_id, isrc, title, rights_controller, "
                       "rights_controller_party_id, right_type, share, allocated_net_revenue, allocated_amount, valid_from, "
                       "valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    {
    }
    bool write(qint64 dsrId, std::uint64_t line, const ddex::ShareRow &s)
    {
        if (!m_insert.valid())
            return false;
        m_insert.bind(1, dsrId);
        m_insert.bind(2, sqlite3_int64(line));
        const std::string *texts[] = {&s.summaryId, &s.item.dspId, &s.item.isrc, &s.item.title, &s.rightsController,
                                      &s.rightsControllerPartyId, &s.rightType, &s.share, &s.allocatedNetRevenue,
                                      &s.allocatedAmount, &s.validFrom, &s.validTo};
        int index = 3;
        for (const std::string *text : texts) {
            if (index == 7 && text->empty())
                sqlite3_bind_text(m_insert.get(), index++, "", 0, SQLITE_STATIC); // rights_controller is NOT NULL
            else
                m_insert.bindText(index++, *text);
        }
        const int rc = m_insert.step();
        m_insert.reset();
        return rc == SQLITE_DONE;
    }

private:
    SqliteStatement m_insert;
};

// Pass two over one file: the rows of one DSR (group) into the writer.
class EmitSink : public ddex::RecordSink
{
public:
    // consume() takes each batch of the group's rows; false (with an error) stops.
    using Consumer = std::function<bool(const RowBatch &, QString &)>;
    EmitSink(const ReportAnalysis &analysis, Group &group, const ReportPart &part, std::uint64_t lineOffset,
             const ddex::FileReader &reader, Consumer consume, std::map<std::string, ProRata> &allocations,
             ShareWriter *shares, qint64 firstDsrId)
        : m_analysis(analysis), m_group(group), m_lineOffset(lineOffset), m_consume(std::move(consume)), m_allocations(allocations)
        , m_shares(shares), m_firstDsrId(firstDsrId), m_resolver(reader.layouts(), part.label().toStdString())
    {
    }

    void block(const std::vector<ddex::Record> &records) override
    {
        if (!m_error.isEmpty())
            return;
        std::vector<ddex::SaleRow> sales;
        std::vector<ddex::ShareRow> shares;
        std::vector<ValidationIssue> ignored; // reported by the analysis already
        m_resolver.resolve(records, sales, shares, ignored);
        for (const ddex::SaleRow &sale : sales)
            emitRow(sale);
        if (m_shares)
            for (const ddex::ShareRow &share : shares)
                if (!m_shares->write(m_firstDsrId, m_lineOffset + share.line, share))
                    m_error = DdexImporter::tr("Cannot store the rights shares");
        if (m_batch.rows.size() >= 4096)
            flush();
    }

    bool finish()
    {
        flush();
        return m_error.isEmpty();
    }
    QString error() const { return m_error; }

private:
    void emitRow(const ddex::SaleRow &sale)
    {
        if (sale.rejected || !m_group.summaryIds.count(sale.summaryId))
            return;
        const ddex::SummaryInfo &summary = m_analysis.summaries().at(sale.summaryId);
        DsrRow row;
        row.line = m_lineOffset + sale.line;
        row.dspId = keep(sale.item.dspId);
        row.title = keep(sale.item.title);
        row.artists = keep(sale.item.artists);
        row.isrc = keep(sale.item.isrc);
        row.key = ResourceKey::of(row.dspId, row.title, row.artists, row.isrc);
        row.hasUsages = sale.hasUsages;
        row.usages = sale.usages;
        if (sale.revenue) {
            row.revenue = *sale.revenue;
            row.hasRevenue = true;
            ++m_group.reportedRows;
        } else if (ProRata *allocation = allocationFor(sale.summaryId, summary)) {
            row.revenue = allocation->next(sale.hasUsages ? sale.usages : 0);
            row.hasRevenue = true;
            ++m_group.allocatedRows;
        }
        if (row.hasRevenue)
            row.revenueText = keep(row.revenue.toString());
        DsrTotals &t = m_group.totals;
        ++t.rows;
        t.usages += row.hasUsages ? row.usages : 0;
        if (row.hasRevenue)
            t.revenue.add(row.revenue);
        t.missingTitle += row.title.empty();
        t.missingArtists += row.artists.empty();
        t.missingIsrc += row.isrc.empty();
        t.missingUsages += !row.hasUsages;
        t.missingRevenue += !row.hasRevenue;
        t.rowsWithMissing += row.title.empty() || row.artists.empty() || row.isrc.empty() || !row.hasUsages || !row.hasRevenue;
        m_batch.rows.push_back(row);
    }

    // The summary's revenue, to be split over its rows without revenue; null when there is nothing to split.
    ProRata *allocationFor(const std::string &id, const ddex::SummaryInfo &summary)
    {
        if (auto it = m_allocations.find(id); it != m_allocations.end())
            return &it->second;
        if (!summary.netRevenue || summary.allocationWeight <= 0 || (summary.records > 1 && !m_analysis.head().isUgc()))
            return nullptr;
        return &m_allocations.emplace(id, ProRata(*summary.netRevenue, summary.allocationWeight)).first->second;
    }

    std::string_view keep(std::string text)
    {
        m_batch.extraText.push_back(std::move(text));
        return m_batch.extraText.back();
    }

    void flush()
    {
        if (m_batch.rows.empty() || !m_error.isEmpty())
            return;
        m_consume(m_batch, m_error);
        m_batch.clear();
    }

    const ReportAnalysis &m_analysis;
    Group &m_group;
    std::uint64_t m_lineOffset;
    Consumer m_consume;
    std::map<std::string, ProRata> &m_allocations;
    ShareWriter *m_shares;
    qint64 m_firstDsrId;
    ddex::BlockResolver m_resolver;
    RowBatch m_batch;
    QString m_error;
};

QString hex(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex()); }

// Each DSR of a report has its own content hash: the report's, its territory and currency.
QString groupSha(const QString &reportSha, const Group &group, std::size_t groupCount)
{
    if (groupCount == 1)
        return reportSha;
    return hex(QCryptographicHash::hash((reportSha + QLatin1Char('|') + group.territory + QLatin1Char('|') + group.currency).toUtf8(),
                                        QCryptographicHash::Sha256));
}

QString revenueBasisOf(const Group &group)
{
    return group.allocatedRows == 0 ? QStringLiteral("reported")
           : group.reportedRows == 0 ? QStringLiteral("allocated") : QStringLiteral("mixed");
}

// A report whose DSRs are all here already: each is diffed against its
// current version, and the diffs are applied together in one transaction.
struct ReportRedelivery
{
    const ReportAnalysis &analysis;
    std::vector<Group> &groups;
    const std::vector<DsrRecord> &currents; // one per group, in order
    const std::vector<ValidationIssue> &issues;
    std::uint64_t warnings, errors;
    QString reportSha, messageId;

    QList<ImportResult> run(Database &db, const ImportOptions &options)
    {
        const std::vector<ReportPart> &files = analysis.parts();
        std::vector<std::unique_ptr<RowDiff>> diffs;
        std::vector<Delivery> deliveries;
        QList<ImportResult> results;
        bool apply = true;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            Group &group = groups[g];
            ImportResult result;
            result.path = files.front().path;
            auto diff = std::make_unique<RowDiff>();
            QString error;
            if (!diff->loadStored(db.handle(), currents[g].id, error))
                return failed(result, DdexImporter::tr("Cannot read DSR %1: %2").arg(currents[g].id).arg(error));
            std::map<std::string, ProRata> allocations;
            std::uint64_t lineOffset = 0;
            for (const ReportPart &part : files) {
                ddex::FileReader reader(part.path);
                auto add = [&diff](const RowBatch &batch, QString &) {
                    diff->add(batch.rows);
                    return true;
                };
                EmitSink sink(analysis, group, part, lineOffset, reader, add, allocations, nullptr, 0);
                if (!reader.read(sink) || !sink.finish())
                    return failed(result, sink.error().isEmpty() ? reader.errorString() : sink.error());
                lineOffset += part.lines;
            }
            Delivery delivery;
            delivery.path = files.front().path;
            delivery.fileName = QFileInfo(files.front().path).fileName();
            delivery.sha256 = groupSha(reportSha, group, groups.size());
            delivery.totals = group.totals;
            if (g == 0) {
                delivery.totals.warnings = warnings;
                delivery.totals.errors = errors;
                delivery.issues = issues;
            }
            delivery.revenueBasis = revenueBasisOf(group);
            delivery.messageId = messageId;
            result.sha256 = delivery.sha256;
            result.totals = delivery.totals;
            apply = Redelivery::review(currents[g], *diff, delivery, options, result) && apply;
            results << result;
            diffs.push_back(std::move(diff));
            deliveries.push_back(std::move(delivery));
        }
        if (!apply) {
            for (ImportResult &r : results) // one group that is not applied holds back the others
                if (r.outcome == ImportResult::Outcome::Imported)
                    r.outcome = options.dryRun ? ImportResult::Outcome::DryRun : ImportResult::Outcome::Redelivery;
            return results;
        }
        sqlite3 *handle = db.handle();
        if (!execRaw(handle, "BEGIN IMMEDIATE"))
            return failed(results.front(), QString::fromUtf8(sqlite3_errmsg(handle)));
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto version = RedeliveryWriter(db).apply(currents[g].id, *diffs[g], deliveries[g]);
            if (!version) {
                execRaw(handle, "ROLLBACK");
                return failed(results.front(), version.error());
            }
            results[qsizetype(g)].version = *version;
        }
        if (!execRaw(handle, "COMMIT")) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
            execRaw(handle, "ROLLBACK");
            return failed(results.front(), error);
        }
        return results;
    }

    static QList<ImportResult> failed(ImportResult result, const QString &error)
    {
        result.outcome = ImportResult::Outcome::Failed;
        result.error = error;
        return {result};
    }
};

} // namespace

DdexImporter::DdexImporter(Database &database)
    : m_db(database)
{
}

QString DdexImporter::reportKeyOf(const QString &path)
{
    const auto name = DdexFileName::parse(path);
    return name ? QFileInfo(path).absolutePath() + QLatin1Char('/') + name->reportKey() : QString();
}

Expected<std::vector<ReportPart>> DdexImporter::gatherParts(const QString &path)
{
    using Result = Expected<std::vector<ReportPart>>;
    const auto name = DdexFileName::parse(path);
    if (!name)
        return Result::failure(name.error());
    if (!QFileInfo(path).isFile())
        return Result::failure(tr("%1: no such file").arg(path));
    std::vector<ReportPart> parts(std::size_t(name->parts));
    if (name->parts == 1) {
        parts[0] = ReportPart{QFileInfo(path).absoluteFilePath(), *name, {}, 0, 0};
        return parts;
    }
    // The other parts: the files next to this one with the same report key.
    const QDir dir = QFileInfo(path).absoluteDir();
    for (const QFileInfo &sibling : dir.entryInfoList({QStringLiteral("DSR_*")}, QDir::Files, QDir::Name)) {
        const auto other = DdexFileName::parse(sibling.fileName());
        if (!other || other->reportKey() != name->reportKey())
            continue;
        ReportPart &slot = parts[std::size_t(other->part - 1)];
        if (!slot.path.isEmpty())
            return Result::failure(tr("Part %1 of %2 is there twice: %3 and %4")
                                       .arg(other->part).arg(other->parts)
                                       .arg(QFileInfo(slot.path).fileName(), sibling.fileName()));
        slot = ReportPart{sibling.absoluteFilePath(), *other, {}, 0, 0};
    }
    QStringList missing;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (parts[i].path.isEmpty())
            missing << QStringLiteral("%1of%2").arg(i + 1).arg(parts.size());
    if (!missing.isEmpty())
        return Result::failure(tr("%1 is part of a report in %2 files; not imported until all are present. Missing: %3")
                                   .arg(QFileInfo(path).fileName()).arg(parts.size()).arg(missing.join(QLatin1String(", "))));
    return parts;
}

QList<ImportResult> DdexImporter::importReport(const QString &path, const ImportOptions &options, ProgressSink *progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult failure;
    failure.path = path;
    auto fail = [&](ImportResult::Outcome outcome, const QString &error) {
        failure.outcome = outcome;
        failure.error = error;
        failure.seconds = double(timer.nsecsElapsed()) / 1e9;
        return QList<ImportResult>{failure};
    };

    auto parts = gatherParts(path);
    if (!parts)
        return fail(ImportResult::Outcome::Failed, parts.error());
    ReportAnalysis analysis;
    if (!analysis.analyze(std::move(parts.value())))
        return fail(ImportResult::Outcome::Failed, tr("%1: %2").arg(QFileInfo(path).fileName(), analysis.errorString()));
    const std::vector<ReportPart> &files = analysis.parts();
    for (std::size_t i = 0; i < files.size(); ++i)
        for (std::size_t j = i + 1; j < files.size(); ++j)
            if (files[i].sha256 == files[j].sha256)
                return fail(ImportResult::Outcome::Failed,
                            tr("Parts %1 and %2 of the report are identical (a duplicate part): %3 and %4")
                                .arg(files[i].label(), files[j].label(), QFileInfo(files[i].path).fileName(),
                                     QFileInfo(files[j].path).fileName()));
    const QString reportSha = hex(analysis.reportSha256());
    failure.sha256 = reportSha;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, file_name FROM dsrs WHERE source_sha256 = ? AND status = 'ingested' LIMIT 1"));
        q.addBindValue(reportSha);
        if (q.exec() && q.next()) {
            failure.duplicateOf = q.value(0).toLongLong();
            return fail(ImportResult::Outcome::Duplicate,
                        tr("%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice")
                            .arg(QFileInfo(path).fileName()).arg(failure.duplicateOf).arg(q.value(1).toString()));
        }
    }
    std::vector<Group> groups = groupsOf(analysis);
    if (groups.empty())
        return fail(ImportResult::Outcome::Failed,
                    tr("%1: the report has no summary record, so its territory and currency are unknown").arg(QFileInfo(path).fileName()));

    std::vector<ValidationIssue> issues = analysis.issues();
    const ddex::HeadInfo &head = analysis.head();
    const QString messageId = QString::fromStdString(head.messageId);
    if (!messageId.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, file_name FROM dsrs WHERE message_id = ? AND status = 'ingested' LIMIT 1"));
        q.addBindValue(messageId);
        if (q.exec() && q.next())
            issues.push_back(ValidationIssue::at(ValidationIssue::Severity::Warning, head.line, ValidationIssue::Code::MessageIdReused,
                                                 "HEAD MessageId",
                                                 tr("%1 by DSR %2 (%3)").arg(messageId).arg(q.value(0).toLongLong())
                                                     .arg(q.value(1).toString()).toStdString()));
    }
    std::uint64_t warnings = 0, errors = 0;
    for (const ValidationIssue &i : issues)
        (i.severity == ValidationIssue::Severity::Error ? errors : warnings) += 1;
    if (options.strict && errors > 0) {
        // Recorded like a strict TSV rejection: a failed DSR with the findings.
        failure.totals.errors = errors;
        failure.totals.warnings = warnings;
        return fail(ImportResult::Outcome::Failed, tr("Rejected in strict mode: %n finding(s) are errors", nullptr, int(errors)));
    }

    const DdexFileName &name = *files.front().name;
    const QString dsp = head.senderName.empty() ? name.sender : QString::fromStdString(head.senderName);
    const QString offer = name.service;
    const QDate start = head.usageStart.isValid() ? head.usageStart : name.periodStart;
    const QDate end = head.usageEnd.isValid() ? head.usageEnd : name.periodEnd;
    const QString reportKey = name.reportKey();

    // A report that is already here (same DSP, service, territories, currencies and period) is re-delivered.
    std::vector<DsrRecord> currents;
    for (const Group &group : groups) {
        DsrRecord identity;
        identity.dsp = dsp;
        identity.offer = offer;
        identity.territory = group.territory;
        identity.currency = group.currency;
        identity.periodStart = start;
        identity.periodEnd = end;
        const auto current = DsrRepository(m_db).findByIdentity(identity);
        if (!current)
            return fail(ImportResult::Outcome::Failed, current.error());
        if (current.value())
            currents.push_back(*current.value());
    }
    if (!currents.empty()) {
        if (currents.size() != groups.size())
            return fail(ImportResult::Outcome::Failed,
                        tr("%1 re-delivers DSR %2 but also territories or currencies it did not have; import those "
                           "as a report of their own").arg(QFileInfo(path).fileName()).arg(currents.front().id));
        ReportRedelivery redelivery{analysis, groups, currents, issues, warnings, errors, reportSha, messageId};
        QList<ImportResult> results = redelivery.run(m_db, options);
        for (ImportResult &r : results)
            r.seconds = double(timer.nsecsElapsed()) / 1e9;
        return results;
    }

    sqlite3 *db = m_db.handle();
    if (!execRaw(db, "BEGIN IMMEDIATE"))
        return fail(ImportResult::Outcome::Failed, tr("Cannot start the import transaction: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    QString error;
    std::uint64_t expectedRows = 0;
    for (const auto &[id, s] : analysis.summaries())
        expectedRows += s.rows;
    std::uint64_t rowsWritten = 0;
    for (std::size_t g = 0; g < groups.size() && error.isEmpty(); ++g) {
        Group &group = groups[g];
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO dsrs (format, path, file_name, dsp, offer, territory, currency, period_start, period_end, status, "
            "importer, strict, imported_at, message_id, report_key, source_sha256) "
            "VALUES ('ddex', ?, ?, ?, ?, ?, ?, ?, ?, 'importing', ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(files.front().path), QVariant(QFileInfo(files.front().path).fileName()), QVariant(dsp),
                                  QVariant(offer), QVariant(group.territory), QVariant(group.currency),
                                  QVariant(start.toString(Qt::ISODate)), QVariant(end.toString(Qt::ISODate)),
                                  QVariant(process::currentIdentity()), QVariant(options.strict ? 1 : 0), QVariant(nowIso()),
                                  messageId.isEmpty() ? QVariant() : QVariant(messageId), QVariant(reportKey), QVariant(reportSha)})
            q.addBindValue(v);
        if (!q.exec()) {
            error = sqlError(q);
            break;
        }
        group.dsrId = q.lastInsertId().toLongLong();
        BulkWriter writer(db, group.dsrId, options.resourceCacheSlots);
        if (!writer.prepare()) {
            error = writer.errorString();
            break;
        }
        ShareWriter shares(db);
        std::map<std::string, ProRata> allocations;
        std::uint64_t lineOffset = 0;
        for (const ReportPart &part : files) {
            ddex::FileReader reader(part.path);
            auto write = [&writer](const RowBatch &batch, QString &failure) {
                if (!writer.writeRows(batch))
                    failure = writer.errorString();
                return failure.isEmpty();
            };
            EmitSink sink(analysis, group, part, lineOffset, reader, write, allocations, g == 0 ? &shares : nullptr, groups[0].dsrId);
            if (!reader.read(sink) || !sink.finish()) {
                error = sink.error().isEmpty() ? reader.errorString() : sink.error();
                break;
            }
            if (reader.sha256() != part.sha256) {
                error = tr("%1 changed while it was being imported").arg(QFileInfo(part.path).fileName());
                break;
            }
            lineOffset += part.lines;
            if (progress) {
                progress->setProgress(qint64(rowsWritten + writer.rowsWritten()), qint64(expectedRows), rowsWritten + writer.rowsWritten());
                if (progress->canceled()) {
                    execRaw(db, "ROLLBACK");
                    return fail(ImportResult::Outcome::Canceled, tr("Import canceled"));
                }
            }
        }
        if (!error.isEmpty())
            break;
        rowsWritten += writer.rowsWritten();
        if (!writer.finish() || (g == 0 && !writer.writeIssues(issues))) {
            error = writer.errorString();
            break;
        }
        if (options.failAfterRows >= 0 && rowsWritten >= quint64(options.failAfterRows)) {
            error = tr("injected failure after %1 rows").arg(rowsWritten);
            break;
        }
        if (g == 0) {
            group.totals.warnings = warnings;
            group.totals.errors = errors;
        }
        const QString basis = revenueBasisOf(group);
        QSqlQuery done(m_db.connection());
        done.prepare(QStringLiteral("UPDATE dsrs SET status = 'ingested', sha256 = ?, revenue_basis = ?, finished_at = ?, "
                                    "duration_ms = ?, %1 WHERE id = ?").arg(dsrtotalssql::assignments()));
        done.addBindValue(groupSha(reportSha, group, groups.size()));
        done.addBindValue(basis);
        done.addBindValue(nowIso());
        done.addBindValue(timer.elapsed());
        dsrtotalssql::bindTotals(done, group.totals);
        done.addBindValue(group.dsrId);
        if (!done.exec()) {
            error = sqlError(done);
            break;
        }
        if (const Status first = DsrVersions(m_db).recordFirst(group.dsrId); !first.ok()) {
            error = first.error();
            break;
        }
        for (std::size_t p = 0; p < files.size(); ++p) {
            QSqlQuery file(m_db.connection());
            file.prepare(QStringLiteral("INSERT INTO dsr_files (dsr_id, part, path, file_name, sha256, line_count) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(group.dsrId), QVariant(qint64(p + 1)), QVariant(files[p].path),
                                      QVariant(QFileInfo(files[p].path).fileName()), QVariant(hex(files[p].sha256)),
                                      QVariant(qint64(files[p].lines))})
                file.addBindValue(v);
            if (!file.exec()) {
                error = sqlError(file);
                break;
            }
        }
    }
    if (error.isEmpty() && execRaw(db, "COMMIT")) {
        QList<ImportResult> results;
        for (const Group &group : groups) {
            ImportResult r;
            r.outcome = ImportResult::Outcome::Imported;
            r.path = path;
            r.dsrId = group.dsrId;
            r.sha256 = reportSha;
            r.totals = group.totals;
            r.seconds = double(timer.nsecsElapsed()) / 1e9;
            results << r;
        }
        return results;
    }
    if (error.isEmpty())
        error = tr("Cannot commit the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    execRaw(db, "ROLLBACK");
    return fail(ImportResult::Outcome::Failed, error);
}

} // namespace rd
