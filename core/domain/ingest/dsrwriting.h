#pragma once

#include "formats/dsrrow.h"
#include "formats/validationissue.h"
#include "ingest/importresult.h"
#include "storage/dsrlifecycle.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace rd {

class BulkWriter;
class Database;

// What a format supplies to write a DSR: its rows, a batch at a time. feed()
// hands each batch to consume and stops as soon as consume returns false (the
// writer failed); it returns false, with error(), only when the file itself
// could not be read.
class RowSource
{
public:
    using Consumer = std::function<bool(const RowBatch &)>;
    virtual ~RowSource() = default;
    virtual bool feed(const Consumer &consume) = 0;
    virtual QString error() const = 0;
};

// The skeleton both importers (TSV and DDEX) follow for each DSR they write:
//   1. begin: the placeholder, a DSR that is importing;
//   2. writeRows: the format's rows, through one BulkWriter, inside the
//      importer's write transaction (with the failure seam of ImportOptions);
//   3. finish: the per-resource totals and the findings;
//   4. markIngested: the DSR as ingested, with its totals.
// Where the transactions begin and end, and what the format checks between
// the steps, stays with the importer.
class DsrWriting
{
    Q_DECLARE_TR_FUNCTIONS(DsrWriting)

public:
    // rowsBefore: rows this import already wrote for earlier DSRs (the failure seam counts them all).
    DsrWriting(Database &database, const ImportOptions &options, std::uint64_t rowsBefore = 0);
    ~DsrWriting();
    DsrWriting(const DsrWriting &) = delete;
    DsrWriting &operator=(const DsrWriting &) = delete;

    Expected<qint64> begin(const NewDsr &dsr);
    // The error, empty when every batch the source gave was written.
    QString writeRows(RowSource &source);
    // The error, empty when the totals and the findings were written.
    QString finish(const std::vector<ValidationIssue> &findings);
    Status markIngested(const IngestedDsr &facts);

    qint64 dsrId() const { return m_dsrId; }
    std::uint64_t rowsWritten() const;

private:
    Database &m_db;
    const ImportOptions &m_options;
    std::uint64_t m_rowsBefore;
    qint64 m_dsrId = 0;
    std::unique_ptr<BulkWriter> m_writer;
};

} // namespace rd
