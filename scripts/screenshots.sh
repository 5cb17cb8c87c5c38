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

if [ "${1:-}" != "--review-only" ] && [ "${1:-}" != "--licensing-only" ]; then
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

[ "${1:-}" = "--licensing-only" ] || shoot_review

# The Licensing page on a track of the bundled DDEX-free samples: claims that overlap
# (an overclaim), a withdrawn one, and the track's usage under the lanes.
shoot_licensing() {
    local home="$work/licensing"
    mkdir -p "$home"
    "$build/app/royaltydesk-cli" --db "$home/royaltydesk.sqlite" import resources/samples/*.tsv* >/dev/null || true
    local isrc
    isrc=$(sqlite3 "$home/royaltydesk.sqlite" "SELECT r.isrc FROM usage_rows u JOIN resources r ON r.id = u.resource_id
        WHERE u.id >> 32 = (SELECT id FROM dsrs WHERE territory = 'GB' ORDER BY period_start LIMIT 1) AND r.isrc IS NOT NULL
        ORDER BY u.usages DESC LIMIT 1")
    cat > "$home/claims.csv" <<CSV
isrc,territory,rights_holder,share,valid_from,valid_to,known_from,known_to,right_type,source
$isrc,WW,Northern Songs Ltd,60,2019-06-01,,2019-05-01,,recording,master licence 2019/114
$isrc,GB,Harbour Records,40,2020-01-01,2021-03-31,2019-12-01,,recording,UK distribution deal
$isrc,GB,Claimant X,50,2020-09-01,2020-12-31,2020-08-15,,recording,"disputed claim, letter 2020-08-14"
$isrc,GB,Old Label,40,2018-01-01,2019-12-31,2018-01-01,2020-02-01,recording,superseded deal
CSV
    "$build/app/royaltydesk-cli" --db "$home/royaltydesk.sqlite" rights import "$home/claims.csv" >/dev/null
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$build/app/royaltydesk' --lang en --db '$home/royaltydesk.sqlite' --no-samples --page 'licensing:$isrc' &
        pid=\$!
        sleep 6
        import -window root '$out/licensing.png'
        kill \$pid"
    echo "wrote $out/licensing.png"
}

shoot_licensing
