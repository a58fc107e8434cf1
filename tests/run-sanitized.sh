#!/usr/bin/env bash
# The test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (EARSHOT_SANITIZE=address,undefined) in its own build directory, run like .ci/run: in a
# D-Bus session with an unlocked throw-away keyring. Any sanitizer report fails the test
# that caused it.
#
#   bash tests/run-sanitized.sh                      # everything
#   EARSHOT_SANITIZE_TARGETS="TestAlertEngine TestHistoryStore" \
#       bash tests/run-sanitized.sh -R 'Test(AlertEngine|HistoryStore)$'   # a subset
#
# EARSHOT_SANITIZE_BUILD_DIR (default build-sanitized) and EARSHOT_JOBS (default 2) can be
# set; further arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${EARSHOT_SANITIZE_BUILD_DIR:-build-sanitized}"

# Warnings are not errors here: GCC's sanitizer instrumentation adds false positives of
# -Wmaybe-uninitialized; the normal build keeps -Werror.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEARSHOT_WERROR=OFF \
    -DEARSHOT_SANITIZE=address,undefined -DEARSHOT_BUILD_TESTS=ON \
    -DEARSHOT_BUILD_BENCHMARKS=OFF
targets=()
for t in ${EARSHOT_SANITIZE_TARGETS:-}; do
    targets+=(--target "$t")
done
cmake --build "$build_dir" --parallel "${EARSHOT_JOBS:-2}" "${targets[@]}"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:suppressions=$PWD/tests/asan-suppressions.txt"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Leaks inside system libraries (fontconfig, D-Bus, GLib) are theirs, not Earshot's.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt:print_suppressions=0"
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
dbus-run-session -- bash -c '
    build="$1"
    export XDG_DATA_HOME="$2"
    shift 2
    echo -n earshot-sanitized | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$build" --output-on-failure --no-tests=error \
        --parallel "${EARSHOT_JOBS:-2}" --timeout 900 -E "^FormatCheck$" "$@"
' run-sanitized "$build_dir" "$keyring_home" "$@"
