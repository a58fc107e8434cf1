#!/usr/bin/env bash
# Installs the dependencies, builds Earshot and starts it in demo mode: the whole pipeline
# against the embedded simulator, no account needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/linux/install-deps.sh
# The same configuration as .ci/run (tests on): the test command then reuses these objects,
# and a build/ made here never hides a test from it.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEARSHOT_WERROR=ON \
    -DEARSHOT_BUILD_TESTS=ON -DEARSHOT_BUILD_BENCHMARKS=ON
cmake --build build --parallel 2 --target earshot
exec ./build/app/earshot --demo "$@"
