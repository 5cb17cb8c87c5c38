#include "ddexreport.h"

#include "formats/ddex/ddexfilereader.h"
#include "formats/isocodes.h"
#include "util/sha256.h"

#include <QCryptographicHash>

#include <charconv>

namespace rd::ddex {
namespace {

using Code = ValidationIssue::Code;
using Severity = ValidationIssue::Severity;

bool parseCount(const std::string &text, std::int64_t &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

QDate isoDay(const std::string &text) { return QDate::fromString(QString::fromStdString(text), Qt::ISODate); }

std::string where(const ReportPart &part, std::string_view what)
{
    const QString label = part.label();
    return label.isEmpty() ? std::string(what) : label.toStdString() + ": " + std::string(what);
}

} // namespace

QString ReportPart::label() const
{
    return name && name->parts > 1 ? QStringLiteral("%1of%2").arg(name->part).arg(name->parts) : QString();
}

bool HeadInfo::isUgc() const
{
    QString p = QString::fromStdString(profile);
    return p.contains(QLatin1String("ugc"), Qt::CaseInsensitive);
}

// Pass one over one file: collects into the analysis.
class ScanSink : public RecordSink
{
public:
    ScanSink(ReportAnalysis &analysis, std::size_t part, const FileReader &reader)
        : m_a(analysis), m_part(part), m_reader(reader)
        , m_resolver(reader.layouts(), analysis.m_parts[part].label().toStdString())
    {
    }

    void head(const Record &r) override
    {
        checkFileNumbers(r);
        if (m_a.m_sawHead)
            return; // the first file's header describes the report
        m_a.m_sawHead = true;
        const Fields f(m_reader.layouts(), r);
        HeadInfo &h = m_a.m_head;
        h.line = r.line;
        h.messageVersion = f.text("MessageVersion");
        h.profile = f.text("Profile");
        h.profileVersion = f.text("ProfileVersion");
        h.messageId = f.text("MessageId");
        h.senderPartyId = f.text("SenderPartyId");
        h.senderName = f.text("SenderName");
        h.service = f.text("ServiceDescription");
        h.recipientPartyId = f.text("RecipientPartyId");
        h.recipientName = f.text("RecipientName");
        h.usageStart = isoDay(f.text("UsageStartDate"));
        h.usageEnd = isoDay(f.text("UsageEndDate"));
    }

    void summary(const Record &r) override
    {
        ++m_a.m_summaryRecords;
        const Fields f(m_reader.layouts(), r);
        const std::string id = f.text("SummaryRecordId");
        SummaryInfo &s = m_a.m_summaries[id];
        if (s.records++ == 0) {
            s.line = r.line;
            s.recordType = r.type;
            s.territory = f.text("Territory");
            s.currency = f.firstText({"CurrencyOfReporting", "Currency"});
            checkCodes(r, s);
        }
        std::string usagesColumn;
        const std::string usages = f.firstText({"Usages", "TotalUsages", "NumberOfUsages", "UsagesInReportingPeriod"}, &usagesColumn);
        std::int64_t count = 0;
        if (!usages.empty()) {
            if (parseCount(usages, count)) {
                s.declaredUsages += count;
                s.usagesDeclared = true;
            } else {
                issue(Severity::Error, r.line, Code::NotANumber, m_resolver.location(r, usagesColumn), usages);
            }
        }
        // SY05 (per licensor) reports only what is due: AllocatedNetRevenue.
        std::string revenueColumn;
        const std::string revenue = f.firstText({"NetRevenue", "AllocatedNetRevenue"}, &revenueColumn);
        if (!revenue.empty()) {
            Decimal value;
            const auto parsed = Decimal::parse(revenue, value);
            if (parsed == Decimal::ParseResult::Exact) {
                s.declaredRevenue.add(value);
                if (s.records == 1)
                    s.netRevenue = value;
            } else {
                issue(Severity::Error, r.line, Code::MalformedDecimal, m_resolver.location(r, revenueColumn), revenue);
            }
        }
    }

    void block(const std::vector<Record> &records) override
    {
        std::vector<SaleRow> sales;
        std::vector<ShareRow> shares;
        std::vector<ValidationIssue> found;
        m_resolver.resolve(records, sales, shares, found);
        for (ValidationIssue &i : found)
            m_a.m_issues.push_back(std::move(i));
        m_a.m_shares += shares.size();
        for (const SaleRow &sale : sales) {
            if (sale.rejected)
                continue;
            const auto it = m_a.m_summaries.find(sale.summaryId);
            if (it == m_a.m_summaries.end()) {
                issue(Severity::Error, sale.line, Code::DanglingSummaryReference,
                      where(m_a.m_parts[m_part], sale.recordType + " SummaryRecordId"), sale.summaryId);
                continue;
            }
            SummaryInfo &s = it->second;
            ++s.rows;
            s.rowUsages += sale.usages;
            if (sale.revenue) {
                s.rowRevenue.add(*sale.revenue);
                ++s.revenueRows;
            } else {
                s.allocationWeight += sale.usages;
            }
        }
    }

