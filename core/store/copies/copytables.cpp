#include "copytables.h"

#include "db/sqlerror.h"
#include "db/database.h"

#include <QJsonDocument>
#include "db/sqlquery.h"
#include <QVariant>

namespace rd {
namespace {

QVariant timeOrNull(const QDateTime &t) { return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant(); }

} // namespace

QString TargetConfig::kindName(Kind kind) { return kind == Kind::Local ? QStringLiteral("local") : QStringLiteral("sftp"); }

Expected<QList<TargetConfig>> CopyTargetTable::list(bool enabledOnly)
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, kind, location, settings, enabled FROM copy_targets %1 ORDER BY id")
                    .arg(enabledOnly ? QLatin1String("WHERE enabled = 1") : QLatin1String(""))))
        return Expected<QList<TargetConfig>>::failure(sqlError(q));
    QList<TargetConfig> targets;
    while (q.next()) {
        TargetConfig t;
        t.id = q.value(0).toLongLong();
        t.kind = q.value(1).toString() == QLatin1String("sftp") ? TargetConfig::Kind::Sftp : TargetConfig::Kind::Local;
        t.location = q.value(2).toString();
        t.settings = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        t.enabled = q.value(4).toBool();
        targets << t;
    }
    return targets;
}

Expected<qint64> CopyTargetTable::add(const TargetConfig &target)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO copy_targets (kind, location, settings) VALUES (?, ?, ?)"));
    q.addBindValue(TargetConfig::kindName(target.kind));
    q.addBindValue(target.location);
    q.addBindValue(QString::fromUtf8(QJsonDocument(target.settings).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Expected<qint64>::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

Status CopyTargetTable::setEnabled(qint64 id, bool enabled)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE copy_targets SET enabled = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no retention target %1").arg(id));
    return {};
}

Status CopyTargetTable::setFingerprint(qint64 id, const QString &fingerprint)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE copy_targets SET settings = json_set(settings, '$.fingerprint', ?) WHERE id = ? AND kind = 'sftp'"));
    q.addBindValue(fingerprint);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no SFTP target %1").arg(id));
    return {};
}

Status PackageCopyTable::write(qint64 packageId, int version, const CopyState &c, const QDateTime &verifiedAt)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO package_copies (package_id, version, target_id, name, sha256, state, reason, attempts, updated_at, verified_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (package_id, version, target_id) DO UPDATE SET "
        "sha256 = excluded.sha256, state = excluded.state, reason = excluded.reason, attempts = package_copies.attempts + excluded.attempts, "
        "updated_at = excluded.updated_at, verified_at = coalesce(excluded.verified_at, package_copies.verified_at)"));
    for (const QVariant &v : {QVariant(packageId), QVariant(version), QVariant(c.targetId), QVariant(c.name), QVariant(c.sha256),
                              QVariant(c.state), nullIfEmpty(c.reason), QVariant(c.attempts), timeOrNull(c.updatedAt), timeOrNull(verifiedAt)})
        q.addBindValue(v);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Status PackageCopyTable::writeRetraction(qint64 packageId, int version, qint64 targetId, const QString &state, const QString &reason,
                                         const QDateTime &at)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE package_copies SET retraction_state = ?, retraction_reason = ?, updated_at = ? "
                             "WHERE package_id = ? AND version = ? AND target_id = ?"));
    for (const QVariant &v : {QVariant(state), nullIfEmpty(reason), timeOrNull(at), QVariant(packageId), QVariant(version), QVariant(targetId)})
        q.addBindValue(v);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Expected<QList<CopyState>> PackageCopyTable::currentCopies(qint64 packageId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.target_id, c.name, c.sha256, c.state, c.reason, c.attempts, c.updated_at, c.verified_at, "
                             "c.retraction_state, c.retraction_reason FROM package_copies c JOIN packages p ON p.id = c.package_id "
                             "AND p.version = c.version WHERE c.package_id = ? ORDER BY c.target_id"));
    q.addBindValue(packageId);
    if (!q.exec())
        return Expected<QList<CopyState>>::failure(sqlError(q));
    QList<CopyState> out;
    while (q.next()) {
        CopyState s;
        s.targetId = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.sha256 = q.value(2).toString();
        s.state = q.value(3).toString();
        s.reason = q.value(4).toString();
        s.attempts = q.value(5).toInt();
        s.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        s.verifiedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        s.retractionState = q.value(8).toString();
        s.retractionReason = q.value(9).toString();
        out << s;
    }
    return out;
}

} // namespace rd
