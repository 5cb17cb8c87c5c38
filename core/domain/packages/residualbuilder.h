#pragma once

#include "analytics/analyticsfilter.h"
#include "packages/package.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>

#include <map>

namespace rd {

class Database;

// Builds a package: freezes the DSRs of its partition (ids, versions and
// SHA-256) and computes its residual lines, stored as the package's next version.
//
// The rules, all exact:
// - Each resource's revenue in each DSR is split between the rights holders
//   of the claims in force on the DSR's last day (recording rights, as known
//   on the build day): a holder gets revenue × share / 100, cut toward zero
//   at 20 decimals; the rest (unclaimed share and the cut-off digits) is the
//   unallocated line. Claims above 100% in total are scaled to 100% and the
//   lines marked overclaimed. Lines are per holder, territory, resource and
//   currency, summed over the partition's DSRs.
// - A percentage adjustment is that percentage of its scope's revenue per
//   currency, rounded half to even at 20 decimals; an amount adjustment
//   applies to its scope's lines in its currency. Either is allocated over
//   the scope's lines pro rata to their revenue (telescoping floors).
// - Advances (this package's, plus the balance carried from the holder's last
//   published package) are recouped from the holder's lines in that currency,
//   in line order, never below zero; what is left carries forward.
// So Σ lines' revenue + adjustments = Σ partition revenue + Σ adjustments, to
// the last digit, per currency; the build refuses to store anything else.
class ResidualBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ResidualBuilder)

public:
    static Expected<int> build(Database &database, qint64 packageId, const QDate &knownOn = QDate::currentDate());
    // A built version's lines computed again from the rows kept for its source
    // DSR versions, with the same claims (as known on its build day),
    // adjustments, advances and carried balances. Amounts in the DSR
    // currencies (the base-currency columns are left empty).
    struct Recomputed
    {
        QList<ResidualLine> lines;
        std::map<qint64, qint64> rowsKept; // per source DSR: the rows read at its frozen version
    };
    static Expected<Recomputed> recompute(Database &database, qint64 packageId, int version);
    // The DSRs a partition covers, as an analytics filter (original currencies).
    static AnalyticsFilter filterOf(const Partition &partition);
};

} // namespace rd
