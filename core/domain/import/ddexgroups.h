#pragma once

#include "formats/ddex/ddexfilereader.h"
#include "formats/ddex/ddexreport.h"
#include "formats/dsrrow.h"
#include "licensing/claimstore.h"
#include "licensing/rightsshares.h"
#include "money/prorata.h"

#include <QString>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace rd {

class Database;

// One DSR of a DDEX report: the summaries of one territory and currency, and
// the totals of the rows written for it.
struct DdexGroup
{
    QString territory, currency;
    std::set<std::string> summaryIds;
    qint64 dsrId = 0;
    DsrTotals totals;
    std::uint64_t allocatedRows = 0, reportedRows = 0;
};

// The report's DSRs, in file order of their first summary; summaries without
// rows make none, unless no summary has rows (then the first, to record the report).
std::vector<DdexGroup> ddexGroupsOf(const ddex::ReportAnalysis &analysis);
// Each DSR of a report has its own content hash: the report's, its territory and currency.
QString ddexGroupSha(const QString &reportSha, const DdexGroup &group, std::size_t groupCount);
// reported | allocated | mixed
QString revenueBasisOf(const DdexGroup &group);
QString hexOf(const QByteArray &bytes);

// Writes the LI01 shares of the report's blocks (rights_shares), each also
// as a rights claim of the DSR (rights_claims) in its summary's territory,
// valid for its sales record's period (else the report's), known from today.
class DdexShareWriter
{
public:
    DdexShareWriter(Database &database, QString fileName, QDate periodStart, QDate periodEnd);
    bool write(qint64 dsrId, std::uint64_t line, const ddex::ShareRow &share, const QString &territory);

private:
    RightsShareInserter m_shares;
    ClaimInserter m_claims;
    QString m_fileName;
    QDate m_periodStart, m_periodEnd;
};

// Pass two over one file of a report: the rows of one group, resolved and
// with allocated revenue where the summary carries it, handed to a consumer
// (the bulk writer of an import, or a re-delivery's diff) a batch at a time.
class DdexRowEmitter final : public ddex::RecordSink
{
public:
    // consume() takes each batch; false stops the emitter (the consumer keeps the reason).
    using Consumer = std::function<bool(const RowBatch &)>;
    // allocations carry over between the files of one report; shares may be null (not written).
    DdexRowEmitter(const ddex::ReportAnalysis &analysis, DdexGroup &group, const ddex::ReportPart &part,
                   std::uint64_t lineOffset, const ddex::FileReader &reader, Consumer consume,
                   std::map<std::string, ProRata> &allocations, DdexShareWriter *shares, qint64 sharesDsrId);

    void block(const std::vector<ddex::Record> &records) override;
    bool finish();
    // Empty when the consumer stopped it: see stopped().
    QString error() const { return m_error; }
    bool stopped() const { return m_stopped; }

private:
    void emitRow(const ddex::SaleRow &sale);
    ProRata *allocationFor(const std::string &id, const ddex::SummaryInfo &summary);
    std::string_view keep(std::string text);
    void flush();
    QString territoryOf(const std::string &summaryId) const;

    const ddex::ReportAnalysis &m_analysis;
    DdexGroup &m_group;
    std::uint64_t m_lineOffset;
    Consumer m_consume;
    std::map<std::string, ProRata> &m_allocations;
    DdexShareWriter *m_shares;
    qint64 m_sharesDsrId;
    ddex::BlockResolver m_resolver;
    RowBatch m_batch;
    QString m_error;
    bool m_stopped = false;
};

} // namespace rd
