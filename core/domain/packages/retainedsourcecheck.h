#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

class Database;

// Checks that a package version can still be accounted for from the rows kept
// for it: every source DSR version's rows are rebuilt and counted against the
// count frozen at build time, and every line is computed again from them
// (same claims, adjustments, advances and carried balances) and compared,
// exactly, with the stored one. Returns what does not match (empty: all does).
class RetainedSourceCheck
{
    Q_DECLARE_TR_FUNCTIONS(RetainedSourceCheck)

public:
    static Expected<QStringList> run(Database &database, qint64 packageId, int version);
};

} // namespace rd
