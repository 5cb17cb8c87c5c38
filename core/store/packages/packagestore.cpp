#include "packagestore.h"

#include "journal/journaltables.h"

#include "db/database.h"
#include "db/transaction.h"
#include "db/sqlitestatement.h"
#include "db/sqlerror.h"
#include "util/processidentity.h"

#include <QDateTime>
#include "db/sqlquery.h"
#include <QVariant>

#include <sqlite3.h>

namespace rd {
namespace {

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }
// An empty list joins to a null string, which would bind as NULL.
QVariant joined(const QStringList &values) { return QVariant(values.isEmpty() ? QStringLiteral("") : values.join(QLatin1Char(','))); }

QString scopeName(Adjustment::Scope s)
{
    switch (s) {
    case Adjustment::Scope::Package: return QStringLiteral("package");
    case Adjustment::Scope::Territory: return QStringLiteral("territory");
    case Adjustment::Scope::Resource: return QStringLiteral("resource");
    }
    return QString();
}

Adjustment::Scope scopeFrom(const QString &s)
{
    return s == QLatin1String("territory") ? Adjustment::Scope::Territory
           : s == QLatin1String("resource") ? Adjustment::Scope::Resource : Adjustment::Scope::Package;
}

Decimal decimalOf(const QVariant &v)
{
    Decimal d;
    Decimal::parse(v.toString().toStdString(), d);
    return d;
}

} // namespace

QString Package::stateName(State state)
{
    switch (state) {
    case State::Draft: return QStringLiteral("draft");
    case State::Built: return QStringLiteral("built");
    case State::Published: return QStringLiteral("published");
    case State::Retracted: return QStringLiteral("retracted");
    }
    return QString();
}

std::optional<Package::State> Package::stateFromName(const QString &name)
{
    for (State s : {State::Draft, State::Built, State::Published, State::Retracted})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

Expected<PackageStore::BuiltVersion> PackageStore::builtVersion(qint64 packageId, int version)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT built_at, built_by, known_on, base_currency FROM package_versions WHERE package_id = ? AND version = ?"));
    q.addBindValue(packageId);
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return Expected<BuiltVersion>::failure(tr("Package %1 has no version %2").arg(packageId).arg(version));
    return BuiltVersion{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

Expected<QList<PackageSource>> PackageStore::sources(qint64 packageId, int version)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT dsr_id, dsr_version, sha256, row_count, file_name, territory, currency, period_start, period_end, "
                             "revenue, rate FROM package_sources WHERE package_id = ? AND version = ? ORDER BY dsr_id"));
    q.addBindValue(packageId);
    q.addBindValue(version);
    if (!q.exec())
        return Expected<QList<PackageSource>>::failure(sqlError(q));
    QList<PackageSource> sources;
    while (q.next()) {
        PackageSource s;
        s.dsrId = q.value(0).toLongLong();
        s.dsrVersion = q.value(1).toInt();
        s.sha256 = q.value(2).toString();
        s.rows = q.value(3).toLongLong();
        s.fileName = q.value(4).toString();
        s.territory = q.value(5).toString();
        s.currency = q.value(6).toString();
        s.periodStart = q.value(7).toString();
        s.periodEnd = q.value(8).toString();
        s.revenue = q.value(9).toString();
        s.rate = q.value(10).toString();
        sources << s;
    }
    return sources;
}

Status PackageStore::markBuilt(qint64 packageId, int version, const QString &detail)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE packages SET version = ?, state = 'built', stale_reason = NULL WHERE id = ?"));
    q.addBindValue(version);
    q.addBindValue(packageId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return recorded(packageId, QStringLiteral("build"), detail);
}

bool PackageStore::record(qint64 packageId, const QString &action, const QString &detail, const QString &reason)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO package_audit (package_id, at, who, action, detail, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(packageId);
    q.addBindValue(nowIso());
    q.addBindValue(process::osUser());
    q.addBindValue(action);
    q.addBindValue(detail);
    q.addBindValue(nullIfEmpty(reason));
    return q.exec();
}

