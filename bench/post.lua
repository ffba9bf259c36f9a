-- wrk script for bench/load.sh: POSTs one JSON file as every request body and prints the figures load.sh reads.
-- Usage: wrk ... -s bench/post.lua <url> -- <body.json> [pause-ms] [new-shapes]
-- With new-shapes (1), every request's "retentionHours" is replaced by one no earlier request of the run used (24 h
-- to about a month, unique to a thousandth of an hour per thread), so each plan solves its own break-even curves.
-- With pause-ms, each connection waits that long before each request: c connections then offer about
-- c x 1000 / (pause-ms + latency) requests/s, which measures latency at a given rate rather than at saturation.

local pause_ms = 0
local new_shapes = false
local counter = 0
threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    local path = args[1]
    pause_ms = tonumber(args[2] or "0")
    new_shapes = (args[3] or "0") == "1"
    local file = assert(io.open(path, "rb"), "cannot read " .. tostring(path))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    wrk.headers["Content-Type"] = "application/json"
    file:close()
end

function request()
    if not new_shapes then
        return wrk.request()
    end
    counter = counter + 1
    local hours = 24 + (((id or 0) * 400000 + counter) % 700000) / 1000
    local body = string.gsub(wrk.body, '"retentionHours"%s*:%s*[0-9.]+', string.format('"retentionHours": %.3f', hours))
    return wrk.format(nil, nil, nil, body)
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
