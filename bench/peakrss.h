#pragma once

#include <sys/resource.h>

// The process's peak resident memory so far, in MiB, for the benchmarks' figures.
inline long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