Status PackageStore::atomically(const std::function<Status()> &change)
{
    Transaction transaction(m_db);
    if (!transaction)
        return Status::failure(transaction.error());
    Status done = change();
    if (done.ok() && !transaction.commit())
        done = Status::failure(transaction.error());
    return done; // rolled back unless committed
}

Status PackageStore::recorded(qint64 packageId, const QString &action, const QString &detail, const QString &reason)
{
    return record(packageId, action, detail, reason) ? Status() : Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
}

Expected<qint64> PackageStore::create(const QString &name, const Partition &p)
{
    using Result = Expected<qint64>;
    if (name.trimmed().isEmpty())
        return Result::failure(tr("A package needs a name"));
    if (p.territories.isEmpty())
        return Result::failure(tr("A package needs at least one territory"));
    if (!p.periodStart.isValid() || !p.periodEnd.isValid() || p.periodEnd < p.periodStart)
        return Result::failure(tr("A package needs a period: a start and an end on or after it"));
    qint64 id = 0;
    const Status done = atomically([&]() -> Status {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO packages (name, state, territories, period_start, period_end, dsps, offers, created_at, created_by) "
                                 "VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(name.trimmed()), QVariant(p.territories.join(QLatin1Char(','))),
                                  QVariant(p.periodStart.toString(Qt::ISODate)), QVariant(p.periodEnd.toString(Qt::ISODate)),
                                  joined(p.dsps), joined(p.offers), QVariant(nowIso()), QVariant(process::osUser())})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(sqlError(q));
        id = q.lastInsertId().toLongLong();
        const QString detail = tr("territories %1, period %2 to %3%4")
                                   .arg(p.territories.join(QLatin1String(", ")), p.periodStart.toString(Qt::ISODate), p.periodEnd.toString(Qt::ISODate),
                                        p.dsps.isEmpty() && p.offers.isEmpty()
                                            ? QString()
                                            : tr(", DSPs %1, offers %2").arg(p.dsps.join(QLatin1String(", ")), p.offers.join(QLatin1String(", "))));
        return recorded(id, QStringLiteral("create"), detail);
    });
    if (!done.ok())
        return Result::failure(done.error());
    return id;
}

Expected<std::optional<Package>> PackageStore::find(qint64 id)
{
    using Result = Expected<std::optional<Package>>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, state, version, territories, period_start, period_end, dsps, offers, created_at, "
                             "created_by, stale_reason, (SELECT base_currency FROM package_versions v WHERE v.package_id = packages.id "
                             "AND v.version = packages.version) FROM packages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result::failure(sqlError(q));
    if (!q.next())
        return std::optional<Package>();
    Package p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.state = Package::stateFromName(q.value(2).toString()).value_or(Package::State::Draft);
    p.version = q.value(3).toInt();
    p.partition.territories = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.partition.periodStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.partition.periodEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.partition.dsps = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.partition.offers = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    p.createdBy = q.value(10).toString();
    p.staleReason = q.value(11).toString();
    p.baseCurrency = q.value(12).toString();
    SqlQuery adj(m_db);
    adj.prepare(QStringLiteral("SELECT id, kind, value, currency, scope, scope_value, reason FROM package_adjustments WHERE package_id = ? ORDER BY id"));
    adj.addBindValue(id);
    if (!adj.exec())
        return Result::failure(sqlError(adj));
    while (adj.next()) {
        Adjustment a;
        a.id = adj.value(0).toLongLong();
        a.kind = adj.value(1).toString() == QLatin1String("percent") ? Adjustment::Kind::Percent : Adjustment::Kind::Amount;
        a.value = decimalOf(adj.value(2));
        a.currency = adj.value(3).toString();
        a.scope = scopeFrom(adj.value(4).toString());
        a.scopeValue = adj.value(5).toString();
        a.reason = adj.value(6).toString();
        p.adjustments << a;
    }
    SqlQuery adv(m_db);
    adv.prepare(QStringLiteral("SELECT id, holder, amount, currency FROM package_advances WHERE package_id = ? ORDER BY id"));
    adv.addBindValue(id);
    if (!adv.exec())
        return Result::failure(sqlError(adv));
    while (adv.next())
        p.advances << Advance{adv.value(0).toLongLong(), adv.value(1).toString(), decimalOf(adv.value(2)), adv.value(3).toString()};
    return std::optional<Package>(p);
}

