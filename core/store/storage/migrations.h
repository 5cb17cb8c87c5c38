#pragma once

#include <QStringList>

#include <vector>

struct sqlite3;

namespace rd {

// The schema, as the list of steps that take an empty database to the
// current version. Step i (0-based) brings the schema to version i + 1.
const std::vector<QStringList> &schemaMigrations();

// Work a version needs beyond SQL, run after its statements in the same
// transaction: version number (1-based) and the step; false with error set fails the upgrade.
using MigrationHook = bool (*)(sqlite3 *db, QString &error);
MigrationHook migrationHook(int version);

} // namespace rd
