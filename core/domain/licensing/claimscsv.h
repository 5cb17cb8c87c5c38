#pragma once

#include "licensing/claim.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rd {

// Reads a licensing CSV: a header row naming the columns (isrc, territory,
// rights_holder, share, valid_from required; valid_to, known_from, known_to,
// right_type, source optional; any order), then one claim per line. Fields
// may be quoted ("a, b" with "" for a quote). Every problem is listed with
// its line and field, and a file with any problem is refused whole: rights
// data that is half in is worse than none.
class ClaimsCsv
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsCsv)

public:
    // knownFromDefault: the day claims without known_from were learned (the import date).
    static Expected<ClaimsFile> read(const QString &path, const QDate &knownFromDefault);
    static constexpr int kMaxReportedProblems = 50;
};

} // namespace rd
