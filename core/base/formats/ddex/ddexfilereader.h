#pragma once

#include "formats/ddex/ddexlayouts.h"
#include "formats/ddex/ddexrecord.h"
#include "formats/validationissue.h"
#include "util/inputlimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rd::ddex {

// What a reader hands on: the header, each summary, each block whole (its
// records, in file order) and the footer.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void head(const Record &) {}
    virtual void summary(const Record &) {}
    virtual void block(const std::vector<Record> &) {}
    virtual void foot(const Record &) {}
};

// Reads one DDEX DSR flat file (plain or gzip) record by record. Heading
// lines ('#') teach the layouts; blocks are the runs of block records that
// share a BlockId. Findings about the text itself (invalid UTF-8, unknown
// record types) are collected; the reconciliation is the sink's business.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(DdexFileReader)

public:
    explicit FileReader(QString path);
    // The gzip caps and the findings kept (ddex_max_findings); the defaults unless set.
    void setLimits(const InputLimits &limits);

    // False on a read error (see errorString()); findings are not errors.
    bool read(RecordSink &sink);

    const RecordLayouts &layouts() const { return m_layouts; }
    std::uint64_t physicalLines() const { return m_lines; } // every line, '#' lines included
    std::uint64_t blocks() const { return m_blocks; }
    std::uint64_t summaryRecords() const { return m_summaries; }
    bool sawHead() const { return m_sawHead; }
    bool sawFoot() const { return m_sawFoot; }
    QByteArray sha256() const { return m_sha256; }
    const FindingList &issues() const { return m_issues; }
    QString errorString() const { return m_error; }

private:
    void flushBlock(RecordSink &sink);
    bool hasControlCharacter(const Record &record, const std::vector<std::string_view> &cells);

    QString m_path;
    RecordLayouts m_layouts;
    std::vector<Record> m_block;
    std::string m_blockId;
    std::uint64_t m_lines = 0, m_blocks = 0, m_summaries = 0;
    bool m_sawHead = false, m_sawFoot = false;
    QByteArray m_sha256;
    FindingList m_issues;
    InputLimits m_limits;
    QString m_error;
};

} // namespace rd::ddex
