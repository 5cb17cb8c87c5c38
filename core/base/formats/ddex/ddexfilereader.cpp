#include "ddexfilereader.h"

#include "formats/ddex/ddexcells.h"
#include "formats/linereader.h"
#include "formats/streamreader.h"
#include "util/utf8.h"

namespace rd::ddex {

FileReader::FileReader(QString path)
    : m_path(std::move(path))
{
}

void FileReader::flushBlock(RecordSink &sink)
{
    if (m_block.empty())
        return;
    ++m_blocks;
    sink.block(m_block);
    m_block.clear();
    m_blockId.clear();
}

void FileReader::setLimits(const InputLimits &limits)
{
    m_limits = limits;
    m_issues.setCap(std::uint64_t(limits.ddexMaxFindings));
}

// A control character in a cell (other than an escaped TAB) is an error of that record,
// which is then skipped like a line of invalid UTF-8; the finding names the record type
// and the column.
bool FileReader::hasControlCharacter(const Record &record, const std::vector<std::string_view> &cells)
{
    for (std::size_t c = 1; c < cells.size(); ++c) {
        // An escaped TAB is text the format allows ("Second\<TAB>Song"); any other control is not.
        const std::string_view cell = cells[c];
        std::size_t at = 0;
        while ((at += utf8::firstControl(cell.data() + at, cell.size() - at)) < cell.size() && cell[at] == '\t')
            ++at;
        if (at >= cell.size())
            continue;
        const std::string column = m_layouts.columnName(record.type, int(c));
        const std::string location = record.type + ' ' + (column.empty() ? "cell " + std::to_string(c + 1) : column);
        m_issues.push_back(ValidationIssue::at(ValidationIssue::Severity::Error, m_lines, ValidationIssue::Code::ControlCharacter,
                                               location, utf8::describeControl(cells[c], at)));
        return true;
    }
    return false;
}

bool FileReader::read(RecordSink &sink)
{
    StreamReader stream(m_path);
    stream.setLimits(m_limits);
    if (!stream.open()) {
        m_error = stream.errorString();
        return false;
    }
    LineReader lines(stream);
    std::string_view line;
    while (lines.next(line)) {
        m_lines = lines.lineNumber();
        if (utf8::firstInvalid(line.data(), line.size()) != line.size()) {
            m_issues.push_back(ValidationIssue::error(m_lines, ValidationIssue::Code::InvalidUtf8, ValidationIssue::Field::None));
            continue;
        }
        if (!line.empty() && line.front() == '#') {
            m_layouts.learnHeading(line);
            continue;
        }
        const auto cells = splitCells(line);
        Record record;
        record.line = m_lines;
        record.type = unescape(cells.front());
        if (record.type.empty()) {
            if (line.find_first_not_of('\t') != std::string_view::npos || !line.empty())
                m_issues.push_back(ValidationIssue::warning(m_lines, ValidationIssue::Code::BlankLine, ValidationIssue::Field::None));
            continue;
        }
        if (!m_layouts.known(record.type)) {
            m_issues.push_back(ValidationIssue::at(ValidationIssue::Severity::Warning, m_lines,
                                                   ValidationIssue::Code::UnknownRecordType, record.type, record.type));
            continue;
        }
        if (hasControlCharacter(record, cells))
            continue;
        record.cells.reserve(cells.size());
        for (std::string_view cell : cells)
            record.cells.emplace_back(cell);
        if (record.isBlockRecord()) {
            const std::string blockId = Fields(m_layouts, record).text("BlockId");
            if (!m_block.empty() && blockId != m_blockId)
                flushBlock(sink);
            m_blockId = blockId;
            m_block.push_back(std::move(record));
            continue;
        }
        flushBlock(sink);
        if (record.type == "HEAD") {
            m_sawHead = true;
            sink.head(record);
        } else if (record.type == "FOOT") {
            m_sawFoot = true;
            sink.foot(record);
        } else if (record.isSummary()) {
            ++m_summaries;
            sink.summary(record);
        }
    }
    flushBlock(sink);
    if (lines.failed()) {
        m_error = lines.errorString();
        return false;
    }
    m_sha256 = stream.sha256();
    return true;
}

} // namespace rd::ddex
