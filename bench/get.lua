done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.2f s = %.0f/s; p50 %.2f ms p95 %.2f ms p99 %.2f ms; non-2xx %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
