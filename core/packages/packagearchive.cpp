#include "packagearchive.h"

#include "util/csvrecords.h"

namespace rd {
namespace {

constexpr qint64 kMaxLinesBytes = qint64(1) << 30;

// Parses CSV text into header and rows, keeping at most maxRows rows and counting all.
bool parseCsv(const QByteArray &bytes, QStringList &header, QList<QStringList> &rows, qint64 maxRows, qint64 &total, QString &error)
{
    const QString text = QString::fromUtf8(bytes);
    qsizetype pos = 0;
    const auto head = csv::readRecord(text, pos);
    if (!head || head->isEmpty()) {
        error = PackageArchive::tr("no header row");
        return false;
    }
    header = *head;
    qint64 line = 1;
    while (pos < text.size()) {
        ++line;
        const auto record = csv::readRecord(text, pos);
        if (!record) {
            error = PackageArchive::tr("line %1: a quoted field is not closed").arg(line);
            return false;
        }
        if (record->size() == 1 && record->constFirst().isEmpty())
            continue;
        if (record->size() != header.size()) {
            error = PackageArchive::tr("line %1: %2 fields, the header has %3").arg(line).arg(record->size()).arg(header.size());
            return false;
        }
        if (total++ < maxRows)
            rows << *record;
    }
    return true;
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
    QString error;
    const auto lines = PackageZip::readEntry(path, QStringLiteral("lines.csv"), kMaxLinesBytes);
    if (!lines)
        archive.problems << lines.error();
    else if (!parseCsv(lines.value(), archive.lineColumns, archive.lines, std::numeric_limits<qint64>::max(), lineCount, error))
        archive.problems << tr("lines.csv: %1").arg(error);
    const auto usage = PackageZip::readEntry(path, QStringLiteral("source/usage.csv"), kMaxLinesBytes);
    if (!usage)
        archive.problems << usage.error();
    else if (!parseCsv(usage.value(), archive.sourceColumns, archive.sourceRows, kMaxSourceRows, archive.sourceRowsTotal, error))
        archive.problems << tr("source/usage.csv: %1").arg(error);
    return archive;
}

} // namespace rd
