#pragma once

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace rd {

class Database;

// A stored usage row as a review shows it: its resource, values and where it
// came from (the version and the line of that version's file).
struct StoredRow
{
    qint64 rowId = 0;
    QString dspId, title, artists, isrc;
    std::optional<qint64> usages;
    QString revenue; // exact decimal text; empty when missing
    int version = 1;
    qint64 line = 0;
};

// The current rows with these ids (those that exist).
std::map<qint64, StoredRow> readStoredRows(Database &database, const std::vector<qint64> &rowIds);

} // namespace rd
