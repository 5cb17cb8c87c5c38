#pragma once

#include "copies/copytarget.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>

namespace rd {

// Copies in a local folder, which may be a mounted network share: written as
// name.part, flushed to disk, then renamed.
class LocalFolderTarget : public CopyTarget
{
    Q_DECLARE_TR_FUNCTIONS(LocalFolderTarget)

public:
    explicit LocalFolderTarget(const QString &folder) : m_folder(folder) {}

    // The default archive: "archive" beside the database.
    static QString defaultFolder(const QString &databasePath);

    QString location() const override { return m_folder; }
    Status put(const QString &localFile, const QString &name) override;
    Status putBytes(const QByteArray &contents, const QString &name) override;
    Expected<QString> sha256(const QString &name) override;

private:
    Status writeAside(const QString &name, const std::function<Status(QFile &)> &fill);

    QString m_folder;
};

} // namespace rd
