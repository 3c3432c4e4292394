#!/usr/bin/env bash
# Sets everything up, then runs every test (headless).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 "$@"
cd ..
scripts/package-check.sh   # the .deb, installed and smoke-tested
scripts/sanitize.sh        # non-GUI suites under ASan + UBSan, each fuzz target briefly
