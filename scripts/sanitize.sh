#!/usr/bin/env bash
# Builds the core test suites with AddressSanitizer and UndefinedBehaviorSanitizer (in
# build-asan) and runs them, fuzz_regressions included. Any sanitizer report fails its test.
#
#   scripts/sanitize.sh [--all] [ctest options, e.g. -R 'tst_import|tst_ddex']
#
# --all also builds and runs the GUI suites and the soak.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
all=0
if [ "${1:-}" = "--all" ]; then
    all=1
    shift
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    # Debug: an unoptimized sanitized build compiles in about half the time, and reports precisely.
    cmake -S . -B "$build" -DRD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
fi
core_suites="tst_decimal tst_dsrfilename tst_streamreader tst_import tst_sampletotals tst_storage tst_analytics tst_searchindex
    tst_ddex tst_redelivery tst_licensing tst_packages tst_packagezip tst_retention tst_copies tst_remit tst_cli tst_clioutput
    tst_concurrency tst_hostileinput tst_diskfull"
if [ "$all" = 1 ]; then
    cmake --build "$build" -j "$(nproc)"
    exclude='^$'
else
    # shellcheck disable=SC2086
    cmake --build "$build" -j "$(nproc)" --target $core_suites royaltydesk-cli royaltydesk-fuzz-replay
    exclude='tst_gui|tst_charts|tst_guipages|tst_layering|soak_concurrency'
fi
# Leaks are reported by LeakSanitizer except in the system libraries listed in lsan.supp.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" -E "$exclude" "$@"
