#pragma once

#include "formats/ddex/ddexreport.h"
#include "db/sqlitestatement.h"

#include <QtGlobal>

namespace rd {

class Database;

// Owner of `rights_shares`: the LI01 shares of DDEX reports, one row per
// share line, inserted inside the importer's transaction.
class RightsShareInserter
{
public:
    explicit RightsShareInserter(Database &database);
    bool insert(qint64 dsrId, std::uint64_t line, const ddex::ShareRow &share);

private:
    SqliteStatement m_insert;
};

} // namespace rd
