#!/usr/bin/env bash
# Render the HTML grading report in a real headless browser and save a screenshot, to
# check by eye that the page looks right (layout, table, badges, embedded plots).
# A manual check for developers, not run by CI.
#
# Usage:  bench/screenshot_html.sh [REPORT.html] [SCREENSHOT.png]
#   REPORT.html     default: grade three bundled solutions (an accepted one, a slow one and
#                   one more, complexity phase included so that plots appear, --budget 5)
#                   into /tmp/grade.html
#   SCREENSHOT.png  default: /tmp/grade.png
#
# Needs chromium (Debian/Ubuntu: apt-get update && apt-get install -y chromium) and the
# judge installed in .venv (make .venv/.installed).
set -euo pipefail

cd "$(dirname "$0")/.."
report="${1:-}"
shot="${2:-/tmp/grade.png}"
judge=".venv/bin/judge"

if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium not found: apt-get update && apt-get install -y chromium" >&2
    exit 2
fi

if [[ -z "$report" ]]; then
    report=/tmp/grade.html
    # exit status 1 just means some solutions are not accepted: expected here
    "$judge" grade solutions/two_sum.py solutions/two_sum_brute.py solutions/max_profit.py \
        --budget 5 --html "$report" >/dev/null || true
fi
[[ -f "$report" ]] || { echo "no report at $report" >&2; exit 2; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: chromium's own sandbox needs user namespaces, often missing in containers.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --screenshot="$shot" --window-size=1280,1600 "file://$(realpath "$report")" 2>/dev/null
echo "screenshot written to $shot"
