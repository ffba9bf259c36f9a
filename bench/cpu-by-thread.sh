#!/usr/bin/env bash
# Where a loaded server's CPU goes: start the msk-planner jar on loopback, drive POST /api/v1/plan with wrk in
# WINDOWS consecutive windows of DURATION seconds, and after each print the requests/s and the CPU seconds each kind
# of server thread used in it (from /proc/PID/task/*/stat; digits stripped from thread names and spaces made _, so
# "plan-worker-" sums every plan worker, "C_CompilerThre" the JIT compilers, "GC_Thread#" the collector). CPU ms per request of the plan workers follow.
# Shows, for example, how long the JIT takes to settle under new shapes, which a short warm-up would count as load.
#
#   bench/cpu-by-thread.sh                       # 4 windows of 15 s, new shapes, docs/examples/profile.json
#   WINDOWS=6 NEW_SHAPES=0 BODY=bench/plan-profile.json bench/cpu-by-thread.sh
#
# Settings (environment): WINDOWS=4  DURATION=15  CONNECTIONS=64  THREADS=2  NEW_SHAPES=1
#   BODY=docs/examples/profile.json  JAR=target/msk-planner.jar  JAVA_OPTS=""
# Linux only (/proc). Bounded: about WINDOWS x (DURATION + 1) s plus the start-up, each wrk run under a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

WINDOWS=${WINDOWS:-4}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
NEW_SHAPES=${NEW_SHAPES:-1}
BODY=${BODY:-docs/examples/profile.json}
JAR=${JAR:-target/msk-planner.jar}
JAVA_OPTS=${JAVA_OPTS:-}

die() { echo "cpu-by-thread.sh: $*" >&2; exit 2; }
command -v wrk >/dev/null 2>&1 || die "wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk"
[[ -d /proc/self/task ]] || die "needs Linux /proc"
[[ -f "$JAR" ]] || die "$JAR is missing: mvn -B -q -DskipTests package"
[[ -r "$BODY" ]] || die "cannot read the request body $BODY"

source bench/server.sh
start_server
URL="http://127.0.0.1:$PORT/api/v1/plan"
TICKS=$(getconf CLK_TCK)

# One line per thread kind: name, CPU ticks (user + system) summed over its threads.
snapshot() {
    for t in /proc/"$SERVER_PID"/task/*; do
        name=$(cat "$t/comm" 2>/dev/null) || continue
        # fields after the ") " that ends the name: 12th and 13th are utime and stime
        read -r -a f < <(sed 's/.*) //' "$t/stat" 2>/dev/null) || continue
        name=${name//[0-9]/}
        echo "${name// /_} $(( f[11] + f[12] ))"
    done | awk '{a[$1] += $2} END {for (k in a) print k, a[k]}' | sort
}

echo "msk-planner CPU by thread: POST /api/v1/plan with $BODY, new shapes $NEW_SHAPES, wrk -t$THREADS -c$CONNECTIONS, $WINDOWS x ${DURATION} s"
echo "  machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for w in $(seq 1 "$WINDOWS"); do
    before=$(snapshot)
    out=$(timeout $(( DURATION + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
        -s bench/post.lua "$URL" -- "$BODY" 0 "$NEW_SHAPES")
    after=$(snapshot)
    requests=$(sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p' <<<"$out")
    [[ -n "$requests" ]] || { echo "$out" >&2; die "wrk printed no result"; }
    join -a 2 -e 0 -o 0,1.2,2.2 <(echo "$before") <(echo "$after") | awk -v w="$w" -v r="$requests" -v d="$DURATION" -v hz="$TICKS" '
        { s = ($3 - $2) / hz; if (s >= 0.05) { line = line sprintf("  %s %.2f s", $1, s) } if ($1 == "plan-worker-") plan = s }
        END { printf "window %d: %.0f requests/s;%s", w, r / d, line;
              if (r > 0) printf "; plan workers %.2f ms CPU per request", plan * 1000 / r; print "" }'
done
