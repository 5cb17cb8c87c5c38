#pragma once

#include "formats/ddex/ddexblock.h"
#include "formats/ddex/ddexfilename.h"
#include "formats/validationissue.h"
#include "util/inputlimits.h"
#include "money/decimalsum.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace rd::ddex {

// One file of a report, in part order.
struct ReportPart
{
    QString path;
    std::optional<DdexFileName> name; // nullopt when the name is not DDEX-shaped
    QByteArray sha256;
    std::uint64_t lines = 0, blocks = 0;
    QString label() const; // "2of3" for multi-file reports, else empty
};

struct HeadInfo
{
    std::uint64_t line = 0;
    std::string messageVersion, profile, profileVersion, messageId, senderPartyId, senderName, service, recipientPartyId,
        recipientName;
    QDate usageStart, usageEnd;
    bool isUgc() const;
};

// The summary records that share a SummaryRecordId, and what the rows that
// point to them add up to.
struct SummaryInfo
{
    std::uint64_t line = 0; // of the first record
    std::string recordType, territory, currency;
    int records = 0;
    std::int64_t declaredUsages = 0;
    bool usagesDeclared = false;
    DecimalSum declaredRevenue;
    std::optional<Decimal> netRevenue; // of the first record, for allocation
    // From the rows (those not rejected):
    std::uint64_t rows = 0;
    std::int64_t rowUsages = 0;
    DecimalSum rowRevenue;
    std::uint64_t revenueRows = 0;    // rows reporting revenue (SU03)
    std::int64_t allocationWeight = 0; // usages of rows without revenue (SU01, SU02)
    bool reconciles = true;
};

// Reads every file of a report once: the header, the summaries, what the
// sales rows add up to per summary, and every finding of the reconciliation
// (summaries against rows, footers against counts, dangling references,
// codes, the header against the file name). The rows themselves are read
// again when they are stored, so memory does not grow with the report.
class ReportAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(DdexReportAnalysis)

public:
    // False on a file that cannot be read (see errorString()); findings are not failures.
    bool analyze(std::vector<ReportPart> parts);
    // The gzip caps and the findings kept (ddex_max_findings); the defaults unless set.
    void setLimits(const InputLimits &limits);
    const InputLimits &limits() const { return m_limits; }

    const std::vector<ReportPart> &parts() const { return m_parts; }
    const HeadInfo &head() const { return m_head; }
    const std::map<std::string, SummaryInfo> &summaries() const { return m_summaries; }
    // Findings per part, in file order (the report-level ones under part 0).
    // Past ddex_max_findings, the last finding is the count of those not kept.
    const std::vector<ValidationIssue> &issues() const { return m_issues.kept(); }
    std::uint64_t errorCount() const { return m_issues.errors(); } // kept or not
    const FindingList &findings() const { return m_issues; }
    std::uint64_t shareCount() const { return m_shares; }
    QString errorString() const { return m_error; }
    // The report's content hash: SHA-256 over the parts' hashes in order.
    QByteArray reportSha256() const;

private:
    friend class ScanSink;
    void reconcile();

    std::vector<ReportPart> m_parts;
    HeadInfo m_head;
    bool m_sawHead = false;
    std::map<std::string, SummaryInfo> m_summaries;
    FindingList m_issues;
    InputLimits m_limits;
    struct Footer
    {
        std::size_t part;
        std::vector<std::string> cells;
        std::uint64_t line;
        std::string type;
    };
    std::vector<Footer> m_footers;
    std::vector<std::pair<std::size_t, std::uint64_t>> m_missingFooter; // (part, lines)
    std::uint64_t m_summaryRecords = 0, m_shares = 0;
    QString m_error;
};

} // namespace rd::ddex
