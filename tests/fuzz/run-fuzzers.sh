#!/usr/bin/env bash
# Builds the fuzz targets with clang -fsanitize=fuzzer,address,undefined in their own build
# directory and runs each for RUNS executions (default 10 million), one after the other.
#   bash tests/fuzz/run-fuzzers.sh [RUNS] [TARGET...]
# EARSHOT_FUZZ_SECONDS=N also stops each target after N seconds (0 = no limit).
# Needs Debian's clang and libclang-rt-14-dev. Findings (crash-*, leak-*, timeout-*) are
# written to build-fuzz/findings/<target>/; the exit status is non-zero if any target found
# something. Each target's corpus grows in build-fuzz/corpus/<target> (seeded from
# tests/fuzz/corpus), never in the source tree.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${EARSHOT_FUZZ_BUILD:-$root/build-fuzz}"
runs="${1:-10000000}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(FuzzDetailsParser FuzzSummaryParser FuzzTokenParser FuzzQueueParser FuzzIniLoader
             FuzzEngineState)
fi
declare -A corpus=([FuzzDetailsParser]=details [FuzzSummaryParser]=summary
                   [FuzzTokenParser]=token [FuzzQueueParser]=queue [FuzzIniLoader]=ini
                   [FuzzEngineState]=engine_state)

# The largest input each target is given. A handful of records exercises every path of a
# parser, and libFuzzer's speed falls with the input's length: under ASan the queue parser
# ran ~8,000 inputs a second at 3 KB and ~2,000 at 16 KB. So: 8 KB for a details page
# (several conversations), 4 KB for a queue page (~15 queues), a summary (~10 rows), an INI
# file (a full real one is under 2 KB), the token answer and an engine state (the seeds
# are under 2.5 KB).
declare -A max_len=([FuzzDetailsParser]=8192 [FuzzSummaryParser]=4096
                    [FuzzTokenParser]=4096 [FuzzQueueParser]=4096 [FuzzIniLoader]=4096
                    [FuzzEngineState]=4096)

# libFuzzer checks for leaks after every input whose mallocs and frees do not match, a scan of
# the whole heap. QSettings keeps a cache of parsed files across inputs, so nearly every INI
# input triggered one: ~400 inputs a second instead of several thousand. For that target the
# per-input check is off; LeakSanitizer still checks the whole run at exit, and a leak that
# grows shows in -rss_limit_mb.
declare -A extra_flags=([FuzzIniLoader]=-detect_leaks=0)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DEARSHOT_FUZZ=ON -DEARSHOT_BUILD_BENCHMARKS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "${EARSHOT_FUZZ_JOBS:-2}" --target "${targets[@]}"

status=0
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$work" "$findings"
    cp -n "$here/corpus/${corpus[$target]}"/* "$work"/ 2>/dev/null || true
    echo "== $target: $runs executions"
    # The whole libFuzzer output goes to build-fuzz/<target>.log; the summary lines here.
    if ! (cd "$findings" && "$build/tests/fuzz/$target" -runs="$runs" \
            -max_total_time="${EARSHOT_FUZZ_SECONDS:-0}" -max_len="${max_len[$target]}" \
            -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 ${extra_flags[$target]:-} \
            "$work" 2>&1 |
            tee "$build/$target.log" |
            grep -E "^(#[0-9]+\s+DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|fuzz property)"); then
        :
    fi
    if ls "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-* \
            >/dev/null 2>&1; then
        echo "!! $target: findings in $findings"
        status=1
    fi
done
exit $status
