-- wrk script for bench/overload.sh: every request is a plan of a shape no earlier request used (a new retention),
-- so no two share a workload shape (each solves its own break-even curves). Counts answers by status.
local counter = 0
statuses = {}
threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    -- an optional first argument moves the retentions up by that many hours (the warm-up's own shapes)
    offset = tonumber(args[1]) or 0
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    statuses = {}
end

function request()
    counter = counter + 1
    -- a retention from 24 h to about a month, unique to a thousandth of an hour per request and thread (a retention
    -- of decades instead puts every size past the broker quota, a shape no one plans, and is timed on its own)
    local hours = 24 + offset + ((id * 400000 + counter) % 700000) / 1000
    return wrk.format(nil, nil, nil, string.format(
        '{"avgIngressMBps": 100, "peakIngressMBps": 500, "consumerGroups": 2, "retentionHours": %.3f}', hours))
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local ok, shed, limited, other = 0, 0, 0, 0
    for _, t in ipairs(threads) do
        local s = t:get("statuses")
        for code, n in pairs(s) do
            if code == 200 then ok = ok + n elseif code == 503 then shed = shed + n
            elseif code == 429 then limited = limited + n else other = other + n end
        end
    end
    local e = summary.errors
    io.write(string.format("RESULT requests=%d ok=%d shed=%d limited=%d other=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f " ..
            "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n", summary.requests, ok, shed, limited, other,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        e.connect, e.read, e.write, e.timeout))
end
