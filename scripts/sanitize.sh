#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (in build-asan) and runs
# the test suites there, fuzz_regressions included. Any sanitizer report fails its test.
#
#   scripts/sanitize.sh [ctest options, e.g. -R 'tst_import|tst_ddex']
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -DRD_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j "$(nproc)"
# Leaks are reported by LeakSanitizer except in the system libraries listed in lsan.supp.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"
