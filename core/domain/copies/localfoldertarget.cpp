#include "localfoldertarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace rd {

QString LocalFolderTarget::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QLatin1String("/archive");
}

namespace {

// Writes all the bytes, going on after a short write so that the cause of a failure (a full
// disk ends with a short write, then ENOSPC) is the one reported; empty when all were written.
QString writeAll(QFile &file, const char *data, qint64 size)
{
    while (size > 0) {
        errno = 0;
        const qint64 n = file.write(data, size);
        if (n <= 0)
            return errno ? QString::fromLocal8Bit(strerror(errno)) : file.errorString();
        data += n;
        size -= n;
    }
    return {};
}

} // namespace

Status LocalFolderTarget::writeAside(const QString &name, const std::function<Status(QFile &)> &fill)
{
    if (!QDir().mkpath(m_folder))
        return Status::failure(tr("Cannot create the archive folder %1").arg(m_folder));
    const QString final = QDir(m_folder).filePath(name);
    QFile part(final + QLatin1String(".part"));
    // Unbuffered: a write that fails (a full disk) fails at once, with its cause.
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return Status::failure(tr("Cannot write %1: %2").arg(part.fileName(), part.errorString()));
    Status filled = fill(part);
    if (filled.ok() && ::fsync(part.handle()) != 0)
        filled = Status::failure(tr("Cannot write %1: %2").arg(part.fileName(), QString::fromLocal8Bit(strerror(errno))));
    part.close();
    if (!filled.ok()) {
        part.remove();
        return filled;
    }
    // rename(2) replaces atomically; QFile::rename would refuse an existing copy.
    if (::rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(final).constData()) != 0) {
        part.remove();
        return Status::failure(tr("Cannot move %1 into place: %2").arg(final, QString::fromLocal8Bit(strerror(errno))));
    }
    return {};
}

Status LocalFolderTarget::put(const QString &localFile, const QString &name)
{
    return writeAside(name, [&](QFile &out) {
        QFile in(localFile);
        if (!in.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read %1: %2").arg(localFile, in.errorString()));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 n;
        while ((n = in.read(buffer.data(), buffer.size())) > 0)
            if (const QString error = writeAll(out, buffer.constData(), n); !error.isEmpty())
                return Status::failure(tr("Cannot write %1: %2").arg(out.fileName(), error));
        return n < 0 ? Status::failure(tr("Cannot read %1: %2").arg(localFile, in.errorString())) : Status();
    });
}

Status LocalFolderTarget::putBytes(const QByteArray &contents, const QString &name)
{
    return writeAside(name, [&](QFile &out) {
        const QString error = writeAll(out, contents.constData(), contents.size());
        return error.isEmpty() ? Status() : Status::failure(tr("Cannot write %1: %2").arg(out.fileName(), error));
    });
}

Expected<QString> LocalFolderTarget::sha256(const QString &name)
{
    QFile copy(QDir(m_folder).filePath(name));
    if (!copy.open(QIODevice::ReadOnly))
        return Expected<QString>::failure(tr("Cannot read the copy %1: %2").arg(copy.fileName(), copy.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&copy))
        return Expected<QString>::failure(tr("Cannot read the copy %1: %2").arg(copy.fileName(), copy.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace rd
