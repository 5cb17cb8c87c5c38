#include "packagearchive.h"

#include <limits>

namespace rd {
namespace {

// Reads a CSV entry into the table (up to maxRows rows, counting all); the error names the entry and line.
QString readCsv(const QString &path, const QString &entry, CsvTable &table, qint64 maxRows, qint64 &total,
                const std::function<void(const QList<QByteArray> &)> &onRecord = {})
{
    CsvStreamReader reader(table, maxRows);
    if (onRecord)
        reader.onRecord(onRecord);
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

// Adds each line's net to its currency's sums by territory and by rights holder.
class NetSummer
{
public:
    NetSummer(const QStringList &columns, std::map<QString, PackageArchive::NetSums> &nets) : m_columns(columns), m_nets(nets) {}

    void operator()(const QList<QByteArray> &fields)
    {
        if (m_currency < 0) { // the header has been read by the first data record
            m_currency = m_columns.indexOf(QStringLiteral("currency"));
            m_territory = m_columns.indexOf(QStringLiteral("territory"));
            m_holder = m_columns.indexOf(QStringLiteral("holder"));
            m_net = m_columns.indexOf(QStringLiteral("net"));
        }
        if (m_currency < 0 || m_territory < 0 || m_holder < 0 || m_net < 0)
            return;
        const auto amount = DecimalSum::fromString(std::string_view(fields[m_net].constData(), std::size_t(fields[m_net].size())));
        if (!amount)
            return;
        PackageArchive::NetSums &sums = m_nets[QString::fromUtf8(fields[m_currency])];
        sums.byTerritory[QString::fromUtf8(fields[m_territory])].add(*amount);
        const QString name = QString::fromUtf8(fields[m_holder]);
        sums.byHolder[name.isEmpty() ? PackageArchive::tr("(unallocated)") : name].add(*amount);
    }

private:
    const QStringList &m_columns;
    std::map<QString, PackageArchive::NetSums> &m_nets;
    qsizetype m_currency = -1, m_territory = -1, m_holder = -1, m_net = -1;
};

} // namespace

PackageArchive PackageArchive::open(const QString &path, qint64 maxLines)
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
    NetSummer sumNet(archive.lines.columns, archive.nets);
    for (const QString &problem : {readCsv(path, QStringLiteral("lines.csv"), archive.lines, maxLines, archive.linesTotal, sumNet),
                                   readCsv(path, QStringLiteral("source/usage.csv"), archive.sourceRows, kMaxSourceRows, archive.sourceRowsTotal)})
        if (!problem.isEmpty())
            archive.problems << problem;
    return archive;
}

} // namespace rd
