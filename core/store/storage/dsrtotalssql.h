#pragma once

#include "formats/dsrrow.h"

#include <QString>

class QSqlQuery;

namespace rd::dsrtotalssql {

// "row_count = ?, usages_total = ?, …": the assignments bindTotals() fills, in order.
const QString &assignments();
void bindTotals(QSqlQuery &q, const DsrTotals &totals);

} // namespace rd::dsrtotalssql
