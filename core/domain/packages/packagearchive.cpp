#include "packagearchive.h"

#include <limits>

namespace rd {
namespace {

// Reads a CSV entry into the table (up to maxRows rows, counting all); the error names the entry and line.
QString readCsv(const QString &path, const QString &entry, CsvTable &table, qint64 maxRows, qint64 &total)
{
    CsvStreamReader reader(table, maxRows);
    bool parsed = true;
    const Status read = PackageZip::streamEntry(path, entry, [&](QByteArrayView piece) { return parsed = reader.feed(piece); });
    if (!read.ok())
        return read.error();
    if (!parsed || !reader.finish())
        return PackageArchive::tr("%1: %2").arg(entry, reader.error());
    if (table.columns.isEmpty())
        return PackageArchive::tr("%1: %2").arg(entry, PackageArchive::tr("no header row"));
    total = reader.rows();
    return {};
}

} // namespace

PackageArchive PackageArchive::open(const QString &path)
{
    PackageArchive archive;
    archive.path = path;
    archive.verification = PackageZip::verify(path);
    // A structural refusal (unreadable, hostile, entries missing) leaves nothing to show; a
    // checksum mismatch still shows the contents, marked, so the reviewer sees what changed.
    const bool onlyChecksums = !archive.verification.entries.isEmpty() && archive.verification.errors.size() == archive.verification.changed.size()
                               && !archive.verification.manifest.isEmpty();
    if (!archive.verification.ok && !onlyChecksums) {
        archive.refused = true;
        return archive;
    }
    archive.manifest = archive.verification.manifest;
    qint64 lineCount = 0;
    for (const QString &problem : {readCsv(path, QStringLiteral("lines.csv"), archive.lines, std::numeric_limits<qint64>::max(), lineCount),
                                   readCsv(path, QStringLiteral("source/usage.csv"), archive.sourceRows, kMaxSourceRows, archive.sourceRowsTotal)})
        if (!problem.isEmpty())
            archive.problems << problem;
    return archive;
}

} // namespace rd
