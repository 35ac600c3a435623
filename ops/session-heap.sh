#!/usr/bin/env bash
# Heap per signed-in session, by view (issue 14, docs/benchmarks.md "Load as users arrive"): for each view, N
# simulated users sign in, open the view and stay on it (the load simulation's park mode); while they are parked
# the console's heap after two full GCs is read with jcmd, minus the same read before they came (and after five
# users have opened the view once), divided by N.
#
#   ops/session-heap.sh <console-pid> [users] [base-url]      (console started as README "Load tests" says)
#   VIEWS="calendar members" ops/session-heap.sh 12345 100
#   LOAD_ARGS=-Dload.jdbcUrl=jdbc:mariadb://127.0.0.1:3326/dangjian ops/session-heap.sh 12345   (database elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
PID=$1
USERS=${2:-100}
BASE=${3:-http://127.0.0.1:8088}
VIEWS=${VIEWS:-"calendar points/leaderboard members calendar/compliance"}
PARK=${PARK_SECONDS:-150}
OUT=target/session-heap
mkdir -p "$OUT"

JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd   # the console's JDK (jcmd must match it)
used_after_gc() { # heap used after two full collections, in KiB
  "$JCMD" "$PID" GC.run >/dev/null; sleep 1; "$JCMD" "$PID" GC.run >/dev/null; sleep 1
  "$JCMD" "$PID" GC.heap_info | sed -n 's/.*heap .* used \([0-9]*\)K.*/\1/p' | head -1
}

printf '| view | users parked | heap before (MiB) | heap parked (MiB) | per session (KiB) | failed requests |\n|---|---|---|---|---|---|\n' \
  | tee "$OUT/results.md"
for view in $VIEWS; do
  label=$(echo "$view" | tr '/' '-')
  # A few users open the view first: its first use after start fills caches once for everybody (query plans,
  # the view's lookups, Vaadin's per-class metadata), which is not memory per session. Measure a console in
  # production mode (README "Load tests"): in development mode Vaadin keeps a stack trace of every component it
  # creates and attaches, which tripled the figures. Read within 30 minutes of the console's start: expiring
  # sessions of earlier runs spoil a reading.
  ./mvnw -B -Pload gatling:test -Dload.baseUrl="$BASE" -Dload.users=5 -Dload.rush=0 -Dload.park="$view" \
    -Dload.parkSeconds=5 ${LOAD_ARGS:-} >"$OUT/warm-$label.log" 2>&1 || true
  before=$(used_after_gc)
  ./mvnw -B -Pload gatling:test -Dload.baseUrl="$BASE" -Dload.users="$USERS" -Dload.rush=0 -Dload.park="$view" \
    -Dload.parkSeconds="$PARK" ${LOAD_ARGS:-} >"$OUT/park-$label.log" 2>&1 &
  run=$!
  # Every user is in after the 20 s arrival plus sign-in; read the heap in the middle of the parking time.
  sleep $((20 + PARK / 2))
  parked=$(used_after_gc)
  wait "$run" || true
  ko=$(grep '^> Global ' "$OUT/park-$label.log" | tail -1 | awk -F'|' '{gsub(/[ ,]/,""); print $4 " of " $2}')
  printf '| %s | %s | %.1f | %.1f | %.0f | %s |\n' "$view" "$USERS" "$(echo "$before/1024" | bc -l)" \
    "$(echo "$parked/1024" | bc -l)" "$(echo "($parked-$before)/$USERS" | bc -l)" "${ko:-n/a}" | tee -a "$OUT/results.md"
  sleep 10
done
