#include "ddexblock.h"

#include "formats/isrc.h"

#include <charconv>

namespace rd::ddex {
namespace {

using Code = ValidationIssue::Code;
using Severity = ValidationIssue::Severity;

std::string joined(const std::vector<std::string> &values)
{
    std::string out;
    for (const std::string &v : values) {
        if (v.empty())
            continue;
        if (!out.empty())
            out += '|';
        out += v;
    }
    return out;
}

bool parseCount(const std::string &text, std::int64_t &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

bool isValidIswc(std::string_view text)
{
    std::string digits;
    if (text.empty() || (text.front() != 'T' && text.front() != 't'))
        return false;
    for (char c : text.substr(1)) {
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c != '-' && c != '.')
            return false;
    }
    if (digits.size() != 10)
        return false;
    // ISO 15707: weighted sum 1 + Σ i × digit_i (i = 1…9), check = (10 − sum mod 10) mod 10.
    int sum = 1;
    for (int i = 0; i < 9; ++i)
        sum += (i + 1) * (digits[std::size_t(i)] - '0');
    return (10 - sum % 10) % 10 == digits[9] - '0';
}

std::string isoDate(std::string_view text)
{
    auto digits = [](std::string_view s) { return s.find_first_not_of("0123456789") == std::string_view::npos; };
    if (text.size() == 8 && digits(text))
        return std::string(text.substr(0, 4)) + '-' + std::string(text.substr(4, 2)) + '-' + std::string(text.substr(6, 2));
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4)) && digits(text.substr(5, 2))
        && digits(text.substr(8, 2)))
        return std::string(text);
    return {};
}

std::string BlockResolver::location(const Record &record, std::string_view column) const
{
    std::string where = m_part.empty() ? std::string() : m_part + ": ";
    where += record.type;
    if (!column.empty()) {
        where += ' ';
        where += column;
    }
    return where;
}

UsedItem BlockResolver::describe(const Record &record, std::vector<ValidationIssue> *issues) const
{
    const Fields f(m_layouts, record);
    UsedItem item;
    const bool release = RecordLayouts::baseType(record.type).substr(0, 2) == "RE";
    item.dspId = f.text(release ? "DspReleaseId" : "DspResourceId");
    item.title = f.text("Title");
    item.artists = joined(f.values("DisplayArtistName"));
    if (!release) {
        const std::string raw = f.text("ISRC");
        char normalized[isrc::kLength];
        if (raw.empty()) {
        } else if (isrc::normalize(raw, normalized)) {
            item.isrc.assign(normalized, isrc::kLength);
        } else {
            item.isrc = raw;
            if (issues)
                issues->push_back(ValidationIssue::at(Severity::Warning, record.line, Code::InvalidIsrc, location(record, "ISRC"), raw));
        }
        const std::string iswc = f.text("ISWC");
        if (issues && !iswc.empty() && !isValidIswc(iswc))
            issues->push_back(ValidationIssue::at(Severity::Warning, record.line, Code::InvalidIswc, location(record, "ISWC"), iswc));
    }
    return item;
}

std::optional<UsedItem> BlockResolver::itemOf(const std::vector<Record> &block, const Record &sale, std::string &reference) const
{
    const Fields f(m_layouts, sale);
    auto findBy = [&](std::string_view typePrefix, std::string_view column, const std::string &value) -> const Record * {
        if (value.empty())
            return nullptr;
        for (const Record &r : block)
            if (r.type.rfind(typePrefix, 0) == 0 && Fields(m_layouts, r).text(column) == value)
                return &r;
        return nullptr;
    };
    std::vector<const Record *> resources;
    for (const Record &r : block)
        if (r.type.rfind("AS", 0) == 0)
            resources.push_back(&r);
    auto onlyResource = [&]() -> std::optional<UsedItem> {
        if (resources.size() == 1)
            return describe(*resources.front(), nullptr);
        return std::nullopt;
    };

    if (RecordLayouts::baseType(sale.type) == "SU03") {
        reference = f.text("DspReleaseId");
        if (const Record *r = findBy("AS", "DspResourceId", reference))
            return describe(*r, nullptr);
        if (const Record *r = findBy("RE", "DspReleaseId", reference))
            return resources.size() == 1 ? describe(*resources.front(), nullptr) : describe(*r, nullptr);
        return reference.empty() ? onlyResource() : std::nullopt;
    }
    reference = f.text("TransactedResource");
    if (!reference.empty()) {
        if (const Record *r = findBy("AS", "ResourceReference", reference))
            return describe(*r, nullptr);
        return std::nullopt;
    }
    reference = f.text("TransactedRelease");
    if (const Record *r = findBy("RE", "ReleaseReference", reference))
        return resources.size() == 1 ? describe(*resources.front(), nullptr) : describe(*r, nullptr);
    return reference.empty() ? onlyResource() : std::nullopt;
}

