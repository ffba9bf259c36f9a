#!/usr/bin/env bash
# Batch memory test: UPLOADS (8) maximal batches at once to POST /api/v1/plan/batch of the msk-planner jar on
# loopback, of three kinds: 100,000 valid profiles (the profile cap), 8 million one-cell CSV rows (16 MB, the body
# cap) and a JSON array of 5.3 million empty objects (16 MB). Prints each answer's status and time, /health's worst
# time meanwhile and the server's peak RSS (VmHWM). Stops the server it started. Bounded: every curl has a timeout.
#
#   bench/batch-memory.sh
#   KIND=rows UPLOADS=8 bench/batch-memory.sh        # KIND = valid, rows or json
set -euo pipefail
cd "$(dirname "$0")/.."

UPLOADS=${UPLOADS:-8}
KIND=${KIND:-valid}
JAR=${JAR:-target/msk-planner.jar}
JAVA_OPTS=${JAVA_OPTS:-}
[[ -f "$JAR" ]] || { echo "batch-memory.sh: $JAR is missing: mvn -B -q -DskipTests package" >&2; exit 2; }

source bench/server.sh
WORK=$(mktemp -d -t msk-planner-batch.XXXXXX)
trap 'stop_server; rm -rf "$WORK"' EXIT
BODY="$WORK/body"
case "$KIND" in
    valid) awk 'BEGIN { print "avgIngressMBps,peakIngressMBps,consumerGroups,retentionHours"
                        for (i = 0; i < 100000; i++) printf "%d,%d,%d,%d\n", 1 + i % 200, 2 + i % 400, 1 + i % 5, 24 + i % 7 * 24 }' >"$BODY"
           TYPE=text/csv ;;
    rows)  awk 'BEGIN { print "avgIngressMBps"; for (i = 0; i < 7999990; i++) print 1 }' >"$BODY"; TYPE=text/csv ;;
    json)  awk 'BEGIN { printf "["; for (i = 0; i < 5333000; i++) printf "{},"; print "{}]" }' >"$BODY"; TYPE=application/json ;;
    *) echo "KIND must be valid, rows or json" >&2; exit 2 ;;
esac

start_server
( for _ in $(seq 1 600); do
      curl -s -o /dev/null --max-time 10 -w '%{time_total}\n' "http://127.0.0.1:$PORT/health" >>"$WORK/health" || echo 10 >>"$WORK/health"
      sleep 0.1
      [[ -f "$WORK/stop" ]] && break
  done ) &
HEALTH_PID=$!
PIDS=()
for i in $(seq 1 "$UPLOADS"); do
    curl -s -o /dev/null --max-time 300 -w "upload $i: %{http_code} in %{time_total} s\n" -H "Content-Type: $TYPE" \
         --data-binary @"$BODY" "http://127.0.0.1:$PORT/api/v1/plan/batch?format=csv" >"$WORK/upload-$i" &
    PIDS+=($!)
done
for pid in "${PIDS[@]}"; do wait "$pid" || true; done
touch "$WORK/stop"; wait "$HEALTH_PID" || true

echo "msk-planner batch memory: $UPLOADS concurrent uploads of $(wc -c <"$BODY") bytes ($KIND); $(nproc) CPUs, $(java -version 2>&1 | head -1)"
cat "$WORK"/upload-*
printf '/health: worst %s s over %s probes\n' "$(sort -n "$WORK/health" | tail -1)" "$(wc -l <"$WORK/health")"
printf 'peak RSS: %s MiB\n' "$(( $(awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status") / 1024 ))"
