#!/usr/bin/env bash
# Checks the CML import and export on real corpora (docs/interop.md): every .cml file
# under the folders given is imported (import-cml), exported again (export-cml) and
# re-imported; prints the files rejected with the reason, the files whose contexts,
# relations or map type/state changed in the round trip, and the export notes by kind.
#   scripts/check-cml-interop.sh context-mapper-dsl/org.contextmapper.dsl.tests context-mapper-examples
# CML_CHECK="command" is run on every exported file (e.g. a Context Mapper parser that
# exits non-zero on an error); the files it rejects are counted.
# Needs python3 with PyYAML (Debian: python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${ARCHBOARD_CLI:-build/app/archboard-cli}
[[ -x $cli ]] || { echo "no $cli: build first" >&2; exit 2; }
(($#)) || { echo "usage: $0 FOLDER…" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
python3 - "$cli" "$work" "${CML_CHECK:-}" "$@" <<'PY'
import collections, glob, os, shlex, subprocess, sys
import yaml

cli, work, check, folders = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
files = sorted(f for d in folders for f in glob.glob(os.path.join(d, "**", "*.cml"), recursive=True))
count, changed, notes = collections.Counter(), collections.Counter(), collections.Counter()
a, b, c = (os.path.join(work, n) for n in ("a.archboard.yaml", "b.cml", "c.archboard.yaml"))

def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True)

def rows(path):
    ws = yaml.safe_load(open(path, encoding="utf-8"))
    return {k: sorted(map(str, ws.get(k) or [])) for k in ("contexts", "relations")} | {"map": ws["workspace"].get("description")}

for f in files:
    r = run("import-cml", f, a)
    if r.returncode:
        count["rejected"] += 1
        print("rejected:", r.stderr.strip())
        continue
    count["imported"] += 1
    r = run("export-cml", a, b)
    kinds = {" ".join(n.split(":", 1)[1].split()[:2]) for n in r.stdout.splitlines() if n.startswith("note:")}
    for k in kinds:
        notes[k] += 1
    if check and subprocess.run(shlex.split(check) + [b], capture_output=True).returncode:
        count["export rejected by CML_CHECK"] += 1
        print("CML_CHECK rejects the export of", f)
    if run("import-cml", b, c).returncode:
        count["export not re-imported"] += 1
        print("export not re-imported:", f)
        continue
    first, second = rows(a), rows(c)
    diff = [k for k in first if first[k] != second[k]]
    for k in diff:
        changed[k] += 1
    count["round trip changed" if diff else "round trip identical"] += 1
    if diff:
        print("round trip changes", ", ".join(diff), "of", f)

print(f"{len(files)} files:", dict(count))
print("changed in the round trip:", dict(changed) or "nothing")
print("files with export notes, by the note's first words:", dict(notes) or "none")
PY
