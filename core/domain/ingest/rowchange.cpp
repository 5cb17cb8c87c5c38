#include "rowchange.h"

namespace rd {

DeliveredRow DeliveredRow::from(const DsrRow &row)
{
    DeliveredRow r;
    r.line = row.line;
    r.dspId = row.dspId;
    r.title = row.title;
    r.artists = row.artists;
    r.isrc = row.isrc;
    if (row.hasUsages)
        r.usages = row.usages;
    if (row.hasRevenue)
        r.revenue = row.revenue;
    return r;
}

DsrRow DeliveredRow::view() const
{
    DsrRow row;
    row.line = line;
    row.dspId = dspId;
    row.title = title;
    row.artists = artists;
    row.isrc = isrc;
    row.key = ResourceKey::of(dspId, title, artists, isrc);
    row.hasUsages = usages.has_value();
    row.usages = usages.value_or(0);
    row.hasRevenue = revenue.has_value();
    row.revenue = revenue.value_or(Decimal());
    return row;
}

} // namespace rd
