#!/usr/bin/env bash
# Regenerates the README screenshots: the GUI under Xvfb on a fresh database
# seeded with the bundled samples, in English, Spanish and French.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # shoot LANG FILE [REPORT_FILE] [PAGE]: the main window, optionally the validation report of the top DSR
    local lang=$1 file=$2 report=${3:-} page=${4:-imports} home="$work/$1-${4:-imports}"
    mkdir -p "$home"
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$build/app/royaltydesk' --lang '$lang' --db '$home/royaltydesk.sqlite' --page '$page' &
        pid=\$!
        sleep 6
        import -window root '$out/$file'
        if [ -n '$report' ]; then
            xdotool search --sync --name 'Royalty Desk' windowactivate --sync 2>/dev/null || true
            xdotool key Tab Tab Down ctrl+r
            sleep 2
            import -window root '$out/$report'
        fi
        kill \$pid"
    echo "wrote $out/$file $report"
}

shoot en imports.png
shoot es imports-es.png
shoot fr imports-fr.png
shoot en analytics.png "" analytics
shoot es analytics-es.png "" analytics
