#pragma once

#include "copies/copyrecords.h"
#include "copies/sftptarget.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace rd {

class CopyTarget;
class Database;

// The retention targets that publishing copies packages to, in the database.
// A new database has one: the local archive beside it.
class CopyTargets
{
    Q_DECLARE_TR_FUNCTIONS(CopyTargets)

public:
    explicit CopyTargets(Database &database) : m_db(database) {}

    Expected<QList<TargetConfig>> list(bool enabledOnly = true);
    Expected<qint64> add(const TargetConfig &target);
    // Disabled targets keep their copies and their history; nothing is deleted.
    Status setEnabled(qint64 id, bool enabled);
    // Records the SSH host key fingerprint the user confirmed for an SFTP
    // target; an unknown key with it is then accepted and remembered.
    Status confirmFingerprint(qint64 id, const QString &fingerprint);
    // A target that writes and reads the copies of this configuration.
    std::unique_ptr<CopyTarget> open(const TargetConfig &target) const;
    static SftpTarget::Settings sftpSettingsOf(const TargetConfig &target);
    // For people: the folder, or sftp://user@host:port/folder.
    QString describe(const TargetConfig &target) const;

private:
    Database &m_db;
};

} // namespace rd
