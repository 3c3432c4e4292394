#!/usr/bin/env bash
# archboard-cli scan against syncpack and sherif on the same generated
# monorepo (docs/benchmarks.md). Installs the two tools from npm into a
# temporary folder for this run only.
#   tests/bench/compare_npm_tools.sh [BUILD_DIR] [PACKAGES] [RUNS] [POLYGLOT]
# POLYGLOT > 0: that many more services over Cargo, Go, Maven and Python
# (archboard-make-monorepo --polyglot), and "just reading" reads every
# manifest archboard reads, not only the package.json files. The tree has
# no broken manifest: sherif stops at the first package.json it cannot parse
# (exit 1, nothing checked), which would time its error, not its work.
set -euo pipefail
build=${1:-build}
packages=${2:-5000}
runs=${3:-5}
polyglot=${4:-0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --silent --no-audit --no-fund syncpack@15 sherif@1 >/dev/null)
syncpack="$work/node_modules/.bin/syncpack"
sherif="$work/node_modules/.bin/sherif"
repo="$work/repo"
if ((polyglot > 0)); then
  "$build/tests/archboard-make-monorepo" "$repo" --packages "$packages" --polyglot "$polyglot" --well-formed | head -1
else
  "$build/tests/archboard-make-monorepo" "$repo" --packages "$packages" --npm-only | head -1
fi
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
echo "| $packages packages + $polyglot polyglot, median of $runs |   ms     |"
echo "|------------------------------------------------|----------|"
if ((polyglot > 0)); then
  bench "find … every manifest | xargs cat (just reading)" sh -c 'find . \( -name node_modules -o -name target -o -name .git \) -prune -o \( -name package.json -o -name Cargo.toml -o -name go.mod -o -name go.work -o -name pom.xml -o -name "requirements*.txt" -o -name pyproject.toml -o -name dependencies.lock -o -name pnpm-workspace.yaml \) -print | xargs cat >/dev/null'
else
  bench "find … package.json | xargs cat (just reading)" sh -c 'find . -name node_modules -prune -o -name package.json -print | xargs cat >/dev/null'
fi
bench "archboard-cli scan -f json (all ecosystems)" "$cli" scan . -f json
bench "archboard-cli scan (table)" "$cli" scan .
bench "sherif (the npm command: a node wrapper)" "$sherif"
# The platform binary the wrapper starts, timed alone as well.
native=$(find "$work/node_modules" -path '*sherif-*/bin/sherif' -type f | head -1)
[[ -n $native ]] && bench "sherif (its native binary alone)" "$native"
bench "syncpack lint" "$syncpack" lint

# What each finds: dependencies with more than one version.
"$cli" scan . -f json >"$work/scan.json"
python3 -c 'import json,sys; print("\n".join(sorted(d["name"] for d in json.load(open(sys.argv[1]))["dependencies"] if d["drift"] != "none" and d["ecosystem"] == "npm")))' "$work/scan.json" >"$work/ours.txt"
others=$(python3 -c 'import json,sys; print(sum(1 for d in json.load(open(sys.argv[1]))["dependencies"] if d["drift"] != "none" and d["ecosystem"] != "npm"))' "$work/scan.json")
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
echo "mismatched npm dependencies: archboard $(wc -l <"$work/ours.txt"), syncpack $(wc -l <"$work/syncpack.txt"), sherif $(wc -l <"$work/sherif.txt")"
echo "mismatched in the other ecosystems (archboard only reads them): $others"
echo "found by syncpack, not by archboard: $(comm -13 "$work/ours.txt" "$work/syncpack.txt" | tr '\n' ' ')"
echo "found by sherif, not by archboard:   $(comm -13 "$work/ours.txt" "$work/sherif.txt" | tr '\n' ' ')"
echo "found by archboard only:             $(comm -23 "$work/ours.txt" <(sort -u "$work/syncpack.txt" "$work/sherif.txt") | tr '\n' ' ')"
