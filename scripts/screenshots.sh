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

if [ "${1:-}" != "--review-only" ]; then
shoot en imports.png
shoot es imports-es.png
shoot fr imports-fr.png
shoot en analytics.png "" analytics
shoot es analytics-es.png "" analytics
fi

# The re-delivery review: a bundled sample imported, then a corrected copy of it
# (one row's usages changed, one row dropped, one added) opened in the GUI.
shoot_review() {
    local home="$work/review" sample=resources/samples/Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv.gz
    local name=Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv
    mkdir -p "$home/v2"
    "$build/app/royaltydesk-cli" --db "$home/royaltydesk.sqlite" import "$sample" >/dev/null
    zcat "$sample" | awk -F'\t' 'BEGIN { OFS = "\t" }
        NR == 4 { $5 = $5 + 1000 } NR == 6 { next }
        { print } NR == 20 { print "NEWROW0000000000", "A new recording", "Someone", "GBAYE2000001", "5", "1.25" }' \
        > "$home/v2/$name"
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$build/app/royaltydesk' --lang en --db '$home/royaltydesk.sqlite' --no-samples '$home/v2/$name' &
        pid=\$!
        sleep 6
        import -window root '$out/redelivery.png'
        kill \$pid"
    echo "wrote $out/redelivery.png"
}

shoot_review
