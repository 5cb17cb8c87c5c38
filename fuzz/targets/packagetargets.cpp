// Fuzz entries for package zips: the verification of any bytes as a zip, and the offline
// review loader on well-formed zips whose entries (manifest, lines, rows) are fuzzed.
#include "fuzztarget.h"
#include "scratchfile.h"

#include "packages/packagearchive.h"
#include "packages/packagezip.h"

#include <QCryptographicHash>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <map>

namespace rd::fuzz {

RD_FUZZ_ENTRY(fuzzPackageZip)
{
    const QString path = writeScratchFile("package.zip", data, size);
    const PackageZip::Verification verification = PackageZip::verify(path);
    RD_FUZZ_CHECK(verification.ok == verification.errors.isEmpty());
    RD_FUZZ_CHECK(verification.changed.size() <= verification.errors.size());
    if (!verification.ok)
        return 0;
    // A verified zip's entries read back within their caps.
    for (const auto &[name, matched] : verification.entries) {
        RD_FUZZ_CHECK(matched);
        const auto bytes = PackageZip::readEntry(path, name, 1 << 20);
        (void)bytes;
    }
    return 0;
}

namespace {

// The input's entries: blocks that each start with a line "@@entry NAME".
std::map<QString, QByteArray> entriesOf(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray marker("@@entry ");
    static const QByteArray lineMarker("\n@@entry ");
    std::map<QString, QByteArray> entries;
    qsizetype at = input.startsWith(marker) ? 0 : input.indexOf(lineMarker);
    while (at >= 0 && entries.size() < 8) {
        const qsizetype nameStart = at + (input.at(at) == '\n' ? 1 : 0) + marker.size();
        const qsizetype nameEnd = input.indexOf('\n', nameStart);
        if (nameEnd < 0)
            break;
        const qsizetype next = input.indexOf(lineMarker, nameEnd);
        const qsizetype contentEnd = next < 0 ? input.size() : next;
        entries[QString::fromUtf8(input.mid(nameStart, nameEnd - nameStart))] = input.mid(nameEnd + 1, contentEnd - nameEnd - 1);
        at = next;
    }
    return entries;
}

// Writes the entries as a zip; checksums.sha256 is computed unless the input brings its own.
bool writeZip(const QString &path, std::map<QString, QByteArray> entries)
{
    if (!entries.count(QStringLiteral("checksums.sha256"))) {
        QByteArray sums;
        for (const auto &[name, bytes] : entries)
            sums += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + '\n';
        entries[QStringLiteral("checksums.sha256")] = sums;
    }
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(bytes);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

RD_FUZZ_ENTRY(fuzzReview)
{
    const QString path = writeScratchFile("review.zip", nullptr, 0);
    if (!writeZip(path, entriesOf(data, size)))
        return 0;
    const PackageArchive archive = PackageArchive::open(path);
    RD_FUZZ_CHECK(!archive.refused || (archive.manifest.isEmpty() && archive.lines.columns.isEmpty())); // refused: nothing shown
    for (qsizetype row = 0; row < archive.lines.rowCount(); ++row)
        RD_FUZZ_CHECK(archive.lines.row(row).size() == archive.lines.columns.size());
    if (archive.problems.isEmpty()) { // the counts are those of entries read to the end
        RD_FUZZ_CHECK(archive.sourceRows.rowCount() <= archive.sourceRowsTotal);
        RD_FUZZ_CHECK(archive.lines.rowCount() <= archive.linesTotal);
    }
    return 0;
}

} // namespace rd::fuzz
