#!/usr/bin/env sh
# Screenshots of the workbench (not a test): ./src-test/screenshots.sh [OUT]
# Runs the real application on the sample engagement under Xvfb (started here when no DISPLAY is
# set; Debian's xvfb and libgtk-3-0), shows every view, waits until each has loaded, and writes a
# PNG of each into OUT (default docs/screenshots), plus the dashboard in the dark theme. The
# README's pictures come from here.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/docs/screenshots}" && cd "${1:-$ROOT/docs/screenshots}" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true' EXIT
cd "$WORK"
"$ROOT/mhub" sample -p "$WORK/sample-engagement.mhub" >/dev/null
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:77
  sleep 1
fi
MHUB_JAVA_OPTS="-Dmhub.screenshots=$OUT -Dmhub.timings=true -Dmhub.userSettings=$WORK/settings -Dprism.order=sw" \
  "$ROOT/mhub" open "$WORK/sample-engagement.mhub"
