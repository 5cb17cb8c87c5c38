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

case "${1:-}" in --review-only|--licensing-only|--packages-only|--remittances-only) partial=1 ;; *) partial=0 ;; esac
if [ "$partial" = 0 ]; then
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

[ "$partial" = 1 ] && [ "${1:-}" != "--review-only" ] || shoot_review

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

[ "$partial" = 1 ] && [ "${1:-}" != "--licensing-only" ] || shoot_licensing

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

[ "$partial" = 1 ] && [ "${1:-}" != "--packages-only" ] || shoot_packages

# The Remittances page: two marketplaces over five hours, one answering (a scripted local
# server: 200, 409 for some products, 400 for others), one down (dead letters).
shoot_remittances() {
    local home="$work/remittances" cli="$build/app/royaltydesk-cli"
    mkdir -p "$home"
    local db="$home/royaltydesk.sqlite" port=18765
    cat > "$home/server.py" <<'PY'
import http.server, json, sys
class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        product = json.loads(self.rfile.read(int(self.headers.get('Content-Length', 0)))).get('product', '')
        code, body = (400, b'{"error_code":"customer_not_subscribed"}') if product.endswith('7') else ((409, b'{}') if product.endswith('3') else (200, b'{}'))
        self.send_response(code); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args): pass
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), Handler).serve_forever()
PY
    python3 "$home/server.py" $port &
    local server=$!
    python3 - "$home/usage.csv" <<'PY'
import datetime, random, sys
now = datetime.datetime.now(datetime.timezone.utc).replace(minute=0, second=0, microsecond=0)
random.seed(3)
with open(sys.argv[1], 'w') as f:
    f.write('timestamp,marketplace,account,product,metric,value\n')
    for h in range(5):
        for i in range(12):
            t = now - datetime.timedelta(hours=h, minutes=-random.randint(0, 59))
            f.write(f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')},{'azure' if i % 3 == 0 else 'aws'},acct-{i % 4},prod-{i},EUR,{random.randint(1, 900)}.{random.randint(0, 99):02d}\n")
PY
    sleep 0.5
    "$cli" --db "$db" remit marketplace add aws --url "http://127.0.0.1:$port/remit" --window-hours 6 --max-attempts 3 --backoff-ms 10 >/dev/null
    "$cli" --db "$db" remit marketplace add azure --url "http://127.0.0.1:9/remit" --max-attempts 2 --backoff-ms 10 >/dev/null
    "$cli" --db "$db" remit ingest "$home/usage.csv" >/dev/null
    "$cli" --db "$db" remit run --until-idle >/dev/null
    kill $server
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$build/app/royaltydesk' --lang en --db '$db' --no-samples --page remittances &
        pid=\$!
        sleep 6
        import -window root '$out/remittances.png'
        kill \$pid"
    echo "wrote $out/remittances.png"
}

[ "$partial" = 1 ] && [ "${1:-}" != "--remittances-only" ] || shoot_remittances
