#pragma once

#include "formats/dsrrow.h"

#include <QString>

namespace rd {
class SqlQuery;
}

namespace rd::dsrtotalssql {

// "row_count = ?, usages_total = ?, …": the assignments bindTotals() fills, in order.
const QString &assignments();
void bindTotals(SqlQuery &q, const DsrTotals &totals);

} // namespace rd::dsrtotalssql
