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

if [ "${1:-}" != "--review-only" ] && [ "${1:-}" != "--licensing-only" ] && [ "${1:-}" != "--packages-only" ]; then
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

[ "${1:-}" = "--licensing-only" ] || [ "${1:-}" = "--packages-only" ] || shoot_review

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

[ "${1:-}" = "--packages-only" ] || shoot_licensing

# The Packages page and the offline review: the GB sample with claims on its three
# biggest tracks, a package with a fee and an advance, built and published (copied
# to the archive beside the database), and a second one still a draft.
shoot_packages() {
    local home="$work/packages" cli="$build/app/royaltydesk-cli"
    mkdir -p "$home"
    local db="$home/royaltydesk.sqlite"
    "$cli" --db "$db" import resources/samples/*.tsv* >/dev/null || true
    local gb
    gb=$(sqlite3 "$db" "SELECT id FROM dsrs WHERE territory = 'GB' ORDER BY period_start LIMIT 1")
    {
        echo "isrc,territory,rights_holder,share,valid_from,known_from,source"
        sqlite3 "$db" "SELECT r.isrc FROM usage_rows u JOIN resources r ON r.id = u.resource_id WHERE u.id >> 32 = $gb
            AND r.isrc IS NOT NULL ORDER BY CAST(u.revenue AS REAL) DESC LIMIT 3" | while read -r isrc; do
            echo "$isrc,WW,Northern Songs Ltd,60,2019-01-01,2019-01-01,master licence"
            echo "$isrc,GB,Harbour Records,40,2019-01-01,2019-01-01,UK deal"
        done
    } > "$home/claims.csv"
    "$cli" --db "$db" rights import "$home/claims.csv" >/dev/null
    local period
    period=$(sqlite3 "$db" "SELECT period_start || ' ' || period_end FROM dsrs WHERE id = $gb")
    local id
    id=$("$cli" --db "$db" package create --name "GB March 2020" --territory GB --period-start "${period% *}" --period-end "${period#* }")
    "$cli" --db "$db" package adjust "$id" --percent -2.5 --reason "Administration fee, contract §7" >/dev/null
    "$cli" --db "$db" package advance "$id" --holder "Harbour Records" --amount 5000 --currency GBP >/dev/null
    "$cli" --db "$db" package build "$id" >/dev/null
    "$cli" --db "$db" package publish "$id" >/dev/null
    "$cli" --db "$db" package create --name "Nordics Q1 2020" --territory NO --territory SE --period-start 2020-01-01 --period-end 2020-03-31 >/dev/null
    "$cli" --db "$db" package export "$id" "$home/package.zip" >/dev/null
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$build/app/royaltydesk' --lang en --db '$db' --no-samples --page 'packages:$id' &
        pid=\$!
        sleep 6
        import -window root '$out/packages.png'
        kill \$pid
        '$build/app/royaltydesk' --lang en '$home/package.zip' &
        pid=\$!
        sleep 5
        import -window root '$out/package-review.png'
        kill \$pid"
    echo "wrote $out/packages.png $out/package-review.png"
}

shoot_packages
