#!/usr/bin/env bash
# Installs the dependencies, builds Earshot and starts it in demo mode: the whole pipeline
# against the embedded simulator, no account needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/linux/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEARSHOT_BUILD_TESTS=OFF \
    -DEARSHOT_BUILD_BENCHMARKS=OFF
cmake --build build --target earshot
exec ./build/app/earshot --demo "$@"