    void foot(const Record &r) override
    {
        m_a.m_footers.push_back({m_part, r.cells, r.line, r.type});
        m_footLayouts = &m_reader.layouts();
    }

    const RecordLayouts *m_footLayouts = nullptr;

private:
    void issue(Severity severity, std::uint64_t line, Code code, const std::string &location, std::string_view detail)
    {
        m_a.m_issues.push_back(ValidationIssue::at(severity, line, code, location, detail));
    }

    // Every file's header numbers it: FileNumber and NumberOfFiles against "xofy" in the name.
    void checkFileNumbers(const Record &r)
    {
        const ReportPart &part = m_a.m_parts[m_part];
        if (!part.name)
            return;
        const Fields f(m_reader.layouts(), r);
        const std::pair<const char *, int> numbers[] = {{"FileNumber", part.name->part}, {"NumberOfFiles", part.name->parts}};
        for (const auto &[column, expected] : numbers) {
            const std::string value = f.text(column);
            std::int64_t n = 0;
            if (!value.empty() && (!parseCount(value, n) || n != expected))
                issue(Severity::Warning, r.line, Code::HeadDiffersFromFileName, m_resolver.location(r, column),
                      ReportAnalysis::tr("%1 in the header, %2 in the file name")
                          .arg(QString::fromStdString(value)).arg(expected).toStdString());
        }
    }

    void checkCodes(const Record &r, const SummaryInfo &s)
    {
        if (!s.territory.empty() && s.territory != "Worldwide" && !iso::isTerritory(QString::fromStdString(s.territory)))
            issue(Severity::Error, r.line, Code::InvalidTerritory, m_resolver.location(r, "Territory"), s.territory);
        if (s.territory.empty())
            issue(Severity::Error, r.line, Code::InvalidTerritory, m_resolver.location(r, "Territory"), s.territory);
        if (!iso::isCurrency(QString::fromStdString(s.currency)))
            issue(Severity::Error, r.line, Code::InvalidCurrency, m_resolver.location(r, "CurrencyOfReporting"), s.currency);
    }

