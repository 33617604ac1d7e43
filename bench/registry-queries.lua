-- wrk script of bench/registry-api.sh: cycles through the URL-encoded query texts in $QUERIES (one a line)
-- and prints p50/p95/p99 at the end (wrk's own --latency table has no p95).
local queries = {}
local file = os.getenv("QUERIES")
for line in io.lines(file) do queries[#queries + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/public/suppliers?limit=20&q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("API, %d requests: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; errors: %d non-2xx, %d socket\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
