-- Shared by the load scripts: the bearer token from the environment, and random ids from files the harness wrote
-- (one per line) from the generated data set.
local ids = {}

function ids.load(path)
  local list = {}
  local file = assert(io.open(path, "r"), "missing " .. path .. ": run the harness, which writes it")
  for line in file:lines() do
    if #line > 0 then list[#list + 1] = line end
  end
  file:close()
  assert(#list > 0, path .. " is empty")
  return list
end

function ids.pick(list)
  return list[math.random(#list)]
end

function ids.headers()
  return {
    ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set"),
    ["Accept"] = "application/json",
  }
end


-- The wrk hooks both load scripts share: thread bookkeeping, per-thread counts of failed responses and of 503s among
-- them, and one RESULT line for the harness, with wrk's latency figures and the counts summed over threads.
function ids.install_hooks()
  local threads = {}
  setup = function(thread)
    thread:set("id", #threads + 1)
    threads[#threads + 1] = thread
  end
  response = function(status, headers, body)
    if status >= 300 then failures = (failures or 0) + 1 end
    if status == 503 then unavailable = (unavailable or 0) + 1 end
  end
  done = function(summary, latency, requests)
    local failed, refused = 0, 0
    for _, thread in ipairs(threads) do
      failed = failed + (thread:get("failures") or 0)
      refused = refused + (thread:get("unavailable") or 0)
    end
    io.write(string.format(
      "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d errors=%d unavailable=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, refused))
  end
end

return ids
