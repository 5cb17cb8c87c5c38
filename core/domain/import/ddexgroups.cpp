#include "ddexgroups.h"

#include "import/ddeximporter.h"

#include <QCryptographicHash>

#include <algorithm>

namespace rd {

std::vector<DdexGroup> ddexGroupsOf(const ddex::ReportAnalysis &analysis)
{
    std::vector<DdexGroup> groups;
    auto add = [&](const std::string &id, const ddex::SummaryInfo &s) {
        const QString territory = QString::fromStdString(s.territory), currency = QString::fromStdString(s.currency);
        for (DdexGroup &g : groups)
            if (g.territory == territory && g.currency == currency) {
                g.summaryIds.insert(id);
                return;
            }
        DdexGroup g;
        g.territory = territory;
        g.currency = currency;
        g.summaryIds.insert(id);
        groups.push_back(std::move(g));
    };
    // In file order of the summaries, so that the first DSR is the first summary's.
    std::vector<std::pair<std::uint64_t, std::string>> order;
    for (const auto &[id, s] : analysis.summaries())
        order.emplace_back(s.line, id);
    std::sort(order.begin(), order.end());
    for (const auto &[line, id] : order)
        if (analysis.summaries().at(id).rows > 0)
            add(id, analysis.summaries().at(id));
    if (groups.empty() && !order.empty()) // no usable rows: the report is still recorded, with its findings
        add(order.front().second, analysis.summaries().at(order.front().second));
    return groups;
}

QString hexOf(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex()); }

QString ddexGroupSha(const QString &reportSha, const DdexGroup &group, std::size_t groupCount)
{
    if (groupCount == 1)
        return reportSha;
    return hexOf(QCryptographicHash::hash((reportSha + QLatin1Char('|') + group.territory + QLatin1Char('|') + group.currency).toUtf8(),
                                        QCryptographicHash::Sha256));
}

QString revenueBasisOf(const DdexGroup &group)
{
    return group.allocatedRows == 0 ? QStringLiteral("reported")
           : group.reportedRows == 0 ? QStringLiteral("allocated") : QStringLiteral("mixed");
}

DdexShareWriter::DdexShareWriter(Database &database, QString fileName, QDate periodStart, QDate periodEnd)
    : m_shares(database)
    , m_claims(database)
    , m_fileName(std::move(fileName))
    , m_periodStart(periodStart)
    , m_periodEnd(periodEnd)
{
}

bool DdexShareWriter::write(qint64 dsrId, std::uint64_t line, const ddex::ShareRow &s, const QString &territory)
{
    if (!m_shares.insert(dsrId, line, s))
        return false;
    // As a claim: only with a track, a holder and a share that reads as a percentage.
    Claim claim;
    if (s.item.isrc.empty() || s.rightsController.empty() || Decimal::parse(s.share, claim.share) != Decimal::ParseResult::Exact)
        return true;
    claim.isrc = QString::fromStdString(s.item.isrc);
    claim.territory = territory;
    // LI01 splits works (RightsControllerWorkID); a RightType naming recordings says otherwise.
    claim.rightType = QString::fromStdString(s.rightType).contains(QLatin1String("recording"), Qt::CaseInsensitive)
                          ? QStringLiteral("recording") : QStringLiteral("publishing");
    claim.rightsHolder = QString::fromStdString(s.rightsController);
    const QDate from = QDate::fromString(QString::fromStdString(s.validFrom), Qt::ISODate);
    const QDate to = QDate::fromString(QString::fromStdString(s.validTo), Qt::ISODate);
    claim.validFrom = from.isValid() ? from : m_periodStart;
    claim.validTo = to.isValid() ? to : m_periodEnd;
    claim.knownFrom = QDate::currentDate();
    claim.source = QStringLiteral("DSR %1 %2 line %3").arg(dsrId).arg(m_fileName).arg(line);
    claim.dsrId = dsrId;
    claim.line = qint64(line);
    return m_claims.insert(claim);
}

