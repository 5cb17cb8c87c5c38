#!/usr/bin/env bash
# Installs the Debian 12 packages Royalty Desk needs to build, test and run; only the missing ones.
# This is the single list: scripts/check-deps.sh (run by CI) fails when the build or the tests use
# a file from a package that this list neither names nor pulls in through Depends.
# `--list` prints the list and installs nothing.
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev
    libqt6sql6-sqlite # Qt's SQLite driver: the tests open databases with it, as a foreign program would
    # Qt6Charts' CMake package needs Qt6OpenGL's, and Qt6Gui's looks for XKB: both are only
    # Recommends of qt6-base-dev, which --no-install-recommends leaves out.
    libqt6opengl6-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n linguist-qt6
    libquazip1-qt6-dev qt6-svg-dev zlib1g-dev libsqlite3-dev sqlite3 libboost-dev libxxhash-dev libssl-dev libisal-dev
    libssh-dev openssh-server openssh-client
    # FindOpenGL (through Qt6Gui) resolves EGL and GLU when present; name them so that a fresh
    # machine configures exactly as a developer's does.
    libgl-dev libegl-dev libglu1-mesa-dev
    xvfb xauth imagemagick xdotool fonts-dejavu fonts-droid-fallback dpkg-dev file gzip
    # make fuzz: clang with libFuzzer and the sanitizer runtimes (only Recommends of clang), and
    # llvm-symbolizer for readable sanitizer reports.
    clang libclang-rt-14-dev llvm-14
)

if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
