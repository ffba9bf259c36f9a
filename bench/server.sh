# Sourced by the bench scripts: start_server starts the jar on a kernel-chosen loopback port and sets PORT,
# SERVER_PID and LOG; the EXIT trap stops it (and only it). SERVE_ARGS are added to `serve` (e.g. --client-rate 1000).
LOG=$(mktemp -t msk-planner-bench.XXXXXX)
SERVER_PID=""
stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    rm -f "$LOG"
}
trap stop_server EXIT

start_server() {
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port 0 ${SERVE_ARGS:-} >"$LOG" 2>&1 &
    SERVER_PID=$!
    PORT=""
    for _ in $(seq 1 300); do
        PORT=$(sed -n 's|^msk-planner listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$LOG")
        [[ -n "$PORT" ]] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; echo "the server exited before listening" >&2; exit 2; }
        sleep 0.2
    done
    cat "$LOG" >&2; echo "the server did not start within 60 s" >&2; exit 2
}
