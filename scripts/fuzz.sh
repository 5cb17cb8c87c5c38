#!/usr/bin/env bash
# Builds the libFuzzer programs (clang, ASan + UBSan) and runs each target for a while.
#
#   scripts/fuzz.sh [--seconds N] [--targets a,b,…] [--parallel N] [--corpus DIR] [--ledger FILE] [--quick]
#
# --seconds   per target (default: FUZZ_SECONDS, else 60)
# --quick     build unoptimized with line tables only, in build-fuzz-quick: compiles in about
#             half the time and runs a few times slower (CI's short runs); the long runs want
#             the optimized build
# --parallel  targets run side by side, one core each (default 1)
# --corpus    where each target's growing corpus is kept between runs (default build-fuzz/corpus)
# --programs  run the fuzzers already built in DIR instead of building build-fuzz (for a long
#             campaign on a snapshot while the sources change)
# --ledger    a TSV that gets one line per target run: time, CPU seconds, executions, exec/s,
#             edges, result. fuzz/ledger.tsv is the project's record of the long runs;
#             scripts/fuzz-summary.py adds it up per target.
#
# Each corpus starts from fuzz/seeds/<target>, tests/fuzz-regressions/<target> and inputs cut
# from tests/data and the bundled samples. A crash, leak, hang (10 s) or sanitizer report stops
# that target, keeps its input under build-fuzz/artifacts/<target>/ and fails the script: fix it,
# then add the input to tests/fuzz-regressions/<target>/ so that CTest replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${FUZZ_SECONDS:-60}
parallel=1
corpus=$root/build-fuzz/corpus
ledger=$root/build-fuzz/ledger.tsv
programs=
quick=0
targets="tsv_row tsv_file decimal gzip filename ddex_record ddex_report claims_csv rates_csv usage_events status_jsonl package_zip review"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --targets) targets=${2//,/ }; shift 2 ;;
        --parallel) parallel=$2; shift 2 ;;
        --corpus) corpus=$(realpath -m "$2"); shift 2 ;;
        --ledger) ledger=$(realpath -m "$2"); shift 2 ;;
        --programs) programs=$(realpath -m "$2"); shift 2 ;;
        --quick) quick=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

build=$root/build-fuzz
build_type=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "$quick" = 1 ]; then
    build=$root/build-fuzz-quick
    build_type=(-DCMAKE_BUILD_TYPE=FuzzQuick "-DCMAKE_CXX_FLAGS_FUZZQUICK=-O0 -gline-tables-only")
fi
# Sanitizer reports with file and line, when LLVM's symbolizer is installed.
for symbolizer in /usr/bin/llvm-symbolizer /usr/bin/llvm-symbolizer-14; do
    if [ -x "$symbolizer" ]; then
        export ASAN_SYMBOLIZER_PATH=$symbolizer
        break
    fi
done
if [ -z "$programs" ]; then
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S . -B "$build" -DRD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ "${build_type[@]}" -DBUILD_TESTING=OFF
    fi
    cmake --build "$build" -j "$(nproc)" --target fuzzers
    programs=$build/fuzz
fi

# The input formats' limits and dictionaries, per target.
max_len() {
    case "$1" in
        decimal) echo 128 ;; filename) echo 512 ;; tsv_row) echo 4096 ;; ddex_record) echo 8192 ;;
        claims_csv | rates_csv | usage_events | status_jsonl) echo 16384 ;;
        ddex_report) echo 131072 ;; *) echo 65536 ;;
    esac
}
dictionary() {
    case "$1" in
        ddex_*) echo "$root/fuzz/dictionaries/ddex.dict" ;;
        tsv_* | filename | gzip | decimal) echo "$root/fuzz/dictionaries/tsv.dict" ;;
        usage_events | status_jsonl) echo "$root/fuzz/dictionaries/json.dict" ;;
        *) echo "$root/fuzz/dictionaries/csv.dict" ;;
    esac
}

