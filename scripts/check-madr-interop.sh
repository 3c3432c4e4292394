#!/usr/bin/env bash
# Checks exported decision records with the real tools (docs/interop.md):
#   1. `log4brains build` on `export --madr` and `export --madr --adr-tools` folders of
#      tests/data/adr/realworld: the site must be written, with every record's status;
#   2. optionally a real MADR folder (MADR_DIR=…/adr/madr/docs/decisions): imported, exported
#      into a copy of itself, files counted before and after, re-imported.
# Needs log4brains (npm i -g log4brains, or LOG4BRAINS=path/to/bin/log4brains), git, python3.
# A log4brains build takes about a minute, so this is a developer check, not part of ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${ARCHBOARD_CLI:-build/app/archboard-cli}
l4b=${LOG4BRAINS:-$(command -v log4brains || true)}
[[ -x $cli ]] || { echo "no $cli: build first" >&2; exit 2; }
[[ -n $l4b ]] || { echo "log4brains not found: npm i -g log4brains, or set LOG4BRAINS" >&2; exit 2; }
work=$(mktemp -d)
[[ -n ${KEEP:-} ]] && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT
fail=0

"$cli" import-adr tests/data/adr/realworld --into "$work/ws.archboard" >/dev/null
for flavour in madr4 adr-tools; do
  project="$work/$flavour"
  mkdir -p "$project"
  extra=()
  [[ $flavour == adr-tools ]] && extra=(--adr-tools)
  "$cli" export "$work/ws.archboard" --madr "$project/docs/adr" "${extra[@]}" >/dev/null
  printf -- '---\nproject:\n  name: check\n  tz: UTC\n  adrFolder: ./docs/adr\n' >"$project/.log4brains.yml"
  # log4brains takes dates from git and needs a commit.
  git -C "$project" init -q && git -C "$project" add -A &&
    git -C "$project" -c user.name=check -c user.email=check@example.org commit -qm records
  # log4brains exits 0 even when it writes no site: judge by the site.
  (cd "$project" && "$l4b" build --out "$project/site" >"$project/build.log" 2>&1) || true
  if ! grep -q "successfully generated" "$project/build.log"; then
    echo "$flavour: log4brains build wrote no site:"; grep -iv "critical dependency\|^$" "$project/build.log" | tail -5
    fail=1
    continue
  fi
  # Expected statuses; log4brains shows a record without status as accepted.
  python3 - "$project/site" "$flavour" <<'EOF' || fail=1
import glob, json, sys
site, flavour = sys.argv[1], sys.argv[2]
adrs = {a["slug"]: a for a in json.load(open(glob.glob(site + "/data/*/adrs.json")[0]))}
want = {"0000-keep-decisions-as-markdown-files": "accepted", "0001-store-orders-in-postgres": "accepted",
        "0002-cache-prices-in-redis": "superseded", "0003-cache-prices-in-the-service": "accepted"}
bad = [f"{s}: {adrs.get(s, {}).get('status')} (want {w})" for s, w in want.items() if adrs.get(s, {}).get("status") != w]
page = open(f"{site}/adr/0002-cache-prices-in-redis/index.html", encoding="utf-8").read()
if "0003-cache-prices-in-the-service" not in page:
    bad.append("the superseded record's page does not name its successor")
for slug in want:
    text = open(f"{site}/adr/{slug}/index.html", encoding="utf-8").read()
    if "&amp;#32;" in text or "\\[" in text:
        bad.append(f"{slug}: escaped Markdown in the page")
print(f"{flavour}: log4brains built {len(adrs)} records" + ("; " + "; ".join(bad) if bad else ", statuses as expected"))
sys.exit(1 if bad else 0)
EOF
done

if [[ -n ${MADR_DIR:-} ]]; then
  copy="$work/madr"
  cp -r "$MADR_DIR" "$copy"
  before=$(find "$copy" -type f | wc -l)
  "$cli" import-adr "$copy" --into "$work/madr.archboard" | tail -1
  "$cli" export "$work/madr.archboard" --madr "$copy" >/dev/null
  after=$(find "$copy" -name '*.md' -o -type f ! -name .adr-dir | sort -u | wc -l)
  echo "MADR folder: $before files before the export into it, $after after (.adr-dir not counted)"
  [[ $before == "$after" ]] || fail=1
  "$cli" import-adr "$copy" --into "$work/again.archboard" | tail -1
  diff <(git diff --no-index --stat "$MADR_DIR" "$copy" || true) /dev/null >/dev/null || git diff --no-index --stat "$MADR_DIR" "$copy" | tail -3
fi
exit $fail
