#!/usr/bin/env bash
# The sanitizer pass: models and data built with clang, ASan + UBSan and
# libFuzzer coverage (-O1) into build-asan/, with the fuzz targets and the
# test suites that need no widgets (docs/reliability.md says which). Runs
# those suites once, then every fuzz target for FUZZ_SECONDS (default 20,
# one target per core at a time: 15 targets in 8 rounds on 2 cores).
# The suites start the normal build's archboard-cli (build/ must exist).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DARCHBOARD_FUZZ=ON \
  -DARCHBOARD_EXTERNAL_CLI="$PWD/build/app/archboard-cli" >/dev/null
start=$SECONDS
cmake --build build-asan --parallel
echo "sanitize: build $((SECONDS - start)) s"
# Leaks are not checked: Qt keeps global allocations until exit.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
start=$SECONDS
(cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2)
echo "sanitize: suites $((SECONDS - start)) s"
start=$SECONDS
ARCHBOARD_FUZZ_OUT=build-asan/fuzz-out scripts/fuzz.sh "$seconds"
echo "sanitize: fuzz $((SECONDS - start)) s"
