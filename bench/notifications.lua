-- wrk script: sends each prepared, signed channel callback once, then again for every tenth (a replay).
-- Counts statuses; a replay must be 200 too. Reads the file named in env NOTIFICATIONS.
local lines = {}
local i = 0
local statuses = {}
init = function(args)
  for l in io.lines(os.getenv("NOTIFICATIONS")) do
    local path, body, sig = l:match("([^\t]+)\t([^\t]+)\t([^\t]+)")
    table.insert(lines, {path, body, sig})
  end
end
request = function()
  i = i + 1
  local n = #lines
  local k = i
  if i > n then k = ((i - 1) % n) + 1 end
  -- every tenth request replays the previous callback
  if i % 10 == 0 and i > 1 then k = k - 1 end
  local r = lines[k]
  return wrk.format("POST", r[1], {["Content-Type"] = "application/json", ["X-Signature"] = r[3]}, r[2])
end
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  -- done runs in its own Lua state, without the lines init read: count them again
  local n = 0
  for _ in io.lines(os.getenv("NOTIFICATIONS")) do n = n + 1 end
  -- past the last line the requests start again from the first: replays, which are cheaper than payments
  if summary.requests > n then
    io.write(string.format("WARNING: %d requests but only %d callbacks: the rest were replays of paid ones; use more orders\n", summary.requests, n))
  end
  io.write(string.format("requests %d in %.2f s = %.0f/s; p50 %.2f ms p95 %.2f ms p99 %.2f ms; errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
