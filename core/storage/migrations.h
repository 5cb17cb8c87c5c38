#pragma once

#include <QStringList>

#include <vector>

namespace rd {

// The schema, as the list of steps that take an empty database to the
// current version. Step i (0-based) brings the schema to version i + 1.
const std::vector<QStringList> &schemaMigrations();

} // namespace rd