void BlockResolver::resolve(const std::vector<Record> &block, std::vector<SaleRow> &sales, std::vector<ShareRow> &shares,
                            std::vector<ValidationIssue> &issues) const
{
    for (const Record &r : block)
        if (r.type.rfind("AS", 0) == 0 || r.type.rfind("MW", 0) == 0)
            describe(r, &issues); // code checks, once per record
    const SaleRow *lastSale = nullptr;
    std::string lastValidFrom, lastValidTo;
    for (const Record &r : block) {
        const std::string_view base = RecordLayouts::baseType(r.type);
        const Fields f(m_layouts, r);
        if (base == "SU01" || base == "SU02" || base == "SU03") {
            SaleRow sale;
            sale.line = r.line;
            sale.recordType = r.type;
            sale.summaryId = f.text("SummaryRecordId");
            std::string reference;
            if (auto item = itemOf(block, r, reference)) {
                sale.item = std::move(*item);
                if (sale.item.dspId.empty()) { // a resource must be identifiable to be stored
                    sale.rejected = true;
                    issues.push_back(ValidationIssue::at(Severity::Error, r.line, Code::MissingDspId,
                                                         location(r, "DspResourceId"), reference));
                }
            } else {
                sale.rejected = true;
                issues.push_back(ValidationIssue::at(Severity::Error, r.line, Code::UnresolvedResource,
                                                     location(r, base == "SU03" ? "DspReleaseId" : "TransactedResource"), reference));
            }
            std::string usagesColumn;
            const std::string usages = f.firstText({"NumberOfStreams", "Usages", "NumberOfUsages"}, &usagesColumn);
            if (!usages.empty()) {
                sale.hasUsages = parseCount(usages, sale.usages);
                if (!sale.hasUsages) {
                    sale.rejected = true;
                    issues.push_back(ValidationIssue::at(Severity::Error, r.line, Code::NotANumber, location(r, usagesColumn), usages));
                }
                std::int64_t returns = 0;
                const std::string returnsText = f.text("Returns");
                if (sale.hasUsages && !returnsText.empty()) {
                    if (parseCount(returnsText, returns))
                        sale.usages -= returns; // downloads count net of returns
                    else
                        issues.push_back(ValidationIssue::at(Severity::Error, r.line, Code::NotANumber, location(r, "Returns"), returnsText));
                }
            }
            if (base == "SU03") {
                const std::string revenue = f.text("NetRevenue");
                if (!revenue.empty()) {
                    Decimal value;
                    const auto parsed = Decimal::parse(revenue, value);
                    if (parsed == Decimal::ParseResult::Exact || parsed == Decimal::ParseResult::Rounded) {
                        sale.revenue = value;
                        if (parsed == Decimal::ParseResult::Rounded)
                            issues.push_back(ValidationIssue::at(Severity::Warning, r.line, Code::Rounded, location(r, "NetRevenue"), revenue));
                    } else {
                        sale.rejected = true;
                        issues.push_back(ValidationIssue::at(Severity::Error, r.line, Code::MalformedDecimal, location(r, "NetRevenue"), revenue));
                    }
                }
                lastValidFrom = isoDate(f.text("ValidityPeriodStart"));
                lastValidTo = isoDate(f.text("ValidityPeriodEnd"));
            } else {
                lastValidFrom.clear();
                lastValidTo.clear();
            }
            sales.push_back(std::move(sale));
            lastSale = &sales.back();
        } else if (base == "LI01") {
            ShareRow share;
            share.line = r.line;
            share.summaryId = f.text("SummaryRecordId");
            if (lastSale && !lastSale->rejected)
                share.item = lastSale->item;
            else if (std::string reference; auto item = itemOf(block, r, reference))
                share.item = std::move(*item);
            share.rightsController = f.text("RightsController");
            share.rightsControllerPartyId = f.firstText({"RightsControllerPartyId", "RightsControllerProprietaryID"});
            share.share = f.firstText({"RightShare%", "RightSharePercentage", "RightShare"});
            share.rightType = f.firstText({"RightType", "RightsType"});
            share.allocatedNetRevenue = f.text("AllocatedNetRevenue");
            share.allocatedAmount = f.text("AllocatedAmount");
            share.validFrom = lastValidFrom;
            share.validTo = lastValidTo;
            shares.push_back(std::move(share));
        }
    }
}

} // namespace rd::ddex
