#!/usr/bin/env bash
# Installs what ArchBoard needs on Debian 12 (apt) and builds it into build/.
#   scripts/setup.sh              packages, the browser test's driver, the build
#   scripts/setup.sh --no-build   packages and the driver only (scripts/test.sh
#                                 builds its own tree, build-sanitize/)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libyaml-cpp-dev libsqlite3-dev libtomlplusplus-dev
  qt6-charts-dev libqt6opengl6-dev  # QtCharts needs the OpenGL dev files at configure time
  qt6-svg-dev libgraphviz-dev graphviz
  fonts-noto-cjk            # Chinese text in the GUI and the report PDF
  dpkg-dev desktop-file-utils appstream groff-base  # scripts/package-check.sh: cpack -G DEB, validators, man pages
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n  # lupdate/lrelease (CMake LinguistTools), Qt's own zh_CN texts
  adr-tools                 # tst_decisions runs `adr list` on exported MADR folders
  poppler-utils             # pdftotext: tst_report checks the PDF's text
  qt6-websockets-dev libqrencode-dev libssl-dev  # live voting: WebSocket server, QR code, TLS certificate
  chromium                  # tst_voting_e2e drives Debian's headless Chromium
  clang libclang-rt-14-dev lld  # scripts/sanitize.sh: ASan + UBSan build, libFuzzer targets (tests/fuzz), linked by lld
)
# Node.js and npm for the browser test's driver (puppeteer-core); a machine
# that has Node.js from elsewhere keeps it.
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# puppeteer-core as locked in tests/e2e/package-lock.json (it downloads no browser).
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error

[[ ${1:-} == --no-build ]] && exit 0

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG"
cmake --build build --parallel
