#include "finishedfile.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace rd {

Status FinishedFile::place(const QString &partial, const QString &path)
{
    const QByteArray from = QFile::encodeName(partial);
    QFile file(partial);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0) {
        const QString cause = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Status::failure(tr("Cannot write %1: %2").arg(path, cause));
    }
    file.close();
    // rename(2) replaces an existing file atomically; QFile::rename would refuse it.
    if (std::rename(from.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString cause = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Status::failure(tr("Cannot move %1 into place: %2").arg(path, cause));
    }
    return {};
}

} // namespace rd