DdexRowEmitter::DdexRowEmitter(const ddex::ReportAnalysis &analysis, DdexGroup &group, const ddex::ReportPart &part,
                               std::uint64_t lineOffset, const ddex::FileReader &reader, Consumer consume,
                               std::map<std::string, ProRata> &allocations, DdexShareWriter *shares, qint64 sharesDsrId)
    : m_analysis(analysis), m_group(group), m_lineOffset(lineOffset), m_consume(std::move(consume)), m_allocations(allocations)
    , m_shares(shares), m_sharesDsrId(sharesDsrId), m_resolver(reader.layouts(), part.label().toStdString())
{
}

void DdexRowEmitter::block(const std::vector<ddex::Record> &records)
{
    if (!m_error.isEmpty() || m_stopped)
        return;
    std::vector<ddex::SaleRow> sales;
    std::vector<ddex::ShareRow> shares;
    std::vector<ValidationIssue> ignored; // reported by the analysis already
    m_resolver.resolve(records, sales, shares, ignored);
    for (const ddex::SaleRow &sale : sales)
        emitRow(sale);
    if (m_shares)
        for (const ddex::ShareRow &share : shares)
            if (!m_shares->write(m_sharesDsrId, m_lineOffset + share.line, share, territoryOf(share.summaryId)))
                m_error = DdexImporter::tr("Cannot store the rights shares");
    if (m_batch.rows.size() >= 4096)
        flush();
}

bool DdexRowEmitter::finish()
{
    flush();
    return m_error.isEmpty() && !m_stopped;
}

void DdexRowEmitter::emitRow(const ddex::SaleRow &sale)
{
    if (sale.rejected || !m_group.summaryIds.count(sale.summaryId))
        return;
    const ddex::SummaryInfo &summary = m_analysis.summaries().at(sale.summaryId);
    DsrRow row;
    row.line = m_lineOffset + sale.line;
    row.dspId = keep(sale.item.dspId);
    row.title = keep(sale.item.title);
    row.artists = keep(sale.item.artists);
    row.isrc = keep(sale.item.isrc);
    row.key = ResourceKey::of(row.dspId, row.title, row.artists, row.isrc);
    row.hasUsages = sale.hasUsages;
    row.usages = sale.usages;
    if (sale.revenue) {
        row.revenue = *sale.revenue;
        row.hasRevenue = true;
        ++m_group.reportedRows;
    } else if (ProRata *allocation = allocationFor(sale.summaryId, summary)) {
        row.revenue = allocation->next(sale.hasUsages ? sale.usages : 0);
        row.hasRevenue = true;
        ++m_group.allocatedRows;
    }
    if (row.hasRevenue)
        row.revenueText = keep(row.revenue.toString());
    DsrTotals &t = m_group.totals;
    ++t.rows;
    t.usages += row.hasUsages ? row.usages : 0;
    if (row.hasRevenue)
        t.revenue.add(row.revenue);
    t.missingTitle += row.title.empty();
    t.missingArtists += row.artists.empty();
    t.missingIsrc += row.isrc.empty();
    t.missingUsages += !row.hasUsages;
    t.missingRevenue += !row.hasRevenue;
    t.rowsWithMissing += row.title.empty() || row.artists.empty() || row.isrc.empty() || !row.hasUsages || !row.hasRevenue;
    m_batch.rows.push_back(row);
}

// The summary's revenue, to be split over its rows without revenue; null when there is nothing to split.
ProRata *DdexRowEmitter::allocationFor(const std::string &id, const ddex::SummaryInfo &summary)
{
    if (auto it = m_allocations.find(id); it != m_allocations.end())
        return &it->second;
    if (!summary.netRevenue || summary.allocationWeight <= 0 || (summary.records > 1 && !m_analysis.head().isUgc()))
        return nullptr;
    return &m_allocations.emplace(id, ProRata(*summary.netRevenue, summary.allocationWeight)).first->second;
}

QString DdexRowEmitter::territoryOf(const std::string &summaryId) const
{
    const auto it = m_analysis.summaries().find(summaryId);
    return it != m_analysis.summaries().end() ? QString::fromStdString(it->second.territory) : m_group.territory;
}

std::string_view DdexRowEmitter::keep(std::string text)
{
    m_batch.extraText.push_back(std::move(text));
    return m_batch.extraText.back();
}

void DdexRowEmitter::flush()
{
    if (m_batch.rows.empty() || !m_error.isEmpty() || m_stopped)
        return;
    m_stopped = !m_consume(m_batch);
    m_batch.clear();
}

} // namespace rd
