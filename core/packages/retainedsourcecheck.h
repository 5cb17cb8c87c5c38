#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

class Database;

// Checks that a package version can still be accounted for from the rows kept
// for it: every source DSR version's rows are rebuilt, their count compared
// with the one frozen at build time, and their revenue summed per territory,
// currency and resource compared, exactly, with the revenue of the package's
// lines. Returns what does not match (empty: everything does).
class RetainedSourceCheck
{
    Q_DECLARE_TR_FUNCTIONS(RetainedSourceCheck)

public:
    static Expected<QStringList> run(Database &database, qint64 packageId, int version);
};

} // namespace rd