# Inputs cut from the test data and the samples, so that every corpus starts from real files.
plain_sample=$root/tests/data/Spotify_SpotifyStudent_SGAE_GB_GBP_20210901-20210930.tsv
seed_from_data() {
    local target=$1 dir=$2 f i
    set +o pipefail # head closes its pipe early on purpose
    case "$target" in
        tsv_file)
            head -c 4000 "$plain_sample" > "$dir/data-plain.tsv"
            for f in "$root"/tests/data/*.tsv.gz; do zcat "$f" | head -n 25 | gzip -c > "$dir/data-$(basename "$f")"; done
            cat "$dir"/data-Spotify_SpotifyDuo*.gz "$dir"/data-Spotify_SpotifyFree*.gz > "$dir/data-two-members.gz" ;;
        tsv_row)
            i=0; tail -n +2 "$plain_sample" | while IFS= read -r line; do i=$((i + 1)); printf '%s' "$line" > "$dir/data-row-$i"; done ;;
        decimal)
            i=0; tail -n +2 "$plain_sample" | cut -f6 | while IFS= read -r value; do i=$((i + 1)); printf '%s' "$value" > "$dir/data-revenue-$i"; done ;;
        filename)
            for f in "$root"/tests/data/* "$root"/tests/data/ddex/* "$root"/resources/samples/*; do
                printf '%s' "$(basename "$f")" > "$dir/data-name-$(basename "$f" | cksum | cut -d' ' -f1)"
            done ;;
        gzip)
            { printf 'A'; head -n 30 "$plain_sample" | gzip -c; } > "$dir/data-member"
            { printf '\001'; head -n 5 "$plain_sample" | gzip -c; printf 'x' | gzip -c; } > "$dir/data-two-members" ;;
        ddex_record)
            for f in "$root"/tests/data/ddex/*.tsv; do
                i=0; grep -v '^#' "$f" | head -n 12 | while IFS= read -r line; do
                    i=$((i + 1)); { grep "^#${line%%	*}	" "$f" | head -n 1 || true; printf '%s' "$line"; } > "$dir/data-$(basename "$f" .tsv)-$i"
                done
            done ;;
        ddex_report)
            for f in "$root"/tests/data/ddex/*.tsv; do cp "$f" "$dir/data-$(basename "$f")"; done
            { cat "$root"/tests/data/ddex/*AU_1of2*.tsv; printf '\n@@part\n'; cat "$root"/tests/data/ddex/*AU_2of2*.tsv; } > "$dir/data-two-parts" ;;
        claims_csv) cp "$root"/resources/licensing/*.csv "$dir/" ;;
        rates_csv) cp "$root"/resources/rates/*.csv "$dir/" ;;
    esac
}

mkdir -p "$(dirname "$ledger")"
[ -f "$ledger" ] || printf 'finished\ttarget\tcpu_seconds\texecutions\texec_per_second\tedges\tfeatures\tcorpus\tresult\n' > "$ledger"

run_target() {
    local target=$1 dir=$corpus/$1 artifacts=$build/artifacts/$1 log=$build/logs/$1.log
    mkdir -p "$dir" "$artifacts" "$(dirname "$log")"
    for seeds in "$root/fuzz/seeds/$target" "$root/tests/fuzz-regressions/$target"; do
        [ -d "$seeds" ] && cp -n "$seeds"/* "$dir/" 2>/dev/null || true
    done
    seed_from_data "$target" "$dir"
    local started=$SECONDS status=0
    "$programs/royaltydesk-fuzz-$target" "$dir" -max_total_time="$seconds" -max_len="$(max_len "$target")" \
        -dict="$(dictionary "$target")" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" > "$log" 2>&1 || status=$?
    local elapsed=$((SECONDS - started))
    local execs rate edges features size result=ok
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    features=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    size=$(find "$dir" -type f | wc -l)
    if [ "$status" -ne 0 ]; then
        result="FAILED:$(ls -t "$artifacts" 2>/dev/null | head -n 1)"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$elapsed" "${execs:-0}" "${rate:-0}" \
        "${edges:-0}" "${features:-0}" "$size" "$result" >> "$ledger"
    printf '%-13s %5ss  %10s execs  %7s/s  %5s edges  %s\n' "$target" "$elapsed" "${execs:-0}" "${rate:-0}" "${edges:-0}" "$result"
    if [ "$status" -ne 0 ]; then
        echo "--- $target: the fuzzer stopped on a finding (input in $artifacts/); its report:" >&2
        grep -v '^#' "$log" | tail -n 60 >&2
        return 1
    fi
}

failed=0
running=0
for target in $targets; do
    run_target "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit "$failed"
