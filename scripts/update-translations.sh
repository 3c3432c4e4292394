#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (lupdate through CMake), then
# fills them from resources/translations/zh_CN.tsv and checks them (scripts/translations.py).
# Exit 1 when zh_CN entries still lack a translation: `scripts/translations.py missing`
# prints them as lines to translate and append to zh_CN.tsv; run this script again.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja || -f build/Makefile ]] || cmake -S . -B build -G Ninja
cmake --build build --target update_translations
python3 scripts/translations.py apply
python3 scripts/translations.py check
