#pragma once

#include "analytics/analyticsresult.h"
#include "analytics/commonscale.h"

#include <atomic>
#include <optional>


namespace rd {

class Database;

class ChunkStore;

// The `count` resources with the highest revenue over the given DSRs, found
// from each DSR's stored top list (a threshold algorithm) instead of adding up
// every resource of every DSR.
//
// A resource outside a DSR's top list earns at most that list's last entry
// there, which bounds what any resource can still reach. Candidates are taken
// best bound first and completed from the per-resource chunks; once the
// count-th best sum beats every remaining bound the answer is certain. The
// ranking runs on doubles with a proven error margin, and only the resources
// whose margins reach the boundary are summed exactly, so ties and near-ties
// are decided exactly (equal revenue: lower resource id first). Returns nullopt
// when the lists cannot settle it (then the caller must add everything up),
// or on cancel.
std::optional<QList<TopResource>> topFromLists(Database &database, ChunkStore &chunks, const QList<const SelectedDsr *> &dsrs,
                                               const CommonScale &scale, int count, const std::atomic_bool *canceled);

} // namespace rd
