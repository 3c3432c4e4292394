#!/usr/bin/env bash
# Checks the desktop integration files, builds the Debian package with cpack,
# installs it (apt-get, as root or with sudo) and smoke-tests the INSTALLED
# programs from /usr/bin. If archboard was not installed before, the package
# is removed again at the end.
#   scripts/package-check.sh [BUILD_DIR]   default build/ (scripts/setup.sh)
# scripts/test.sh packages its sanitizer build (build-sanitize/): what is
# checked is the packaging (install rules, Depends, integration files, the
# installed programs start and work), which is the same for any build.
# ARCHBOARD_SKIP_PACKAGE_CHECK=1 skips it (a developer machine without sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$(realpath -m "${1:-$root/build}")

step() { printf '\n== package-check: %s\n' "$*"; }
fail() {
  printf '\npackage-check FAILED: %s\n' "$*" >&2
  exit 1
}

if [[ ${ARCHBOARD_SKIP_PACKAGE_CHECK:-0} == 1 ]]; then
  echo "package-check: skipped (ARCHBOARD_SKIP_PACKAGE_CHECK=1)"
  exit 0
fi
for tool in desktop-file-validate appstreamcli groff dpkg-deb dpkg-shlibdeps cpack apt-get; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs it)"
done
[[ -x $build/app/archboard-cli ]] || fail "$build is not built (run scripts/setup.sh)"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

step "desktop file"
out=$(desktop-file-validate packaging/org.archboard.ArchBoard.desktop 2>&1) || fail "desktop-file-validate: $out"
[[ -z $out ]] || fail "desktop-file-validate warns: $out"

step "AppStream metainfo"
metainfo=packaging/org.archboard.ArchBoard.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"
version=$("$build/app/archboard-cli" --version | awk '{print $2}')
release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[[ $release == "$version" ]] || fail "the newest <release> in $metainfo is $release, the program is $version: add a release entry"

step "man pages"
for page in packaging/*.1; do
  out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff $page: $out"
  [[ -z $out ]] || fail "groff warns about $page: $out"
  grep -q "^\.TH .*\"ArchBoard $version\"" "$page" || fail "the .TH line of $page does not say ArchBoard $version"
done

step "cpack -G DEB"
rm -f "$build"/archboard_*.deb
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB"
debs=("$build"/archboard_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no archboard_*.deb (or more than one)"
deb=${debs[0]}
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libgvc6 libsqlite3-0; do
  [[ $depends == *"$lib"* ]] || fail "Depends of $deb lacks $lib (dpkg-shlibdeps)"
done

step "install $deb"
was_installed=0
dpkg-query -W -f='${Status}' archboard 2>/dev/null | grep -q "install ok installed" && was_installed=1
cleanup() {
  if ((was_installed == 0)); then
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq -o DPkg::Lock::Timeout=120 archboard >/dev/null \
      || echo "package-check: could not remove archboard again" >&2
  else
    echo "package-check: archboard was installed before; this build's package stays installed"
  fi
  rm -rf "$scratch"
}
scratch=$(mktemp -d)
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall -o DPkg::Lock::Timeout=120 "$deb" \
  || fail "apt-get install $deb"

step "installed files"
listing=$(dpkg -L archboard)
for f in /usr/bin/archboard /usr/bin/archboard-cli /usr/libexec/archboard/archboard-render \
         /usr/share/applications/org.archboard.ArchBoard.desktop \
         /usr/share/metainfo/org.archboard.ArchBoard.metainfo.xml \
         /usr/share/mime/packages/org.archboard.ArchBoard.mime.xml \
         /usr/share/icons/hicolor/scalable/apps/org.archboard.ArchBoard.svg \
         /usr/share/icons/hicolor/scalable/mimetypes/application-x-archboard.svg \
         /usr/share/man/man1/archboard-cli.1.gz /usr/share/man/man1/archboard.1.gz; do
  grep -qx "$f" <<<"$listing" || fail "dpkg -L archboard lacks $f"
done
if command -v update-mime-database >/dev/null; then
  # shared-mime-info's trigger compiled our XML into the MIME database.
  [[ -f /usr/share/mime/application/x-archboard.xml ]] || fail "application/x-archboard is not in the MIME database"
fi

step "smoke test of the installed programs"
# A scratch home: the GUI's settings and recovery folder stay out of the real one.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_RUNTIME_DIR=$scratch/run QT_QPA_PLATFORM=offscreen
unset ARCHBOARD_RENDER
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cli=/usr/bin/archboard-cli
[[ $($cli --version) == "archboard-cli $version" ]] || fail "$cli --version: $($cli --version)"
ws=$scratch/x.archboard
$cli sample "$ws" || fail "$cli sample"
$cli validate "$ws" || fail "$cli validate on the sample"
$cli export "$ws" --diagrams "$scratch/d" || fail "$cli export --diagrams (the installed render helper)"
grep -q '<svg' "$scratch/d/context-map.svg" || fail "the installed export wrote no SVG context map"
gui=/usr/bin/archboard
[[ $($gui --version) == "ArchBoard $version" ]] || fail "$gui --version: $($gui --version)"
$gui --quit-after-load "$ws" || fail "$gui --quit-after-load $ws"
$gui --quit-after-load --sample || fail "$gui --quit-after-load --sample"
man -w archboard-cli >/dev/null 2>&1 || ! command -v man >/dev/null || fail "man does not find archboard-cli(1)"

printf '\npackage-check: %s passed (%s bytes)\n' "$(basename "$deb")" "$(stat -c %s "$deb")"
