#include "packagezip.h"

#include "packages/packageexport.h"

#include "journal/statusjournal.h"
#include "packages/packagestore.h"
#include "db/database.h"
#include "util/finishedfile.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <sys/stat.h>

namespace rd {
namespace {

constexpr int kMaxEntries = 1000;
constexpr qint64 kMaxEntryBytes = qint64(64) << 30;  // 64 GiB of source rows is a very large partition
constexpr qint64 kMaxSmallEntryBytes = 64 << 20;     // manifest and checksums
constexpr qint64 kBombRatio = 1000;                   // deflate cannot honestly do better than ~1032:1

const char *const kEntries[] = {"manifest.json", "lines.csv", "source/usage.csv", "statement.pdf", "checksums.sha256"};

// One zip entry being written, hashed as it goes.
class EntryWriter
{
public:
    EntryWriter(QuaZip &zip, const QString &name, const QDateTime &time, QString &error)
        : m_file(&zip), m_name(name), m_error(error), m_hash(QCryptographicHash::Sha256)
    {
        QuaZipNewInfo info(name);
        info.dateTime = time;
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        // Level 1: several times faster than 6 on hundreds of MB of rows, for a little more size.
        if (!m_file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1))
            m_error = PackageZip::tr("Cannot add %1 to the zip").arg(name);
    }
    void write(const QByteArray &bytes)
    {
        if (!m_error.isEmpty())
            return;
        m_hash.addData(bytes);
        if (m_file.write(bytes) != bytes.size())
            m_error = PackageZip::tr("Cannot write %1 into the zip").arg(m_name);
    }
    QString close()
    {
        m_file.close();
        if (m_error.isEmpty() && m_file.getZipError() != 0)
            m_error = PackageZip::tr("Cannot write %1 into the zip (zip error %2)").arg(m_name).arg(m_file.getZipError());
        return QString::fromLatin1(m_hash.result().toHex());
    }

private:
    QuaZipFile m_file;
    QString m_name;
    QString &m_error;
    QCryptographicHash m_hash;
};

} // namespace

Status PackageZip::write(Database &database, qint64 packageId, const QString &path, const StatementRenderer &renderStatement)
{
    const auto content = PackageExport::read(database, packageId);
    if (!content)
        return Status::failure(content.error());
    const QDateTime entryTime = QDateTime::fromString(content->builtAt, Qt::ISODate);

    // The zip, written aside and renamed into place.
    const QString partial = path + QLatin1String(".part");
    QFile::remove(partial);
    QFile zipFile(partial); // ours, so that a write error (a full disk) can be named
    QuaZip zip(&zipFile);
    zip.setZip64Enabled(true); // source/usage.csv of a large partition passes 4 GiB
    if (!zip.open(QuaZip::mdCreate))
        return Status::failure(tr("Cannot create %1").arg(path));
    QString error;
    QStringList checksums;
    auto entry = [&](const char *name, const std::function<void(EntryWriter &)> &fill) {
        if (!error.isEmpty())
            return;
        EntryWriter w(zip, QString::fromLatin1(name), entryTime, error);
        fill(w);
        const QString hash = w.close();
        checksums << hash + QLatin1String("  ") + QLatin1String(name);
    };
    entry("manifest.json", [&](EntryWriter &w) { w.write(QJsonDocument(content->manifest()).toJson(QJsonDocument::Indented)); });
    entry("lines.csv", [&](EntryWriter &w) { w.write(content->linesCsv()); });
    entry("source/usage.csv", [&](EntryWriter &w) {
        content->writeSourceRows(database, [&w](const QByteArray &chunk) { w.write(chunk); }, error);
    });
    entry("statement.pdf", [&](EntryWriter &w) {
        const QByteArray pdf = renderStatement ? renderStatement(content->statement()) : QByteArray();
        if (pdf.isEmpty())
            error = tr("Cannot make the statement PDF");
        w.write(pdf);
    });
    if (error.isEmpty()) {
        EntryWriter w(zip, QStringLiteral("checksums.sha256"), entryTime, error);
        w.write(checksums.join(QLatin1Char('\n')).toUtf8() + '\n');
        w.close();
    }
    zip.close();
    if (error.isEmpty() && zip.getZipError() != 0)
        error = tr("Cannot finish %1 (zip error %2)").arg(path).arg(zip.getZipError());
    if (zipFile.error() != QFileDevice::NoError) // the cause itself, e.g. "No space left on device"
        error = tr("Cannot write %1: %2").arg(path, zipFile.errorString());
    if (!error.isEmpty()) {
        QFile::remove(partial);
        return Status::failure(error);
    }
    if (const Status placed = FinishedFile::place(partial, path); !placed.ok())
        return placed;
    StatusJournal(database).stage(PackageStore::correlationId(packageId), QStringLiteral("EXPORTED"), QStringLiteral("SUCCESS"),
                                  tr("version %1 to %2").arg(content->package.version).arg(QFileInfo(path).fileName()));
    return Status();
}