Expected<QList<Package>> PackageStore::list()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM packages ORDER BY id")))
        return Expected<QList<Package>>::failure(sqlError(q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Package> packages;
    for (qint64 id : ids) {
        const auto p = find(id);
        if (!p)
            return Expected<QList<Package>>::failure(p.error());
        packages << *p.value();
    }
    return packages;
}

Expected<Package> PackageStore::existing(qint64 id)
{
    const auto p = find(id);
    if (!p)
        return Expected<Package>::failure(p.error());
    if (!p.value())
        return Expected<Package>::failure(tr("There is no package %1").arg(id));
    return *p.value();
}

Expected<Package> PackageStore::editable(qint64 packageId)
{
    auto p = existing(packageId);
    if (p && (p->state == Package::State::Published || p->state == Package::State::Retracted))
        return Expected<Package>::failure(tr("Package %1 is %2: it can no longer change").arg(packageId).arg(Package::stateName(p->state)));
    return p;
}

// An adjustment or advance row, the package back to draft, and the audit entry, in one transaction.
Expected<qint64> PackageStore::addToDraft(qint64 packageId, SqlQuery &insert, const QString &action, const QString &detail, const QString &reason)
{
    qint64 id = 0;
    const Status done = atomically([&]() -> Status {
        if (!insert.exec())
            return Status::failure(sqlError(insert));
        id = insert.lastInsertId().toLongLong();
        SqlQuery draft(m_db);
        draft.prepare(QStringLiteral("UPDATE packages SET state = 'draft' WHERE id = ?"));
        draft.addBindValue(packageId);
        if (!draft.exec())
            return Status::failure(sqlError(draft));
        return recorded(packageId, action, detail, reason);
    });
    if (!done.ok())
        return Expected<qint64>::failure(done.error());
    return id;
}

Expected<qint64> PackageStore::addAdjustment(qint64 packageId, const Adjustment &a)
{
    using Result = Expected<qint64>;
    const auto p = editable(packageId);
    if (!p)
        return Result::failure(p.error());
    if (a.reason.trimmed().isEmpty())
        return Result::failure(tr("An adjustment needs a reason"));
    if (a.kind == Adjustment::Kind::Amount && a.currency.size() != 3)
        return Result::failure(tr("An amount adjustment needs its currency"));
    if (a.scope != Adjustment::Scope::Package && a.scopeValue.isEmpty())
        return Result::failure(tr("A territory or resource adjustment needs the territory or resource"));
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO package_adjustments (package_id, kind, value, currency, scope, scope_value, reason, added_at, added_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool percent = a.kind == Adjustment::Kind::Percent;
    for (const QVariant &v : {QVariant(packageId), QVariant(percent ? QStringLiteral("percent") : QStringLiteral("amount")),
                              QVariant(QString::fromStdString(a.value.toString())), percent ? QVariant() : QVariant(a.currency),
                              QVariant(scopeName(a.scope)), nullIfEmpty(a.scopeValue),
                              QVariant(a.reason.trimmed()), QVariant(nowIso()), QVariant(process::osUser())})
        q.addBindValue(v);
    const QString what = percent ? tr("%1% on %2 %3").arg(QString::fromStdString(a.value.toString()), scopeName(a.scope), a.scopeValue)
                                 : tr("%1 %2 on %3 %4").arg(QString::fromStdString(a.value.toString()), a.currency, scopeName(a.scope), a.scopeValue);
    return addToDraft(packageId, q, QStringLiteral("adjust"), what.trimmed(), a.reason.trimmed());
}

Expected<qint64> PackageStore::addAdvance(qint64 packageId, const Advance &a)
{
    using Result = Expected<qint64>;
    const auto p = editable(packageId);
    if (!p)
        return Result::failure(p.error());
    if (a.holder.trimmed().isEmpty() || a.currency.size() != 3 || a.amount.isNegative() || a.amount.isZero())
        return Result::failure(tr("An advance needs a rights holder, a positive amount and its currency"));
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO package_advances (package_id, holder, amount, currency, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(packageId), QVariant(a.holder.trimmed()), QVariant(QString::fromStdString(a.amount.toString())),
                              QVariant(a.currency.toUpper()), QVariant(nowIso()), QVariant(process::osUser())})
        q.addBindValue(v);
    return addToDraft(packageId, q, QStringLiteral("advance"),
                      tr("%1 %2 to %3").arg(QString::fromStdString(a.amount.toString()), a.currency.toUpper(), a.holder.trimmed()));
}

Status PackageStore::transition(qint64 packageId, Package::State from, Package::State to, const QString &action, const QString &reason,
                                const std::function<Status()> &precondition)
{
    const auto p = existing(packageId);
    if (!p)
        return Status::failure(p.error());
    if (p->state != from)
        return Status::failure(tr("Package %1 is %2; only a %3 package can be %4")
                                   .arg(packageId).arg(Package::stateName(p->state), Package::stateName(from), Package::stateName(to)));
    Status refused;
    const Status done = atomically([&]() -> Status {
        if (precondition) // inside the write transaction: no purge can come between the check and the change
            if (refused = precondition(); !refused)
                return refused;
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE packages SET state = ? WHERE id = ? AND state = ?"));
        q.addBindValue(Package::stateName(to));
        q.addBindValue(packageId);
        q.addBindValue(Package::stateName(from));
        if (!q.exec() || q.numRowsAffected() != 1)
            return Status::failure(tr("Cannot %1 package %2").arg(action).arg(packageId));
        return recorded(packageId, action, tr("version %1").arg(p->version), reason);
    });
    if (!refused.ok())
        return refused;
    if (!done.ok())
        return Status::failure(tr("Cannot %1 package %2").arg(action).arg(packageId));
    StatusMessage stage;
    stage.correlationId = correlationId(packageId);
    stage.stage = to == Package::State::Published ? QStringLiteral("PUBLISHED") : QStringLiteral("RETRACTED");
    stage.status = QStringLiteral("SUCCESS");
    stage.message = reason.isEmpty() ? tr("version %1").arg(p->version) : reason;
    stage.timestamp = QDateTime::currentDateTimeUtc();
    JournalTables(m_db).writeStatus(stage);
    return Status();
}

QString PackageStore::correlationId(qint64 packageId) { return QStringLiteral("package-%1").arg(packageId); }

Status PackageStore::publish(qint64 packageId)
{
    // Every source must still be there, checked in the publish's own transaction (a retention sweep may be purging).
    auto sourcesHere = [this, packageId]() -> Status {
        const auto found = find(packageId);
        if (!found || !found.value() || found.value()->version == 0)
            return {};
        const auto missing = missingSources(packageId, found.value()->version);
        if (!missing)
            return Status::failure(missing.error());
        if (!missing->isEmpty())
            return Status::failure(tr("Package %1 cannot be published: %2").arg(packageId).arg(missing.value()));
        return {};
    };
    return transition(packageId, Package::State::Built, Package::State::Published, QStringLiteral("publish"), QString(), sourcesHere);
}

Status PackageStore::retract(qint64 packageId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Retracting a package needs a reason"));
    return transition(packageId, Package::State::Published, Package::State::Retracted, QStringLiteral("retract"), reason.trimmed());
}

Expected<QString> PackageStore::missingSources(qint64 packageId, int version, const std::set<qint64> &alsoGone)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.dsr_id, s.file_name, d.id, d.retention, d.retention_at FROM package_sources s "
                             "LEFT JOIN dsrs d ON d.id = s.dsr_id WHERE s.package_id = ? AND s.version = ? ORDER BY s.dsr_id"));
    q.addBindValue(packageId);
    q.addBindValue(version);
    if (!q.exec())
        return Expected<QString>::failure(sqlError(q));
    QStringList gone;
    while (q.next()) {
        const QString id = q.value(0).toString(), file = q.value(1).toString();
        if (q.value(2).isNull())
            gone << tr("DSR %1 (%2) was deleted").arg(id, file);
        else if (q.value(3).toString() == QLatin1String("purged"))
            gone << tr("the rows of DSR %1 (%2) were purged on %3 by the retention sweep").arg(id, file, q.value(4).toString().left(10));
        else if (alsoGone.count(q.value(0).toLongLong()))
            gone << tr("the rows of DSR %1 (%2) are purged by this retention sweep").arg(id, file);
    }
    return gone.join(QLatin1String("; "));
}

