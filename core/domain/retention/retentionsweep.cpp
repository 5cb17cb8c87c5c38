#include "retentionsweep.h"

#include "analytics/dsrselection.h"
#include "packages/packagestore.h"
#include "packages/residualbuilder.h"
#include "retention/retentionpolicy.h"
#include "retention/sweeplog.h"
#include "storage/dsrrepository.h"
#include "util/processidentity.h"

#include <QJsonArray>

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
    DsrRepository dsrs(database);
    const auto expired = dsrs.expiredLive(asOf.addDays(-report.windowDays));
    if (!expired)
        return Result::failure(expired.error());
    QList<SweepReport::Dsr> candidates;
    for (const DsrRecord &record : expired.value())
        candidates << SweepReport::Dsr{record.id, record.fileName, record.importedAt.date(), record.rows, {}};

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
    const auto purged = dsrs.purgedIds();
    if (!purged)
        return Result::failure(purged.error());
    gone.insert(purged->begin(), purged->end());
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
    const Status logged = SweepLog(database).record({now, asOf, process::osUser(), report.windowDays, qint64(report.purged.size()),
                                                     purgedRows, qint64(report.retained.size()), qint64(report.stale.size())});
    if (!logged.ok())
        return Result::failure(logged.error());
    return report;
}

} // namespace rd