namespace {

// The zip's directory, checked before any byte is read: every name, type and size. The entries
// that pass, by name; what fails goes to errors.
std::map<QString, QuaZipFileInfo64> checkedDirectory(const QList<QuaZipFileInfo64> &infos, QStringList &errors)
{
    std::map<QString, QuaZipFileInfo64> byName;
    for (const QuaZipFileInfo64 &info : infos) {
        const QString name = info.name;
        const QStringList parts = name.split(QLatin1Char('/'));
        if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':'))
            || parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")))
            errors << PackageZip::tr("%1: a path outside the package (refused)").arg(name);
        else if (((info.externalAttr >> 16) & S_IFMT) == S_IFLNK)
            errors << PackageZip::tr("%1: a symbolic link (refused)").arg(name);
        else if (byName.count(name))
            errors << PackageZip::tr("%1: the archive holds it twice").arg(name);
        else if (qint64(info.uncompressedSize) > kMaxEntryBytes)
            errors << PackageZip::tr("%1: declares %2 bytes, more than a package holds").arg(name).arg(info.uncompressedSize);
        else if (info.compressedSize > 0 && info.uncompressedSize > (16 << 20)
                 && qint64(info.uncompressedSize) / qint64(info.compressedSize) > kBombRatio)
            errors << PackageZip::tr("%1: expands %2 times (a zip bomb; refused)").arg(name).arg(qint64(info.uncompressedSize) / qint64(info.compressedSize));
        else
            byName.emplace(name, info);
    }
    return byName;
}

// One entry streamed through SHA-256, never more bytes than it declares; the small entries
// (manifest, checksums) are also kept in `kept`. The hex digest, or nullopt with the error added.
std::optional<QString> hashEntry(QuaZip &zip, const QString &name, const QuaZipFileInfo64 &info, QByteArray *kept, QStringList &errors)
{
    if (!zip.setCurrentFile(name)) {
        errors << PackageZip::tr("%1: cannot be found in the archive").arg(name);
        return std::nullopt;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << PackageZip::tr("%1: cannot be read (zip error %2)").arg(name).arg(file.getZipError());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    bool tooBig = false;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 n;
    while ((n = file.read(buffer.data(), buffer.size())) > 0) {
        total += n;
        if (total > qint64(info.uncompressedSize) || (kept && total > kMaxSmallEntryBytes)) {
            tooBig = true;
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (kept)
            kept->append(buffer.constData(), n);
    }
    file.close();
    if (tooBig)
        errors << PackageZip::tr("%1: holds more bytes than it declares (refused)").arg(name);
    else if (n >= 0 && total != qint64(info.uncompressedSize))
        errors << PackageZip::tr("%1: declares %2 bytes but holds %3 (refused)").arg(name).arg(info.uncompressedSize).arg(total);
    else if (n < 0 || file.getZipError() != 0)
        errors << PackageZip::tr("%1: damaged (CRC or data error)").arg(name);
    else
        return QString::fromLatin1(hash.result().toHex());
    return std::nullopt;
}

// checksums.sha256 (sha256sum format): entry name to expected digest.
std::map<QString, QString> parseChecksums(const QByteArray &text, QStringList &errors)
{
    std::map<QString, QString> expected;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype space = line.indexOf("  ");
        if (space != 64) {
            errors << PackageZip::tr("checksums.sha256: \"%1\" is not a checksum line").arg(QString::fromUtf8(line.left(80)));
            continue;
        }
        expected[QString::fromUtf8(line.mid(space + 2))] = QString::fromLatin1(line.left(64)).toLower();
    }
    return expected;
}

} // namespace

