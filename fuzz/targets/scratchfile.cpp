#include "scratchfile.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace rd::fuzz {

QString writeScratchFile(const char *suffix, const std::uint8_t *data, std::size_t size)
{
    static const QString folder = [] {
        const QString shm = QStringLiteral("/dev/shm");
        const QString base = QDir(shm).exists() ? shm : QDir::tempPath();
        const QString path = base + QStringLiteral("/royaltydesk-fuzz-%1").arg(::getpid());
        QDir().mkpath(path);
        std::atexit([] { QDir(QStringLiteral("/dev/shm/royaltydesk-fuzz-%1").arg(::getpid())).removeRecursively(); });
        return path;
    }();
    // The name carries the suffix because the parsers look at it (.gz, .jsonl, DSR names).
    const QString path = folder + QLatin1Char('/') + QString::fromLatin1(suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write the scratch file %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace rd::fuzz
