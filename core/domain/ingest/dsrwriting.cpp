#include "dsrwriting.h"

#include "rows/bulkwriter.h"

namespace rd {

DsrWriting::DsrWriting(Database &database, const ImportOptions &options, std::uint64_t rowsBefore)
    : m_db(database)
    , m_options(options)
    , m_rowsBefore(rowsBefore)
{
}

DsrWriting::~DsrWriting() = default;

Expected<qint64> DsrWriting::begin(const NewDsr &dsr)
{
    const auto placeholder = DsrLifecycle(m_db).begin(dsr);
    if (placeholder)
        m_dsrId = *placeholder;
    return placeholder;
}

std::uint64_t DsrWriting::rowsWritten() const
{
    return m_writer ? m_writer->rowsWritten() : 0;
}

QString DsrWriting::writeRows(RowSource &source)
{
    m_writer = std::make_unique<BulkWriter>(m_db, m_dsrId, m_options.resourceCacheSlots);
    if (!m_writer->prepare())
        return m_writer->errorString();
    QString error;
    const bool read = source.feed([&](const RowBatch &batch) {
        if (!m_writer->writeRows(batch) || !m_writer->writeIssues(batch.issues)) {
            error = m_writer->errorString();
            return false;
        }
        const std::uint64_t rows = m_rowsBefore + m_writer->rowsWritten();
        if (m_options.failAfterRows >= 0 && rows >= quint64(m_options.failAfterRows)) {
            error = tr("injected failure after %1 rows").arg(rows);
            return false;
        }
        return true;
    });
    if (error.isEmpty() && !read)
        error = source.error();
    return error;
}

QString DsrWriting::finish(const std::vector<ValidationIssue> &findings)
{
    if (!m_writer->finish() || !m_writer->writeIssues(findings))
        return m_writer->errorString();
    return {};
}

Status DsrWriting::markIngested(const IngestedDsr &facts)
{
    return DsrLifecycle(m_db).markIngested(m_dsrId, facts);
}

} // namespace rd
