#!/usr/bin/env bash
# Overload test: CONNECTIONS connections (1,000 by default) post plans of new shapes (each solves its break-even
# curves) to the msk-planner jar on loopback for DURATION seconds, while /health is timed and PROBES curl clients (4
# by default) send new-shape plans of their own back to back, timing each answer by status (wrk times 200s and 503s
# only together). Prints how many requests were answered 200, shed with 503 + Retry-After, or got no answer (socket
# errors and wrk timeouts), the latency percentiles (wrk's, and the probes' per status), /health's worst time and the
# server's peak RSS, and from the server's shedding log the slowest refusal at once (from Jetty beginning to read
# the request to the 503: the server's own delay, to which wrk's latency adds the time in the socket queue). Before
# the flood, WARMUP seconds (10 by default; 0 for none) of new-shape plans on 2 connections
# let the JIT compile the planner, as on a server that has been running. Stops the server it started. Bounded:
# WARMUP + DURATION + 60 s.
#
#   bench/overload.sh
#   CONNECTIONS=64 DURATION=20 bench/overload.sh
#   SERVE_ARGS="--client-rate 1000" bench/overload.sh    # the flood (one address) limited before Javalin
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-1000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
THREADS=${THREADS:-2}
PROBES=${PROBES:-4}
JAR=${JAR:-target/msk-planner.jar}
JAVA_OPTS=${JAVA_OPTS:-}

die() { echo "overload.sh: $*" >&2; exit 2; }
command -v wrk >/dev/null 2>&1 || die "wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk"
[[ -f "$JAR" ]] || die "$JAR is missing: mvn -B -q -DskipTests package"
ulimit -n 65536 2>/dev/null || true

source bench/server.sh
start_server

if (( WARMUP > 0 )); then
  # shapes of their own (retentions 1,000 h above the flood's), so the flood's plans are still new shapes
  timeout $(( WARMUP + 20 )) wrk -t1 -c2 -d"${WARMUP}s" --timeout 30s -s bench/new-shapes.lua \
      "http://127.0.0.1:$PORT/api/v1/plan" -- 1000 >/dev/null
fi

HEALTH_LOG=$(mktemp -t msk-planner-health.XXXXXX)
( end=$(( $(date +%s) + DURATION )); while (( $(date +%s) < end )); do
      curl -s -o /dev/null --max-time 10 -w '%{time_total}\n' "http://127.0.0.1:$PORT/health" >>"$HEALTH_LOG" || echo 10 >>"$HEALTH_LOG"
      sleep 0.2
  done ) &
HEALTH_PID=$!

PROBE_LOG=$(mktemp -t msk-planner-probes.XXXXXX)
PROBE_PIDS=()
for p in $(seq 1 "$PROBES"); do
  ( end=$(( $(date +%s) + DURATION )); n=0; while (( $(date +%s) < end )); do
        n=$(( n + 1 ))
        # retentions from 730 h up, which wrk's (24 to 724 h) never reach: every probe is a new shape too
        body=$(printf '{"avgIngressMBps": 100, "peakIngressMBps": 500, "consumerGroups": 2, "retentionHours": %d.%03d}' \
               $(( 730 + p * 50 + n / 1000 )) $(( n % 1000 )))
        curl -s -o /dev/null --max-time 35 -H 'Content-Type: application/json' -d "$body" \
             -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT/api/v1/plan" >>"$PROBE_LOG" || true
    done ) &
  PROBE_PIDS+=("$!")
done

OUT=$(timeout $(( DURATION + 40 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/new-shapes.lua \
      "http://127.0.0.1:$PORT/api/v1/plan")
wait "$HEALTH_PID" "${PROBE_PIDS[@]}" || true
RESULT=$(grep '^RESULT ' <<<"$OUT") || { echo "$OUT" >&2; die "wrk printed no result"; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $RESULT"; }
UNANSWERED=$(( $(field read_errors) + $(field write_errors) + $(field timeouts) ))
SHED_LINES=$(grep -c 'overloaded: shed' "$LOG" || true)

echo "msk-planner overload: $CONNECTIONS connections, ${DURATION} s, plans of new shapes after a ${WARMUP} s warm-up; $(nproc) CPUs, $(java -version 2>&1 | head -1)"
printf '  answered       %s requests: %s 200, %s 503 (shed, Retry-After), %s 429 (over --client-rate), %s other\n' \
    "$(field requests)" "$(field ok)" "$(field shed)" "$(field limited)" "$(field other)"
printf '  shed rate      %s%%\n' "$(awk -v s="$(field shed)" -v r="$(field requests)" 'BEGIN { printf "%.1f", r ? 100 * s / r : 0 }')"
printf '  no answer      %s (read/write errors and 30 s timeouts); %s connect errors\n' "$UNANSWERED" "$(field connect_errors)"
printf '  latency        p50 %s ms, p99 %s ms, max %s ms (200s and 503s together)\n' "$(field p50_ms)" "$(field p99_ms)" "$(field max_ms)"
probe() { awk -v code="$1" '$1 == code { print $2 * 1000 }' "$PROBE_LOG" | sort -n | awk '{ t[++n] = $1 } END {
    if (!n) { print "none"; exit }
    printf "%d answers, p50 %.0f ms, p99 %.0f ms, max %.0f ms", n, t[int((n + 1) / 2)], t[int(n * 0.99 + 0.99)], t[n] }'; }
printf '  probes 200     %s\n' "$(probe 200)"
printf '  probes 503     %s\n' "$(probe 503)"
printf '  probes other   %s\n' "$(awk '$1 != 200 && $1 != 503' "$PROBE_LOG" | wc -l)"
printf '  /health        worst %s s over %s probes\n' "$(sort -n "$HEALTH_LOG" | tail -1)" "$(wc -l <"$HEALTH_LOG")"
printf '  log            %s shedding lines (at most one a second)\n' "$SHED_LINES"
# the server's own delay: from Jetty beginning to read a request to its refusal, the slowest in each line
printf '  server refusal %s\n' "$(sed -n 's/.* the slowest \([0-9.]*\) ms after Jetty began parsing it.*/\1/p' "$LOG" | sort -n | awk '{ t[++n] = $1 } END {
    if (!n) { print "none logged"; exit }
    printf "slowest refused at once %.3f ms after Jetty began parsing it (median of the %d lines %.3f ms)", t[n], n, t[int((n + 1) / 2)] }')"
printf '  peak RSS       %s MiB\n' "$(( $(awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status") / 1024 ))"
rm -f "$HEALTH_LOG" "$PROBE_LOG"