Status PackageStore::setStale(qint64 packageId, const QString &reason)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE packages SET stale_reason = ? WHERE id = ? AND state IN ('draft', 'built')"));
    q.addBindValue(nullIfEmpty(reason));
    q.addBindValue(packageId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Expected<QList<AuditEntry>> PackageStore::audit(qint64 packageId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT at, who, action, detail, reason FROM package_audit WHERE package_id = ? ORDER BY id"));
    q.addBindValue(packageId);
    if (!q.exec())
        return Expected<QList<AuditEntry>>::failure(sqlError(q));
    QList<AuditEntry> entries;
    while (q.next())
        entries << AuditEntry{QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()};
    return entries;
}

Expected<QList<ResidualLine>> PackageStore::lines(qint64 packageId, int version)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT line_no, holder, territory, resource_id, isrc, dsp_id, title, currency, share, revenue, adjustment, "
                             "recouped, net, base_net, overclaimed, base_revenue, base_adjustment, base_recouped FROM package_lines WHERE package_id = ? AND version = ? ORDER BY line_no"));
    q.addBindValue(packageId);
    q.addBindValue(version);
    if (!q.exec())
        return Expected<QList<ResidualLine>>::failure(sqlError(q));
    QList<ResidualLine> lines;
    while (q.next()) {
        ResidualLine l;
        int c = 0;
        l.lineNo = q.value(c++).toInt();
        l.holder = q.value(c++).toString();
        l.territory = q.value(c++).toString();
        l.resourceId = q.value(c++).toLongLong();
        l.isrc = q.value(c++).toString();
        l.dspId = q.value(c++).toString();
        l.title = q.value(c++).toString();
        l.currency = q.value(c++).toString();
        l.share = q.value(c++).toString();
        l.revenue = q.value(c++).toString();
        l.adjustment = q.value(c++).toString();
        l.recouped = q.value(c++).toString();
        l.net = q.value(c++).toString();
        l.baseNet = q.value(c++).toString();
        l.overclaimed = q.value(c++).toBool();
        l.baseRevenue = q.value(c++).toString();
        l.baseAdjustment = q.value(c++).toString();
        l.baseRecouped = q.value(c++).toString();
        lines << l;
    }
    return lines;
}

Expected<QList<LedgerEntry>> PackageStore::ledger(qint64 packageId, int version)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT holder, currency, opening, advanced, recouped, closing FROM advance_ledger "
                             "WHERE package_id = ? AND version = ? ORDER BY holder, currency"));
    q.addBindValue(packageId);
    q.addBindValue(version);
    if (!q.exec())
        return Expected<QList<LedgerEntry>>::failure(sqlError(q));
    QList<LedgerEntry> entries;
    while (q.next())
        entries << LedgerEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString()};
    return entries;
}

} // namespace rd
