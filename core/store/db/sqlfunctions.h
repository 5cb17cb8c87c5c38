#pragma once

struct sqlite3;

namespace rd {

// Registers the exact-decimal SQL functions on a connection:
//   dec_sum(x)       aggregate: the exact sum of decimal texts, as canonical text
//   dec_add(a, b)    the exact sum of two decimal texts
// NULLs are skipped; text that is not a decimal raises an SQL error.
bool registerSqlFunctions(sqlite3 *db);

} // namespace rd
