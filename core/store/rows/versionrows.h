#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace rd {

class Database;

// A usage row as it was in some version of its DSR.
struct VersionRow
{
    qint64 rowId = 0;
    qint64 resourceId = 0;
    std::optional<qint64> usages;
    QString revenue; // exact decimal text; empty when missing
};

// Rebuilds the rows of an earlier version: the current rows with the changes
// of every later version undone, newest first (created rows go, updated and
// deleted rows get back the values they had).
class VersionRows
{
    Q_DECLARE_TR_FUNCTIONS(VersionRows)

public:
    // Sorted by row id.
    static Expected<std::vector<VersionRow>> read(Database &database, qint64 dsrId, int version);
};

} // namespace rd
