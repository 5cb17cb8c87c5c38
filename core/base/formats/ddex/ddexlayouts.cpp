#include "ddexlayouts.h"

#include "formats/ddex/ddexcells.h"

#include <cctype>

namespace rd::ddex {
namespace {

// Part 8 record layouts, as the samples and the published profiles write them.
struct BuiltIn
{
    const char *type;
    const char *columns; // space-separated
};

constexpr BuiltIn kBuiltIn[] = {
    {"HEAD", "MessageVersion Profile ProfileVersion MessageId MessageCreatedDateTime FileNumber NumberOfFiles "
             "UsageStartDate UsageEndDate SenderPartyId SenderName ServiceDescription RecipientPartyId RecipientName "
             "RepresentedRepertoire"},
    {"SY01", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
             "ServiceDescription Usages Subscribers CurrencyOfReporting NetRevenue IndirectNetRevenue "
             "CurrencyOfTransaction ExchangeRate"},
    {"SY01.02", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
                "ServiceDescription TotalUsages Subscribers CurrencyOfReporting NetRevenue IndirectValue "
                "CurrencyOfTransaction ExchangeRate"},
    {"SY02", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
             "ServiceDescription Usages Users CurrencyOfReporting NetRevenue RightsController RightsControllerPartyId "
             "AllocatedUsages AllocatedRevenue AllocatedNetRevenue RightsType ContentCategory CurrencyOfTransaction "
             "ExchangeRate RightsTypePercentage"},
    {"SY02.01", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
                "ServiceDescription Usages Users Currency NetRevenue RightsController RightsControllerPartyId "
                "AllocatedUsages AllocatedRevenue AllocatedNetRevenue RightsType"},
    {"SY02.03", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
                "ServiceDescription Usages Users Currency NetRevenue RightsController RightsControllerPartyId "
                "AllocatedUsages AllocatedRevenue AllocatedNetRevenue RightsType ContentCategory "
                "ExchangeRateBaseCurrency ExchangeRate RightsTypePercentage"},
    {"SY04", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
             "ServiceDescription SubscriberType Subscribers SubPeriodStartDate SubPeriodEndDate UsagesInSubPeriod "
             "UsagesInReportingPeriod CurrencyOfReporting CurrencyOfTransaction ExchangeRate ConsumerPaidUnitPrice "
             "NetRevenue MusicUsagePercentage"},
    {"SY05", "SummaryRecordId DistributionChannel DistributionChannelDPID CommercialModel UseType Territory "
             "ServiceDescription RightsController RightsControllerPartyId RightsType TotalUsages AllocatedUsages "
             "MusicUsageRatio AllocatedNetRevenue AllocatedRevenue RightsControllerMarketShare CurrencyOfReporting "
             "CurrencyOfTransaction ExchangeRate SubscriberType SubPeriodStartDate SubPeriodEndDate ContentCategory "
             "RightsTypePercentage"},
    {"RE01", "BlockId ReleaseReference DspReleaseId ProprietaryReleaseId CatalogNumber ICPN DisplayArtistName "
             "DisplayArtistPartyId Title SubTitle ReleaseType LabelName PLine DataProviderName ReleaseDate"},
    {"AS01", "BlockId ResourceReference DspResourceId ISRC Title SubTitle DisplayArtistName DisplayArtistPartyId "
             "Duration ResourceType"},
    {"AS02", "BlockId ResourceReference DspResourceId ISRC Title SubTitle DisplayArtistName DisplayArtistPartyId "
             "Duration ResourceType ISWC ComposerAuthor ComposerAuthorPartyId Arranger ArrangerPartyId MusicPublisher "
             "MusicPublisherPartyId WorkContributor WorkContributorPartyId ProprietaryWorkId IsMasterRecording"},
    {"MW01", "BlockId DspWorkId ISWC Title SubTitle ComposerAuthor ComposerAuthorPartyId Arranger ArrangerPartyId "
             "MusicPublisher MusicPublisherPartyId WorkContributor WorkContributorPartyId DataProvider ProprietaryWorkId"},
    {"RU01", "BlockId SummaryRecordId DspReleaseId Usages"},
    {"SU01", "BlockId SummaryRecordId SalesTransactionId TransactedRelease TransactedResource IsRoyaltyBearing "
             "SalesUpgrade Usages Returns PriceConsumerPaidExcSalesTax PromotionalActivity"},
    {"SU02", "BlockId SummaryRecordId SalesTransactionId TransactedRelease TransactedResource IsRoyaltyBearing "
             "NumberOfStreams PriceConsumerPaidExcSalesTax PromotionalActivity UseType"},
    {"SU03", "BlockId SalesTransactionId SummaryRecordId DspReleaseId Usages NetRevenue ValidityPeriodStart "
             "ValidityPeriodEnd"},
    {"LI01", "BlockId SummaryRecordId RightsController RightsControllerProprietaryID RightsControllerWorkID "
             "RightShare% RightType AllocatedNetRevenue AllocatedAmount"},
    {"FOOT", "NumberOfLinesInFile NumberOfLinesInReport NumberOfSummaryRecords NumberOfBlocksInFile "
             "NumberOfBlocksInReport"},
};

} // namespace

std::string RecordLayouts::normalizedName(std::string_view name)
{
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front())))
        name.remove_prefix(1);
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())))
        name.remove_suffix(1);
    std::string out;
    for (char c : name)
        out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view RecordLayouts::baseType(std::string_view recordType)
{
    const auto dot = recordType.find('.');
    return dot == std::string_view::npos ? recordType : recordType.substr(0, dot);
}

