#!/usr/bin/env bash
# Load test: start the msk-planner jar on loopback and drive POST /api/v1/plan with wrk; print throughput, p50/p99
# latency, errors and the server's peak RSS; stop the server it started. Two measurements, 64 connections each:
#   1. saturation: every connection sends its next request as soon as the last is answered (maximum throughput);
#   2. at RATE requests/s: each connection pauses between requests, so latency is measured at the target load.
# (With 64 connections and no pause, mean latency = 64 / throughput, so at saturation p99 is bounded by throughput.)
#
#   bench/load.sh                          # 10 s warm-up, 30 s saturation, 30 s at 2,000 requests/s
#   CONNECTIONS=128 DURATION=60 RATE=0 bench/load.sh
#
# Settings (environment):
#   CONNECTIONS=64  DURATION=30 (s per measurement)  WARMUP=10 (s, 0 = none)  THREADS=2 (wrk threads)
#   RATE=2000 (requests/s for the second measurement, 0 = skip it)
#   ENDPOINT=/api/v1/plan  BODY=bench/plan-profile.json  JAR=target/msk-planner.jar  JAVA_OPTS=""
#   (bench/plan-profile.json is docs/examples/profile.json with "breakEven": false: the break-even curves, on by
#   default in the API, make a plan many times slower; BODY=docs/examples/profile.json measures them.)
#   NEW_SHAPES=1 gives every request a retention no earlier one used (bench/post.lua), so no two plans share a
#   workload shape: with BODY=docs/examples/profile.json each plan solves its own break-even curves.
#   REBUILD=1 rebuilds the jar even if it exists.
# Targets (exit 1 when one is missed): >= 2,000 requests/s at saturation; p99 < 10 ms at 2,000 requests/s; no errors.
# The whole run is bounded: about WARMUP + 2 x DURATION + 30 s, and every step has a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
THREADS=${THREADS:-2}
RATE=${RATE:-2000}
ENDPOINT=${ENDPOINT:-/api/v1/plan}
BODY=${BODY:-bench/plan-profile.json}
NEW_SHAPES=${NEW_SHAPES:-0}
JAR=${JAR:-target/msk-planner.jar}
JAVA_OPTS=${JAVA_OPTS:-}
MIN_RPS=2000
MAX_P99_MS=10

die() { echo "load.sh: $*" >&2; exit 2; }

command -v wrk >/dev/null 2>&1 || die "wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk"
command -v curl >/dev/null 2>&1 || die "curl is not installed. On Debian or Ubuntu: sudo apt-get install -y curl"
command -v java >/dev/null 2>&1 || die "java (JDK 17+) is not on the PATH"
[[ -r "$BODY" ]] || die "cannot read the request body $BODY"

if [[ ! -f "$JAR" || "${REBUILD:-0}" == "1" ]]; then
    command -v mvn >/dev/null 2>&1 || die "$JAR is missing and mvn is not on the PATH to build it"
    echo "Building $JAR (mvn -B -q -DskipTests package) ..."
    mvn -B -q -DskipTests package
fi

# --port 0: the kernel picks a free port and the server prints it. Loopback only.
source bench/server.sh
start_server
URL="http://127.0.0.1:$PORT$ENDPOINT"

post_once() { curl -s --max-time 10 -X POST "$URL" -H 'Content-Type: application/json' --data-binary @"$BODY" "$@"; }
STATUS=$(post_once -o /dev/null -w '%{http_code}')
[[ "$STATUS" == "200" ]] || die "POST $ENDPOINT with $BODY answered $STATUS, not 200: fix the request before measuring"
RESPONSE_BYTES=$(post_once | wc -c)

run_wrk() { # seconds pause-ms
    timeout $(( $1 + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 10s -s bench/post.lua "$URL" -- "$BODY" "$2" "$NEW_SHAPES"
}

# Sets RPS, REQUESTS, P50, P90, P99, MAX, NON2XX, SOCKET_ERRORS from one wrk run.
measure() { # seconds pause-ms
    local out result
    out=$(run_wrk "$1" "$2")
    result=$(grep '^RESULT ' <<<"$out") || { echo "$out" >&2; die "wrk printed no result"; }
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $result"; }
    REQUESTS=$(field requests)
    RPS=$(awk -v r="$REQUESTS" -v s="$(field duration_s)" 'BEGIN { printf "%.0f", r / s }')
    P50=$(field p50_ms); P90=$(field p90_ms); P99=$(field p99_ms); MAX=$(field max_ms)
    NON2XX=$(field non2xx)
    SOCKET_ERRORS=$(( $(field connect_errors) + $(field read_errors) + $(field write_errors) + $(field timeouts) ))
}

report() { # title
    printf '%s\n' "$1"
    printf '  throughput     %s requests/s (%s requests in %s s)\n' "$RPS" "$REQUESTS" "$DURATION"
    printf '  latency        p50 %s ms, p90 %s ms, p99 %s ms, max %s ms\n' "$P50" "$P90" "$P99" "$MAX"
    printf '  errors         %s non-2xx, %s socket errors (connect, read, write, timeout)\n' "$NON2XX" "$SOCKET_ERRORS"
}

MET=1
miss() { echo "  MISSED: $*"; MET=0; }
at_least() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v >= t) }'; }
below() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v < t) }'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if (( WARMUP > 0 )); then
    echo "Warming up for ${WARMUP} s ..."
    run_wrk "$WARMUP" 0 >/dev/null
fi

echo "msk-planner load test: POST $ENDPOINT ($(wc -c <"$BODY") byte request, $RESPONSE_BYTES byte response), wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
echo "  machine: $(nproc) CPUs, load average $LOAD_BEFORE before the warm-up, $(java -version 2>&1 | head -1)"
echo
measure "$DURATION" 0
report "1. Saturation ($CONNECTIONS connections, no pause)"
at_least "$RPS" "$MIN_RPS" || miss "throughput below $MIN_RPS requests/s"
(( NON2XX + SOCKET_ERRORS == 0 )) || miss "errors at saturation"

if (( RATE > 0 )); then
    # Each connection pauses c x 1000 / RATE ms between requests (a little less, as the request itself takes time).
    PAUSE_MS=$(awk -v c="$CONNECTIONS" -v r="$RATE" 'BEGIN { printf "%d", c * 1000 / r * 0.97 }')
    measure "$DURATION" "$PAUSE_MS"
    echo
    report "2. At about $RATE requests/s ($CONNECTIONS connections, ${PAUSE_MS} ms pause between requests)"
    below "$P99" "$MAX_P99_MS" || miss "p99 not below $MAX_P99_MS ms at $RATE requests/s"
    at_least "$RPS" "$(( RATE * 95 / 100 ))" || miss "the server did not keep up with $RATE requests/s"
    (( NON2XX + SOCKET_ERRORS == 0 )) || miss "errors at $RATE requests/s"
fi

PEAK_RSS_KB=$(awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status")
echo
printf 'Server peak RSS: %s MiB (VmHWM of the server process after both runs)\n' "$(( PEAK_RSS_KB / 1024 ))"
if (( MET )); then
    echo "Targets met: >= $MIN_RPS requests/s at saturation, p99 < $MAX_P99_MS ms at $RATE requests/s, no errors."
    exit 0
fi
exit 1
