#!/usr/bin/env bash
# Checks that scripts/install-deps.sh names everything the build and the tests use.
#
# A package that is only a Recommends of a listed one is present on a developer's machine
# (installed by hand, or by apt with recommends) but not on a fresh one, where configure
# then fails. This script finds every file the configured build resolved, and every tool
# the tests start, asks dpkg which package owns it, and fails unless that package is named
# by the install step or pulled in by the named packages through Depends/Pre-Depends
# (never Recommends), or is Essential.
#
# usage: scripts/check-deps.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-deps: $cache not found; configure first" >&2; exit 2; }

# Tools the test suites and make screenshots start as separate processes.
runtime_tools=(/usr/sbin/sshd ssh-keygen xvfb-run Xvfb xauth import xdotool gzip sqlite3 dpkg-deb)

mapfile -t named < <(scripts/install-deps.sh --list)

# Everything the named packages pull in without Recommends, plus Essential packages.
allowed=$(mktemp)
trap 'rm -f "$allowed"' EXIT
{
    printf '%s\n' "${named[@]}"
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${named[@]}" 2>/dev/null |
        sed -nE 's/^ *(\|)?(Pre)?Depends: <?([^ >]+)>?$/\3/p; s/^([^ <][^ ]*)$/\1/p'
    dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }'
} | sed 's/:.*//' | sort -u > "$allowed"

# Files the build resolved: package config folders (*_DIR), pkg-config modules and libraries.
files=()
while IFS= read -r dir; do
    config=$(find "$dir" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) | head -1)
    [ -n "$config" ] && files+=("$config")
done < <(sed -nE 's/^[A-Za-z0-9_.-]+_DIR:PATH=(\/.+)$/\1/p' "$cache" | sort -u | while read -r d; do [ -d "$d" ] && echo "$d"; done)
while IFS= read -r module; do
    pc=$(pkg-config --path "$module" 2>/dev/null || true)
    [ -n "$pc" ] && files+=("$pc")
done < <(sed -nE 's/^[A-Za-z0-9_]+_MODULE_NAME:INTERNAL=(.+)$/\1/p' "$cache" | sort -u)
while IFS= read -r lib; do
    [ -f "$lib" ] && files+=("$lib")
done < <(sed -nE 's/^(pkgcfg_lib_[A-Za-z0-9_]+|[A-Za-z0-9_]+_LIBRARY(_RELEASE)?):FILEPATH=(\/.+)$/\3/p' "$cache" | sort -u)
for tool in "${runtime_tools[@]}"; do
    path=$(command -v "$tool" || true)
    if [ -z "$path" ]; then
        echo "check-deps: the tests start $tool, which is not installed" >&2
        missing_tool=1
        continue
    fi
    files+=("$path")
done

failed=${missing_tool:-0}
checked=0
for file in "${files[@]}"; do
    real=$(readlink -f "$file")
    # Debian 12 merges /bin into /usr/bin, but dpkg still records many tools under /bin.
    owner=$(dpkg -S "$file" 2>/dev/null || dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || true)
    owner=${owner%%: *}
    owner=${owner%%:*}
    if [ -z "$owner" ]; then
        echo "check-deps: $file belongs to no Debian package" >&2
        failed=1
        continue
    fi
    checked=$((checked + 1))
    if ! grep -qxF "$owner" "$allowed"; then
        echo "check-deps: $file comes from $owner, which scripts/install-deps.sh neither names nor pulls in through Depends; add $owner to its list" >&2
        failed=1
    fi
done
if [ "$failed" != 0 ]; then
    echo "check-deps: FAILED" >&2
    exit 1
fi
echo "check-deps: all $checked files the build and the tests use come from packages the install step installs"
