#!/usr/bin/env bash
# The installed layout: `cmake --install` into a scratch prefix, then the
# installed programs run with no hint where the diagram helper is (no
# ARCHBOARD_RENDER, not on PATH): they must find libexec/archboard/archboard-render
# relative to themselves. A copy of archboard-cli away from the helper must
# fail with a message saying so. Usage: tst_install.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: tst_install.sh BUILD_DIR}
cmake=${CMAKE_COMMAND:-cmake}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

unset ARCHBOARD_RENDER
export PATH=/usr/bin:/bin
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_RUNTIME_DIR=$scratch/run QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
prefix=$scratch/usr
"$cmake" --install "$build" --prefix "$prefix" >/dev/null

[[ -x $prefix/libexec/archboard/archboard-render ]] || fail "the render helper is not installed in libexec/archboard"
[[ ! -e $prefix/bin/archboard-render ]] || fail "the render helper is installed in bin/ (it is not a user command)"
for f in bin/archboard bin/archboard-cli share/man/man1/archboard-cli.1.gz share/man/man1/archboard.1.gz \
         share/applications/org.archboard.ArchBoard.desktop share/metainfo/org.archboard.ArchBoard.metainfo.xml \
         share/mime/packages/org.archboard.ArchBoard.mime.xml share/icons/hicolor/scalable/apps/org.archboard.ArchBoard.svg \
         share/icons/hicolor/scalable/mimetypes/application-x-archboard.svg; do
  [[ -f $prefix/$f ]] || fail "not installed: $f"
done

cli=$prefix/bin/archboard-cli
ws=$scratch/board.archboard
"$cli" sample "$ws" >/dev/null || fail "installed archboard-cli sample"
"$cli" validate "$ws" >/dev/null || fail "installed archboard-cli validate on the sample"

# Headless: archboard-cli links no widget module, so a CI image that only runs
# `scan --fail-on` needs no GUI stack; it still writes the report with its charts.
widgets=$(ldd "$cli" | grep -oE 'libQt6(Widgets|Charts|OpenGLWidgets|SvgWidgets|PrintSupport)\.so' | sort -u | tr '\n' ' ' || true)
[[ -z $widgets ]] || fail "archboard-cli links widget modules: $widgets"
env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$cli" export "$ws" --report "$scratch/report.pdf" >/dev/null 2>"$scratch/report.err" \
  || fail "installed archboard-cli export --report (no display): $(cat "$scratch/report.err")"
[[ $(head -c 5 "$scratch/report.pdf") == %PDF- ]] || fail "report.pdf is not a PDF"
"$cli" export "$ws" --report "$scratch/report.html" >/dev/null 2>"$scratch/report.err" \
  || fail "installed archboard-cli export --report HTML: $(cat "$scratch/report.err")"
[[ $(grep -o 'data:image/png;base64' "$scratch/report.html" | wc -l) -ge 6 ]] || fail "the HTML report has fewer than 6 charts"

# SVG and PNG through the installed helper (Graphviz's core and cairo/pango plugins).
"$cli" export "$ws" --diagrams "$scratch/svg" >"$scratch/svg.out" 2>"$scratch/svg.err" \
  || fail "installed archboard-cli export --diagrams: $(cat "$scratch/svg.err")"
grep -q '<svg' "$scratch/svg/context-map.svg" || fail "context-map.svg is not an SVG"
grep -q '<svg' "$scratch/svg/decision-tree.svg" || fail "decision-tree.svg is not an SVG"
[[ $(wc -l <"$scratch/svg.out") -ge 3 ]] || fail "export listed fewer than 3 diagrams"
"$cli" export "$ws" --diagrams "$scratch/png" -f png >/dev/null 2>"$scratch/png.err" \
  || fail "installed archboard-cli export -f png: $(cat "$scratch/png.err")"
[[ $(head -c 8 "$scratch/png/context-map.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
  || fail "context-map.png is not a PNG"

# Control: the same program where no helper is next to it or in ../libexec/archboard.
mkdir -p "$scratch/elsewhere/bin"
cp "$cli" "$scratch/elsewhere/bin/"
set +e
"$scratch/elsewhere/bin/archboard-cli" export "$ws" --diagrams "$scratch/none" >/dev/null 2>"$scratch/none.err"
rc=$?
set -e
[[ $rc -eq 2 ]] || fail "archboard-cli without a helper exited $rc, expected 2"
grep -q 'renderer' "$scratch/none.err" || fail "no message about the missing renderer: $(cat "$scratch/none.err")"

# The desktop application: opens the workspace, paints once, exits 0; a bad file exits 2 naming it.
out=$("$prefix/bin/archboard" --quit-after-load "$ws" 2>/dev/null) || fail "installed archboard --quit-after-load"
[[ $out == *opened* ]] || fail "archboard --quit-after-load said: $out"
echo "not a workspace" >"$scratch/bad.archboard"
set +e
"$prefix/bin/archboard" --quit-after-load "$scratch/bad.archboard" >/dev/null 2>"$scratch/bad.err"
rc=$?
set -e
[[ $rc -eq 2 ]] || fail "archboard --quit-after-load on a bad file exited $rc, expected 2"
grep -q 'bad.archboard' "$scratch/bad.err" || fail "the error does not name the file: $(cat "$scratch/bad.err")"

# The build tree: archboard-cli finds the helper next to it.
"$build/app/archboard-cli" export "$ws" --diagrams "$scratch/tree" >/dev/null 2>"$scratch/tree.err" \
  || fail "build-tree archboard-cli export: $(cat "$scratch/tree.err")"
echo "PASS: installed programs find libexec/archboard/archboard-render; the GUI opens and paints a workspace"