    ReportAnalysis &m_a;
    std::size_t m_part;
    const FileReader &m_reader;
    BlockResolver m_resolver;
};

bool ReportAnalysis::analyze(std::vector<ReportPart> parts)
{
    m_parts = std::move(parts);
    std::vector<std::unique_ptr<FileReader>> readers;
    for (std::size_t p = 0; p < m_parts.size(); ++p) {
        auto reader = std::make_unique<FileReader>(m_parts[p].path);
        reader->setLimits(m_limits);
        ScanSink sink(*this, p, *reader);
        if (!reader->read(sink)) {
            m_error = reader->errorString();
            return false;
        }
        m_issues.append(reader->issues(), [&](ValidationIssue &issue) {
            if (!issue.location.empty())
                issue.location = where(m_parts[p], issue.location);
        });
        m_parts[p].sha256 = reader->sha256();
        m_parts[p].lines = reader->physicalLines();
        m_parts[p].blocks = reader->blocks();
        if (!reader->sawHead())
            m_issues.push_back(ValidationIssue::at(Severity::Error, 0, Code::MissingRecord, where(m_parts[p], "HEAD"), "HEAD"));
        if (!reader->sawFoot())
            m_issues.push_back(ValidationIssue::at(Severity::Error, 0, Code::MissingRecord, where(m_parts[p], "FOOT"), "FOOT"));
        // Footers are checked against this file's layouts, so do it while they are at hand.
        for (const Footer &footer : m_footers) {
            if (footer.part != p)
                continue;
            Record record{footer.line, footer.type, footer.cells};
            const Fields f(reader->layouts(), record);
            auto check = [&](std::string_view column, std::uint64_t actual, bool reportLevel) {
                const std::string declared = f.text(column);
                std::int64_t value = 0;
                if (declared.empty() || (reportLevel && p + 1 != m_parts.size()))
                    return; // report totals are checked once every file is read (see reconcile)
                if (!parseCount(declared, value)) {
                    m_issues.push_back(ValidationIssue::at(Severity::Error, footer.line, Code::NotANumber,
                                                           where(m_parts[p], "FOOT " + std::string(column)), declared));
                } else if (std::uint64_t(value) != actual) {
                    m_issues.push_back(ValidationIssue::at(
                        Severity::Error, footer.line, Code::FooterMismatch, where(m_parts[p], "FOOT " + std::string(column)),
                        tr("%1 says %2, %3 counted").arg(QString::fromUtf8(column.data(), qsizetype(column.size())))
                            .arg(value).arg(actual).toStdString()));
                }
            };
            std::uint64_t reportLines = 0, reportBlocks = 0;
            for (std::size_t q = 0; q <= p; ++q) {
                reportLines += q == p ? reader->physicalLines() : m_parts[q].lines;
                reportBlocks += q == p ? reader->blocks() : m_parts[q].blocks;
            }
            check("NumberOfLinesInFile", reader->physicalLines(), false);
            check("NumberOfBlocksInFile", reader->blocks(), false);
            check("NumberOfLinesInReport", reportLines, true);
            check("NumberOfBlocksInReport", reportBlocks, true);
            check("NumberOfSummaryRecords", m_summaryRecords, true);
        }
    }
    reconcile();
    m_issues.close();
    return true;
}

void ReportAnalysis::reconcile()
{
    const bool ugc = m_head.isUgc();
    for (auto &[id, s] : m_summaries) {
        const std::string location = s.recordType + " " + id;
        // Basic Audio SY01/SY02 summaries total the rows reported; UGC summaries
        // and the subscription summaries SY04/SY05 total the whole service, of
        // which the rows are the recipient's part.
        const std::string_view base = RecordLayouts::baseType(s.recordType);
        const bool wholeService = ugc || base == "SY04" || base == "SY05";
        if (s.usagesDeclared && (wholeService ? s.rowUsages > s.declaredUsages : s.rowUsages != s.declaredUsages)) {
            s.reconciles = false;
            m_issues.push_back(ValidationIssue::at(
                Severity::Error, s.line, Code::SummaryUsagesMismatch, location,
                tr("summary %1 declares %2 usages, its rows add up to %3")
                    .arg(QString::fromStdString(id)).arg(s.declaredUsages).arg(s.rowUsages).toStdString()));
        }
        if (s.revenueRows > 0 && !s.declaredRevenue.isZero()) {
            const bool exceeds = s.rowRevenue.raw() > s.declaredRevenue.raw();
            if (wholeService ? exceeds : !(s.rowRevenue == s.declaredRevenue)) {
                s.reconciles = false;
                m_issues.push_back(ValidationIssue::at(
                    Severity::Error, s.line, Code::SummaryRevenueMismatch, location,
                    tr("summary %1 declares %2, its rows add up to %3")
                        .arg(QString::fromStdString(id), QString::fromStdString(s.declaredRevenue.toString()),
                             QString::fromStdString(s.rowRevenue.toString())).toStdString()));
            }
        }
        // Revenue to allocate over rows that carry none.
        if (s.allocationWeight > 0 && s.records > 1 && !ugc)
            m_issues.push_back(ValidationIssue::at(Severity::Error, s.line, Code::AmbiguousSummary, location, id));
        else if (s.rows > s.revenueRows && s.allocationWeight <= 0 && s.netRevenue && !s.netRevenue->isZero() && s.reconciles)
            m_issues.push_back(ValidationIssue::at(Severity::Error, s.line, Code::CannotAllocate, location,
                                                   tr("its rows report no usages").toStdString()));
    }
    // The header against the file name of the first part.
    if (m_parts.empty() || !m_parts.front().name || !m_sawHead)
        return;
    const DdexFileName &name = *m_parts.front().name;
    auto differs = [&](const char *column, const QString &head, const QString &file) {
        m_issues.push_back(ValidationIssue::at(Severity::Warning, m_head.line, Code::HeadDiffersFromFileName,
                                               std::string("HEAD ") + column,
                                               tr("%1 in the header, %2 in the file name").arg(head, file).toStdString()));
    };
    const QString sender = name.sender;
    if (sender != QString::fromStdString(m_head.senderPartyId) && sender != QString::fromStdString(m_head.senderName))
        differs("SenderPartyId", QString::fromStdString(m_head.senderPartyId), sender);
    if (!m_head.recipientPartyId.empty() && name.recipient != QString::fromStdString(m_head.recipientPartyId)
        && name.recipient != QString::fromStdString(m_head.recipientName))
        differs("RecipientPartyId", QString::fromStdString(m_head.recipientPartyId), name.recipient);
    if (m_head.usageStart.isValid() && m_head.usageStart != name.periodStart)
        differs("UsageStartDate", m_head.usageStart.toString(Qt::ISODate), name.periodStart.toString(Qt::ISODate));
    if (m_head.usageEnd.isValid() && m_head.usageEnd != name.periodEnd)
        differs("UsageEndDate", m_head.usageEnd.toString(Qt::ISODate), name.periodEnd.toString(Qt::ISODate));
    if (!m_head.service.empty() && name.service != QString::fromStdString(m_head.service))
        differs("ServiceDescription", QString::fromStdString(m_head.service), name.service);
}

void ReportAnalysis::setLimits(const InputLimits &limits)
{
    m_limits = limits;
    m_issues.setCap(std::uint64_t(limits.ddexMaxFindings));
}

QByteArray ReportAnalysis::reportSha256() const
{
    if (m_parts.size() == 1)
        return m_parts.front().sha256;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ReportPart &part : m_parts)
        hash.addData(part.sha256);
    return hash.result();
}

} // namespace rd::ddex
