-- wrk script for bench/load.sh: POSTs one JSON file as every request body and prints the figures load.sh reads.
-- Usage: wrk ... -s bench/post.lua <url> -- <body.json> [pause-ms]
-- With pause-ms, each connection waits that long before each request: c connections then offer about
-- c x 1000 / (pause-ms + latency) requests/s, which measures latency at a given rate rather than at saturation.

local pause_ms = 0

function init(args)
    local path = args[1]
    pause_ms = tonumber(args[2] or "0")
    local file = assert(io.open(path, "rb"), "cannot read " .. tostring(path))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    wrk.headers["Content-Type"] = "application/json"
    file:close()
end

function delay()
    return pause_ms
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT requests=%d duration_s=%.3f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
            "non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d bytes=%d\n",
        summary.requests, summary.duration / 1e6,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        e.status, e.connect, e.read, e.write, e.timeout, summary.bytes))
end
