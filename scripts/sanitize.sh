#!/usr/bin/env bash
# The sanitizer pass (docs/reliability.md), CI's test run:
#
#   scripts/sanitize.sh [SECONDS]
#
# builds every target with clang, ASan + UBSan and -Werror into
# build-sanitize/ (the GUI, archboard-cli and the libFuzzer targets: the
# libraries carry libFuzzer's coverage), runs the whole suite there under the
# sanitizers, then every fuzz target for SECONDS (FUZZ_SECONDS, default 30;
# one target per core at a time). Extra arguments after SECONDS go to ctest.
# Each phase prints its time.
#
# -O0 with line tables only: the build is what one waits for (about 2.5x
# faster to compile than -O1 -g), and reports still name file and line.
set -euo pipefail
cd "$(dirname "$0")/.."
# Leaks are not checked: Qt keeps global allocations until exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

seconds=${FUZZ_SECONDS:-30}
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
build=build-sanitize
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only" -DARCHBOARD_SANITIZE=ON >/dev/null
start=$SECONDS
cmake --build "$build" --parallel
echo "sanitize: build $((SECONDS - start)) s"
start=$SECONDS
status=0
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 "$@") || status=$?
echo "sanitize: suites $((SECONDS - start)) s"
((status == 0)) || exit $status
start=$SECONDS
ARCHBOARD_FUZZ_OUT=$build/fuzz-out scripts/fuzz.sh "$seconds"
echo "sanitize: fuzz $((SECONDS - start)) s"
