#!/usr/bin/env bash
# Sets everything up, then runs every test (headless): the whole suite under
# ASan + UBSan, each fuzz target for FUZZ_SECONDS (default 30), and the .deb
# built, installed and smoke-tested. One clang build (build-sanitize/) serves
# all three: on 2 cores a second build does not fit CI's time
# (docs/reliability.md, CI time). Arguments go to ctest, e.g. -R tst_gui.
# The app itself (scripts/run.sh) is built into build/ by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-build
# Leaks are not checked: Qt keeps global allocations until exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
scripts/sanitize.sh "${FUZZ_SECONDS:-30}" "$@"
scripts/package-check.sh build-sanitize   # the .deb, installed and smoke-tested
