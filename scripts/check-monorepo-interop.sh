#!/usr/bin/env bash
# Runs syncpack, sherif and pnpm beside archboard-cli scan on the workspace
# fixtures (docs/interop.md, Monorepos): each fixture holds a folder its
# workspace definition leaves out, with a conflicting version. Prints, per
# fixture, what each tool reports, so the table in docs/interop.md can be
# re-checked. Installs the tools from npm into a temporary folder.
#   scripts/check-monorepo-interop.sh [FIXTURE…]     (default: npm yarn pnpm)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$(realpath "${ARCHBOARD_CLI:-build/app/archboard-cli}")
[[ -x $cli ]] || { echo "no $cli: build first" >&2; exit 2; }
fixtures=("$@")
((${#fixtures[@]})) || fixtures=(npm yarn pnpm)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund syncpack@15 sherif@1 pnpm@10 >/dev/null)
bin=$work/node_modules/.bin
echo "syncpack $("$bin/syncpack" --version 2>/dev/null | tail -1), sherif $("$bin/sherif" --version 2>/dev/null | tail -1), pnpm $("$bin/pnpm" --version)"
export QT_QPA_PLATFORM=offscreen
for name in "${fixtures[@]}"; do
  src=$root/tests/data/workspaces/$name
  [[ -d $src ]] || { echo "no fixture $src" >&2; exit 2; }
  copy=$work/$name
  cp -r "$src" "$copy"
  echo
  echo "=== $name"
  echo "--- syncpack lint"
  (cd "$copy" && "$bin/syncpack" lint 2>&1 || true) | sed -n '1,40p'
  echo "--- sherif"
  (cd "$copy" && "$bin/sherif" 2>&1 || true) | sed -n '1,40p'
  if [[ -f $copy/pnpm-workspace.yaml ]]; then
    echo "--- pnpm -r ls --depth -1 (the members pnpm sees)"
    (cd "$copy" && "$bin/pnpm" -r ls --depth -1 2>&1 || true) | grep -E '^[^ ]+ .*[/.]' | sed -n '1,40p'
  fi
  echo "--- archboard-cli scan (mismatched dependencies, workspace rules, left out)"
  "$cli" scan "$copy" -f json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("mismatched:", ", ".join(x["name"] + " (" + x["drift"] + ")" for x in d["dependencies"] if x["drift"] != "none") or "none")
for r in d.get("workspaces", []):
    print("rule:", r["rule"], "- members", r["members"], "left out", r["left_out"])
for l in d.get("left_out", []):
    print("left out:", l["manifest"], "-", l["reason"])
for f in d.get("findings", []):
    print("finding:", f["message"])'
done
