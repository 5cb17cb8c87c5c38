#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace rd::fuzz {

// One input format's fuzz entry: it feeds the bytes to the product's parser
// and checks the properties that must hold for any input (round trips, two
// engines agreeing, totals adding up). The libFuzzer programs and the CTest
// replay of tests/fuzz-regressions call the same entries.
struct Target
{
    const char *name;
    int (*run)(const std::uint8_t *data, std::size_t size);
};

const std::vector<Target> &targets();
const Target *findTarget(std::string_view name);

// A property that failed: prints it and aborts, which libFuzzer records as a
// crash with its input, and which fails the replay test.
[[noreturn]] void propertyFailed(const char *condition, const char *file, int line);

} // namespace rd::fuzz

#define RD_FUZZ_CHECK(condition) \
    ((condition) ? void(0) : ::rd::fuzz::propertyFailed(#condition, __FILE__, __LINE__))

// Each target file defines its entries and lists them in targets.cpp.
#define RD_FUZZ_ENTRY(function) int function(const std::uint8_t *data, std::size_t size)
