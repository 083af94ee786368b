-- wrk script: each prepared safe-mode message once (file in env WECHAT); reports percentiles and statuses.
local lines = {}
local i = 0
local bad = 0
init = function(args)
  for l in io.lines(os.getenv("WECHAT")) do
    local path, body = l:match("([^\t]+)\t(.+)")
    table.insert(lines, {path, body})
  end
end
request = function()
  i = i + 1
  local r = lines[((i - 1) % #lines) + 1]
  return wrk.format("POST", r[1], {["Content-Type"] = "text/xml"}, r[2])
end
response = function(status, headers, body)
  if status ~= 200 or not body:find("<Encrypt>", 1, true) then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.2f s = %.0f/s; p50 %.2f ms p95 %.2f ms p99 %.2f ms max %.2f ms; non-200 %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status))
end