PackageZip::Verification PackageZip::verify(const QString &path)
{
    Verification v;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        v.errors << tr("%1 is not a readable zip archive").arg(path);
        return v;
    }
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (infos.size() > kMaxEntries) {
        v.errors << tr("the archive has %1 entries; a package has 5").arg(infos.size());
        return v;
    }
    const std::map<QString, QuaZipFileInfo64> byName = checkedDirectory(infos, v.errors);
    if (!v.errors.isEmpty())
        return v;
    for (const char *required : kEntries)
        if (!byName.count(QString::fromLatin1(required)))
            v.errors << tr("%1 is missing").arg(QString::fromLatin1(required));
    if (!v.errors.isEmpty())
        return v;

    std::map<QString, QString> actual;
    QByteArray checksumText, manifestText;
    for (const auto &[name, info] : byName) {
        QByteArray *kept = name == QLatin1String("checksums.sha256") ? &checksumText
                           : name == QLatin1String("manifest.json")  ? &manifestText
                                                                     : nullptr;
        if (const auto digest = hashEntry(zip, name, info, kept, v.errors))
            actual[name] = *digest;
    }
    const std::map<QString, QString> expected = parseChecksums(checksumText, v.errors);
    for (const auto &[name, info] : byName) {
        if (name == QLatin1String("checksums.sha256"))
            continue;
        const auto want = expected.find(name);
        const bool ok = want != expected.end() && actual.count(name) && actual[name] == want->second;
        v.entries << std::make_pair(name, ok);
        if (want == expected.end())
            v.errors << tr("%1 is not listed in checksums.sha256").arg(name);
        else if (!ok && actual.count(name)) {
            v.errors << tr("%1: the checksum does not match (the entry was changed)").arg(name);
            v.changed << name;
        }
    }
    for (const auto &[name, hash] : expected)
        if (!byName.count(name))
            v.errors << tr("%1 is listed in checksums.sha256 but not in the archive").arg(name);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestText, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        v.errors << tr("manifest.json is not valid JSON: %1").arg(parse.errorString());
    else if (!doc.object().contains(QStringLiteral("format_version")) || !doc.object().contains(QStringLiteral("package")))
        v.errors << tr("manifest.json lacks format_version or package");
    else
        v.manifest = doc.object();
    v.ok = v.errors.isEmpty();
    return v;
}

Status PackageZip::streamEntry(const QString &path, const QString &name, const std::function<bool(QByteArrayView)> &consume)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return Status::failure(tr("%1: no entry %2").arg(path, name));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1: cannot read %2").arg(path, name));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n;
    while ((n = file.read(buffer.data(), buffer.size())) > 0)
        if (!consume(QByteArrayView(buffer.constData(), n)))
            return {};
    if (n < 0)
        return Status::failure(tr("%1: cannot read %2").arg(path, name));
    return {};
}

Expected<QByteArray> PackageZip::readEntry(const QString &path, const QString &name, qint64 maxBytes)
{
    QByteArray out;
    QString tooLarge;
    const Status read = streamEntry(path, name, [&](QByteArrayView piece) {
        if (out.size() + piece.size() > maxBytes) {
            tooLarge = tr("%1: %2 is larger than %3 bytes").arg(path, name).arg(maxBytes);
            return false;
        }
        out.append(piece);
        return true;
    });
    if (!read.ok() || !tooLarge.isEmpty())
        return Expected<QByteArray>::failure(read.ok() ? tooLarge : read.error());
    return out;
}

} // namespace rd
