#!/usr/bin/env bash
# Refreshes translations/*.ts from every source in core, ui and app (lupdate),
# keeping existing translations. Then translate what is new: the hook and CI
# expect no "unfinished" entries.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -extensions cpp,h core ui app -ts translations/royaltydesk_es.ts translations/royaltydesk_fr.ts
grep -c 'type="unfinished"' translations/*.ts || true
