#!/usr/bin/env bash
# Sets everything up, then opens ArchBoard on the bundled sample workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/archboard --sample "$@"
