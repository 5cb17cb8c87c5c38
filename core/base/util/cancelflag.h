#pragma once

#include <atomic>

namespace rd {

// Whether long-running work was asked to stop; a null flag never is.
inline bool isCanceled(const std::atomic_bool *flag) { return flag && flag->load(std::memory_order_relaxed); }

} // namespace rd
