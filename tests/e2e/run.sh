#!/usr/bin/env bash
# Runs a browser test script with Node.js. Without Node.js the test fails in
# CI (ARCHBOARD_CI set: scripts/setup.sh installs it) and is skipped (77) elsewhere.
if ! command -v node >/dev/null 2>&1; then
  if [[ -n "${ARCHBOARD_CI:-}" ]]; then
    echo "FAIL node is not installed (scripts/setup.sh installs it)"
    exit 1
  fi
  echo "SKIP node is not installed"
  exit 77
fi
exec node "$@"
