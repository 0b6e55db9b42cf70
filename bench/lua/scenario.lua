-- One benchmark scenario, chosen by the SCENARIO environment variable, with random ids from BENCH_DATA (see
-- bench/run.sh). Prints one RESULT line for the harness to read.
package.path = package.path .. ";bench/lua/?.lua"
local ids = require("ids")
local data = os.getenv("BENCH_DATA") or "bench/tmp"
local scenario = assert(os.getenv("SCENARIO"), "SCENARIO is not set")
local stakeholders, owners, headers, post_headers
ids.install_hooks()

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  stakeholders = ids.load(data .. "/stakeholders.txt")
  owners = ids.load(data .. "/owners.txt")
  headers = ids.headers()
  post_headers = {}
  for k, v in pairs(headers) do post_headers[k] = v end
  post_headers["Content-Type"] = "application/json"
end

local words = { "housing", "transport", "leader", "council", "safety", "mayor", "cabinet", "member" }
local categories = { "COUNCIL_LEADER", "CABINET_MEMBER", "ASSEMBLY_MEMBER", "COUNCILLOR" }

local scenarios = {
  ["get-by-id"] = function()
    return wrk.format("GET", "/api/v1/stakeholders/" .. ids.pick(stakeholders), headers)
  end,
  ["search"] = function()
    return wrk.format("GET", "/api/v1/stakeholders?q=" .. ids.pick(words) .. "&category=" .. ids.pick(categories)
      .. "&priority=HIGH", headers)
  end,
  ["timeline"] = function()
    return wrk.format("GET", "/api/v1/stakeholders/" .. ids.pick(stakeholders) .. "/interactions", headers)
  end,
  ["owner-alerts"] = function()
    return wrk.format("GET", "/api/v1/alerts?ownerId=" .. ids.pick(owners), headers)
  end,
  ["office-alerts"] = function()
    return wrk.format("GET", "/api/v1/alerts", headers)
  end,
  ["owner-coverage"] = function()
    return wrk.format("GET", "/api/v1/team-members/" .. ids.pick(owners) .. "/coverage", headers)
  end,
  -- The office's week (issue 29): the caller's agenda for this week, and the engagement report a manager asks for,
  -- a quarter by organisation and a year by month, both ending today.
  ["me-agenda"] = function()
    return wrk.format("GET", "/api/v1/me/agenda", headers)
  end,
  ["report-quarter-by-organisation"] = function()
    return wrk.format("GET", "/api/v1/reports/engagement?groupBy=organisation&from="
      .. os.date("!%Y-%m-%d", os.time() - 91 * 86400) .. "&to=" .. os.date("!%Y-%m-%d"), headers)
  end,
  ["report-year-by-month"] = function()
    return wrk.format("GET", "/api/v1/reports/engagement?groupBy=month&from="
      .. os.date("!%Y-%m-%d", os.time() - 365 * 86400) .. "&to=" .. os.date("!%Y-%m-%d"), headers)
  end,
  ["post-interaction"] = function()
    local body = string.format(
      '{"type":"CALL","status":"COMPLETED","startsAt":"%s","stakeholderIds":["%s"],"attendeeIds":["%s"],'
        .. '"policyAreas":["housing"],"summary":"Benchmark call %d"}',
      os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - math.random(86400 * 30)), ids.pick(stakeholders),
      ids.pick(owners), math.random(1e9))
    local h = {}
    for k, v in pairs(post_headers) do h[k] = v end
    h["Idempotency-Key"] = string.format("bench-%d-%d", math.random(1e9), math.random(1e9))
    return wrk.format("POST", "/api/v1/interactions", h, body)
  end,
  -- The calibration (bench/reference-app): pgbench's two statements through a bare Quarkus + Panache app, on
  -- pgbench's database of scale 20 (2,000,000 accounts).
  ["reference-get"] = function()
    return wrk.format("GET", "/accounts/" .. math.random(2000000))
  end,
  ["reference-post"] = function()
    return wrk.format("POST", "/rows", { ["Content-Type"] = "application/json" },
      string.format('{"payload":"benchmark %d"}', math.random(1e9)))
  end,
  -- A stress of the alert refresh (not in run.sh's list): scheduled meetings with two stakeholders out of the first
  -- 40, in either order, and a follow-up, so concurrent writers share stakeholders; check with
  -- bench/check-alert-subjects.sql afterwards.
  ["post-joint-meeting"] = function()
    local body = string.format(
      '{"type":"MEETING","status":"SCHEDULED","startsAt":"%s","stakeholderIds":["%s","%s"],"attendeeIds":["%s"],'
        .. '"briefingPackReady":false,"summary":"Joint meeting %d","followUps":[{"description":"Send notes",'
        .. '"assigneeId":"%s","dueDate":"%s"}]}',
      os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() + math.random(86400 * 30)), stakeholders[math.random(20)],
      stakeholders[20 + math.random(20)], ids.pick(owners), math.random(1e9), ids.pick(owners),
      os.date("!%Y-%m-%d", os.time() + math.random(86400 * 30)))
    if math.random(2) == 1 then
      body = body:gsub('"stakeholderIds":%["([^"]+)","([^"]+)"%]', '"stakeholderIds":["%2","%1"]')
    end
    local h = {}
    for k, v in pairs(post_headers) do h[k] = v end
    return wrk.format("POST", "/api/v1/interactions", h, body)
  end,
}

request = assert(scenarios[scenario], "unknown SCENARIO " .. scenario)
