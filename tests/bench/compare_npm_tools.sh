#!/usr/bin/env bash
# archboard-cli scan against syncpack and sherif on the same generated npm
# monorepo (docs/benchmarks.md). Installs the two tools from npm into a
# temporary folder for this run only.
#   tests/bench/compare_npm_tools.sh [BUILD_DIR] [PACKAGES] [RUNS]
set -euo pipefail
build=${1:-build}
packages=${2:-5000}
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --silent --no-audit --no-fund syncpack@15 sherif@1 >/dev/null)
syncpack="$work/node_modules/.bin/syncpack"
sherif="$work/node_modules/.bin/sherif"
repo="$work/repo"
"$build/tests/archboard-make-monorepo" "$repo" --packages "$packages" --npm-only | head -1
cli=$(realpath "$build/app/archboard-cli")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { # prints the wall time of "$@" in ms, output discarded
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
bench() { # name, command...
  local name=$1; shift
  "$@" >/dev/null 2>&1 || true # warm-up (page cache)
  local t=()
  for _ in $(seq "$runs"); do t+=("$(time_ms "$@")"); done
  printf '| %-46s | %8s |\n' "$name" "$(printf '%s\n' "${t[@]}" | median)"
}

cd "$repo"
echo
echo "| $packages packages, median of $runs runs            |   ms     |"
echo "|------------------------------------------------|----------|"
bench "find … package.json | xargs cat (just reading)" sh -c 'find . -name node_modules -prune -o -name package.json -print | xargs cat >/dev/null'
bench "archboard-cli scan -f json (all ecosystems)" "$cli" scan . -f json
bench "sherif" "$sherif"
bench "syncpack lint" "$syncpack" lint

# What each finds: dependencies with more than one version.
"$cli" scan . -f json | python3 -c 'import json,sys; print("\n".join(sorted(d["name"] for d in json.load(sys.stdin)["dependencies"] if d["drift"] != "none")))' >"$work/ours.txt"
{ "$syncpack" lint 2>&1 || true; } | python3 -c '
import re, sys
names, cur = set(), None
for line in sys.stdin:
    m = re.match(r"^\s*\d+x (\S+)", line)
    if m: cur = m.group(1); continue
    if "✘" in line and cur: names.add(cur)
print("\n".join(sorted(names)))' >"$work/syncpack.txt"
{ "$sherif" 2>&1 || true; } | sed -n 's/.*Dependency \(.*\) has multiple versions defined.*/\1/p' | sort >"$work/sherif.txt"
echo
echo "mismatched dependencies: archboard $(wc -l <"$work/ours.txt"), syncpack $(wc -l <"$work/syncpack.txt"), sherif $(wc -l <"$work/sherif.txt")"
echo "found by syncpack, not by archboard: $(comm -13 "$work/ours.txt" "$work/syncpack.txt" | tr '\n' ' ')"
echo "found by sherif, not by archboard:   $(comm -13 "$work/ours.txt" "$work/sherif.txt" | tr '\n' ' ')"
echo "found by archboard only:             $(comm -23 "$work/ours.txt" <(sort -u "$work/syncpack.txt" "$work/sherif.txt") | tr '\n' ' ')"
