// The libFuzzer entry of one target; RD_FUZZ_TARGET names it (see targets/targets.cpp).
#include "targets/fuzztarget.h"

#include <cstdio>
#include <cstdlib>

namespace {
const rd::fuzz::Target &target()
{
    static const rd::fuzz::Target *found = rd::fuzz::findTarget(RD_FUZZ_TARGET);
    if (!found) {
        std::fprintf(stderr, "no fuzz target named %s\n", RD_FUZZ_TARGET);
        std::abort();
    }
    return *found;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return target().run(data, size);
}
