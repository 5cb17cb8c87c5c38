#include "retentionsweep.h"

#include "analytics/dsrselection.h"
#include "packages/packagestore.h"
#include "packages/residualbuilder.h"
#include "retention/retentionpolicy.h"
#include "storage/database.h"
#include "storage/dsrrepository.h"
#include "db/sqlerror.h"
#include "util/processidentity.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <set>

namespace rd {
namespace {

QJsonArray dsrsJson(const QList<SweepReport::Dsr> &dsrs)
{
    QJsonArray out;
    for (const SweepReport::Dsr &d : dsrs)
        out.append(QJsonObject{{QStringLiteral("dsr_id"), d.id},
                               {QStringLiteral("file_name"), d.fileName},
                               {QStringLiteral("imported_on"), d.importedOn.toString(Qt::ISODate)},
                               {QStringLiteral("rows"), d.rows},
                               {QStringLiteral("packages"), QJsonArray::fromStringList(d.packages)}});
    return out;
}

// Why a draft or built package can no longer be built or exported as it is,
// given the DSRs whose rows are (or are about to be) gone; empty if it can.
Expected<QString> staleReason(Database &database, const Package &package, const std::set<qint64> &gone)
{
    QStringList reasons;
    if (package.version > 0) {
        const auto missing = PackageStore(database).missingSources(package.id, package.version, gone);
        if (!missing)
            return Expected<QString>::failure(missing.error());
        if (!missing->isEmpty())
            reasons << missing.value();
    }
    QStringList inPartition;
    for (const auto rows : {DsrSelector::Rows::Held, DsrSelector::Rows::Purged}) {
        const auto selection = DsrSelector::select(database, ResidualBuilder::filterOf(package.partition), rows);
        if (!selection)
            return Expected<QString>::failure(selection.error());
        for (const SelectedDsr &dsr : selection->dsrs)
            if (gone.count(dsr.id))
                inPartition << QString::number(dsr.id);
    }
    if (!inPartition.isEmpty() && reasons.isEmpty())
        reasons << RetentionSweep::tr("the rows of DSR(s) %1 in its partition were purged by the retention sweep").arg(inPartition.join(QLatin1String(", ")));
    if (!reasons.isEmpty())
        reasons << RetentionSweep::tr("delete the purged DSR(s) and import them again to rebuild");
    return reasons.join(QLatin1String("; "));
}

} // namespace

QJsonObject SweepReport::toJson() const
{
    QJsonArray staleJson;
    for (const Stale &s : stale)
        staleJson.append(QJsonObject{{QStringLiteral("package_id"), s.packageId}, {QStringLiteral("name"), s.name}, {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("window_days"), windowDays},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("purged"), dsrsJson(purged)},
                       {QStringLiteral("retained"), dsrsJson(retained)},
                       {QStringLiteral("stale"), staleJson}};
}

Expected<SweepReport> RetentionSweep::run(Database &database, const QDate &asOf, bool dryRun)
{
    using Result = Expected<SweepReport>;
    SweepReport report;
    report.asOf = asOf;
    report.dryRun = dryRun;
    const auto window = RetentionPolicy(database).windowDays();
    if (!window)
        return Result::failure(window.error());
    report.windowDays = window.value();

    // Expired: imported on or before asOf − window, rows still live.
    QSqlQuery expired(database.connection());
    expired.prepare(QStringLiteral("SELECT id, file_name, imported_at, row_count FROM dsrs WHERE status = 'ingested' AND retention = 'live' "
                                   "AND substr(imported_at, 1, 10) <= ? ORDER BY id"));
    expired.addBindValue(asOf.addDays(-report.windowDays).toString(Qt::ISODate));
    if (!expired.exec())
        return Result::failure(sqlError(expired));
    QList<SweepReport::Dsr> candidates;
    while (expired.next())
        candidates << SweepReport::Dsr{expired.value(0).toLongLong(), expired.value(1).toString(),
                                       QDateTime::fromString(expired.value(2).toString(), Qt::ISODate).date(), expired.value(3).toLongLong(), {}};
    expired.finish();

    DsrRepository dsrs(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::set<qint64> gone;
    for (SweepReport::Dsr &dsr : candidates) {
        // The keeping packages are asked inside the purge's own transaction (a dry run only asks).
        const auto keeping = dryRun ? dsrs.keepingPackages(dsr.id) : dsrs.purgeOrRetain(dsr.id, now);
        if (!keeping)
            return Result::failure(tr("DSR %1: %2").arg(dsr.id).arg(keeping.error()));
        dsr.packages = keeping.value();
        if (dsr.packages.isEmpty()) {
            report.purged << dsr;
            gone.insert(dsr.id);
        } else {
            report.retained << dsr;
        }
    }

    // Every purged DSR, not only this sweep's: flags are recomputed, so a killed sweep is repaired by the next.
    QSqlQuery purged(database.connection());
    if (!purged.exec(QStringLiteral("SELECT id FROM dsrs WHERE retention = 'purged'")))
        return Result::failure(sqlError(purged));
    while (purged.next())
        gone.insert(purged.value(0).toLongLong());
    PackageStore store(database);
    const auto packages = store.list();
    if (!packages)
        return Result::failure(packages.error());
    for (const Package &package : packages.value()) {
        if (package.state != Package::State::Draft && package.state != Package::State::Built)
            continue;
        const auto reason = staleReason(database, package, gone);
        if (!reason)
            return Result::failure(reason.error());
        if (!reason->isEmpty())
            report.stale << SweepReport::Stale{package.id, package.name, reason.value()};
        if (dryRun || reason.value() == package.staleReason)
            continue;
        const Status flagged = store.setStale(package.id, reason.value());
        if (!flagged.ok())
            return Result::failure(flagged.error());
        if (!reason->isEmpty())
            store.record(package.id, QStringLiteral("stale"), reason.value());
    }
    if (dryRun)
        return report;

    qint64 purgedRows = 0;
    for (const SweepReport::Dsr &d : report.purged)
        purgedRows += d.rows;
    QSqlQuery log(database.connection());
    log.prepare(QStringLiteral("INSERT INTO retention_sweeps (at, as_of, who, window_days, purged_dsrs, purged_rows, retained_dsrs, stale_packages) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(now.toString(Qt::ISODate)), QVariant(asOf.toString(Qt::ISODate)), QVariant(process::osUser()),
                              QVariant(report.windowDays), QVariant(qsizetype(report.purged.size())), QVariant(purgedRows),
                              QVariant(qsizetype(report.retained.size())), QVariant(qsizetype(report.stale.size()))})
        log.addBindValue(v);
    if (!log.exec())
        return Result::failure(sqlError(log));
    return report;
}

} // namespace rd
