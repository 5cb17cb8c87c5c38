#pragma once

#include "db/sqlquery.h"

#include <QString>

namespace rd {

// SQLite's message for a failed statement.
inline QString sqlError(const SqlQuery &query) { return query.errorText(); }

} // namespace rd