RecordLayouts::RecordLayouts()
{
    for (const BuiltIn &b : kBuiltIn) {
        Layout layout;
        std::string_view columns = b.columns;
        while (!columns.empty()) {
            const auto space = columns.find(' ');
            layout.push_back(normalizedName(columns.substr(0, space)));
            columns = space == std::string_view::npos ? std::string_view() : columns.substr(space + 1);
        }
        m_builtIn.emplace(b.type, std::move(layout));
    }
}

bool RecordLayouts::learnHeading(std::string_view headingLine)
{
    if (headingLine.empty() || headingLine.front() != '#')
        return false;
    const auto cells = splitCells(headingLine.substr(1));
    const std::string type = unescape(cells.front());
    if (type.empty())
        return false;
    Layout layout;
    for (std::size_t i = 1; i < cells.size(); ++i)
        layout.push_back(normalizedName(unescape(cells[i])));
    while (!layout.empty() && layout.back().empty()) // the padding of trailing tabs
        layout.pop_back();
    m_headings[type] = std::move(layout);
    return true;
}

const RecordLayouts::Layout *RecordLayouts::layout(std::string_view recordType) const
{
    if (const auto it = m_headings.find(recordType); it != m_headings.end())
        return &it->second;
    if (const auto it = m_builtIn.find(recordType); it != m_builtIn.end())
        return &it->second;
    if (const auto it = m_builtIn.find(baseType(recordType)); it != m_builtIn.end())
        return &it->second;
    return nullptr;
}

int RecordLayouts::column(std::string_view recordType, std::string_view name) const
{
    const Layout *l = layout(recordType);
    if (!l)
        return -1;
    const std::string wanted = normalizedName(name);
    for (std::size_t i = 0; i < l->size(); ++i)
        if ((*l)[i] == wanted)
            return int(i) + 1;
    return -1;
}

std::string RecordLayouts::columnName(std::string_view recordType, int cell) const
{
    const Layout *l = layout(recordType);
    return l && cell >= 1 && std::size_t(cell) <= l->size() ? (*l)[std::size_t(cell) - 1] : std::string();
}

bool RecordLayouts::known(std::string_view recordType) const { return layout(recordType) != nullptr; }

bool RecordLayouts::fromHeading(std::string_view recordType) const { return m_headings.count(recordType) > 0; }

} // namespace rd::ddex
