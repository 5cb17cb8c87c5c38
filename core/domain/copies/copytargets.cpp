#include "copytargets.h"

#include "copies/localfoldertarget.h"
#include "copies/sftptarget.h"
#include "storage/database.h"
#include "db/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace rd {

QString TargetConfig::kindName(Kind kind) { return kind == Kind::Local ? QStringLiteral("local") : QStringLiteral("sftp"); }

Expected<QList<TargetConfig>> CopyTargets::list(bool enabledOnly)
{
    QSqlQuery q(m_db.connection());
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

Expected<qint64> CopyTargets::add(const TargetConfig &target)
{
    if (target.kind == TargetConfig::Kind::Sftp
        && (target.settings.value(QStringLiteral("host")).toString().isEmpty() || target.settings.value(QStringLiteral("user")).toString().isEmpty()
            || target.settings.value(QStringLiteral("known_hosts")).toString().isEmpty()))
        return Expected<qint64>::failure(tr("An SFTP target needs a host, a user and a known_hosts file"));
    if (target.kind == TargetConfig::Kind::Sftp && target.settings.value(QStringLiteral("key_file")).toString().isEmpty()
        && target.settings.value(QStringLiteral("password_env")).toString().isEmpty())
        return Expected<qint64>::failure(tr("An SFTP target needs a key file or the environment variable holding the password"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO copy_targets (kind, location, settings) VALUES (?, ?, ?)"));
    q.addBindValue(TargetConfig::kindName(target.kind));
    q.addBindValue(target.location);
    q.addBindValue(QString::fromUtf8(QJsonDocument(target.settings).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Expected<qint64>::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

Status CopyTargets::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE copy_targets SET enabled = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no retention target %1").arg(id));
    return {};
}

Status CopyTargets::confirmFingerprint(qint64 id, const QString &fingerprint)
{
    if (!fingerprint.startsWith(QLatin1String("SHA256:")))
        return Status::failure(tr("\"%1\" is not a SHA256 fingerprint (SHA256:…)").arg(fingerprint));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE copy_targets SET settings = json_set(settings, '$.fingerprint', ?) WHERE id = ? AND kind = 'sftp'"));
    q.addBindValue(fingerprint);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no SFTP target %1").arg(id));
    return {};
}

namespace {

SftpTarget::Settings sftpSettings(const TargetConfig &target)
{
    SftpTarget::Settings s;
    s.host = target.settings.value(QStringLiteral("host")).toString();
    s.port = target.settings.value(QStringLiteral("port")).toInt(22);
    s.user = target.settings.value(QStringLiteral("user")).toString();
    s.keyFile = target.settings.value(QStringLiteral("key_file")).toString();
    s.passwordVariable = target.settings.value(QStringLiteral("password_env")).toString();
    s.knownHosts = target.settings.value(QStringLiteral("known_hosts")).toString();
    s.confirmedFingerprint = target.settings.value(QStringLiteral("fingerprint")).toString();
    s.timeoutSeconds = target.settings.value(QStringLiteral("timeout")).toInt(15);
    s.folder = target.location;
    return s;
}

} // namespace

SftpTarget::Settings CopyTargets::sftpSettingsOf(const TargetConfig &target) { return sftpSettings(target); }

std::unique_ptr<CopyTarget> CopyTargets::open(const TargetConfig &target) const
{
    if (target.kind == TargetConfig::Kind::Sftp)
        return std::make_unique<SftpTarget>(sftpSettings(target));
    return std::make_unique<LocalFolderTarget>(target.location.isEmpty() ? LocalFolderTarget::defaultFolder(m_db.path()) : target.location);
}

QString CopyTargets::describe(const TargetConfig &target) const { return open(target)->location(); }

} // namespace rd
