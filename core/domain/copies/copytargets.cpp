#include "copytargets.h"

#include "copies/localfoldertarget.h"
#include "copies/sftptarget.h"
#include "copies/copytables.h"
#include "db/database.h"

namespace rd {

Expected<QList<TargetConfig>> CopyTargets::list(bool enabledOnly)
{
    return CopyTargetTable(m_db).list(enabledOnly);
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
    return CopyTargetTable(m_db).add(target);
}

Status CopyTargets::setEnabled(qint64 id, bool enabled)
{
    return CopyTargetTable(m_db).setEnabled(id, enabled);
}

Status CopyTargets::confirmFingerprint(qint64 id, const QString &fingerprint)
{
    if (!fingerprint.startsWith(QLatin1String("SHA256:")))
        return Status::failure(tr("\"%1\" is not a SHA256 fingerprint (SHA256:…)").arg(fingerprint));
    return CopyTargetTable(m_db).setFingerprint(id, fingerprint);
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
