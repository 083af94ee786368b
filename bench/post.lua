-- wrk script: POSTs the JSON in env BODY_FILE to the given path; prints p95/p99 (wrk's own table stops at p99).
local f = io.open(os.getenv("BODY_FILE"), "r")
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  if os.getenv("VARY_USER") then
    return wrk.format(nil, nil, nil, body:gsub("USER", "u" .. (n % 20)))
  end
  return wrk.format()
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.2f s = %.0f/s; p50 %.2f ms p95 %.2f ms p99 %.2f ms; non-2xx %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
