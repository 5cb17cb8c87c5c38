// Fuzz entries for DDEX DSR flat files: one record, and a whole report of one or more files.
#include "fuzztarget.h"
#include "scratchfile.h"

#include "formats/ddex/ddexcells.h"
#include "formats/ddex/ddexfilename.h"
#include "formats/ddex/ddexfilereader.h"
#include "formats/ddex/ddexlayouts.h"
#include "formats/ddex/ddexrecord.h"
#include "formats/ddex/ddexreport.h"

#include <QByteArray>
#include <QList>

#include <string>

namespace rd::fuzz {

RD_FUZZ_ENTRY(fuzzDdexRecord)
{
    // The input is a heading line and a record, separated by the first newline.
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const std::size_t newline = text.find('\n');
    const std::string_view heading = newline == std::string_view::npos ? std::string_view() : text.substr(0, newline);
    const std::string_view line = newline == std::string_view::npos ? text : text.substr(newline + 1);

    // Cells are views of the line: joined back with TABs they are the line again.
    const std::vector<std::string_view> cells = ddex::splitCells(line);
    RD_FUZZ_CHECK(!cells.empty());
    std::string joined;
    for (std::size_t i = 0; i < cells.size(); ++i)
        joined.append(i ? "\t" : "").append(cells[i]);
    RD_FUZZ_CHECK(joined == line);
    for (const std::string_view cell : cells) {
        RD_FUZZ_CHECK(ddex::unescape(cell).size() <= cell.size());
        std::size_t valueBytes = 0;
        for (const std::string &value : ddex::splitValues(cell))
            valueBytes += value.size();
        RD_FUZZ_CHECK(valueBytes <= cell.size());
    }

    ddex::RecordLayouts layouts;
    if (heading.rfind("#", 0) == 0)
        layouts.learnHeading(heading);
    ddex::Record record;
    record.line = 2;
    record.type = std::string(cells.front());
    for (const std::string_view cell : cells)
        record.cells.emplace_back(cell);
    const ddex::Fields fields(layouts, record);
    // Every column the layouts name for this type reads without touching cells the record lacks.
    for (const char *column : {"BlockId", "SummaryRecordId", "Usages", "TotalUsages", "Revenue", "NetRevenue", "Currency",
                               "Territory", "ISRC", "Title", "DisplayArtistName", "ResourceReference", "SalesTransactionId",
                               "RightsController", "RightShare", "NumberOfLinesInFile", "NumberOfLinesInReport"}) {
        const std::string value = fields.text(column);
        RD_FUZZ_CHECK(value.size() <= line.size());
        RD_FUZZ_CHECK(!fields.has(column) || layouts.known(record.type));
        (void)fields.values(column);
    }
    (void)record.isBlockRecord();
    return 0;
}

namespace {

// Hands every record to nobody, counting them: the reader's own checks run.
class CountingSink final : public ddex::RecordSink
{
public:
    void head(const ddex::Record &) override { ++records; }
    void summary(const ddex::Record &) override { ++records; }
    void block(const std::vector<ddex::Record> &block) override { records += block.size(), ++blocks; }
    void foot(const ddex::Record &) override { ++records; }
    std::uint64_t records = 0, blocks = 0;
};

// The input's files: "\n@@part\n" separates them, so that multi-file reports are reached too.
QList<QByteArray> filesOf(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> files;
    qsizetype start = 0;
    static const QByteArray separator("\n@@part\n");
    while (files.size() < 4) {
        const qsizetype at = input.indexOf(separator, start);
        if (at < 0)
            break;
        files << input.mid(start, at - start);
        start = at + separator.size();
    }
    files << input.mid(start);
    return files;
}

} // namespace

RD_FUZZ_ENTRY(fuzzDdexReport)
{
    const QList<QByteArray> files = filesOf(data, size);
    std::vector<ddex::ReportPart> parts;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const std::string name = "DSR_PADPIDA2014999999Z_PADPIDA2014111801Y_AdSupport_2015-02_AU_" + std::to_string(i + 1) + "of"
                                 + std::to_string(files.size()) + "_20150723T092522.tsv";
        const QByteArray &bytes = files[i];
        const QString path = writeScratchFile(name.c_str(), reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        const auto parsed = DdexFileName::parse(path);
        RD_FUZZ_CHECK(bool(parsed));
        parts.push_back(ddex::ReportPart{path, *parsed, {}, 0, 0});
    }

    // The record level first: the reader alone, as the import's second pass runs it.
    {
        ddex::FileReader reader(parts.front().path);
        CountingSink sink;
        if (reader.read(sink))
            RD_FUZZ_CHECK(sink.records <= reader.physicalLines());
    }
    // Then the whole report: summaries, blocks, footers and the reconciliation between them.
    ddex::ReportAnalysis analysis;
    if (!analysis.analyze(parts))
        return 0;
    RD_FUZZ_CHECK(analysis.parts().size() == parts.size());
    RD_FUZZ_CHECK(analysis.errorCount() <= analysis.issues().size());
    for (const auto &[id, summary] : analysis.summaries()) {
        if (summary.reconciles && summary.usagesDeclared)
            RD_FUZZ_CHECK(summary.rowUsages <= summary.declaredUsages); // equal, or within a whole-service total
    }
    RD_FUZZ_CHECK(analysis.reportSha256().size() == 32);
    return 0;
}

} // namespace rd::fuzz
