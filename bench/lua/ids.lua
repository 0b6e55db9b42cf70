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


return ids
