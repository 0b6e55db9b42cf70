-- The soak's mix of an office day: mostly reads of stakeholders, searches, timelines, alerts and coverage, and one
-- write in seven (an interaction logged against a random stakeholder). BENCH_DATA names the directory of id files.
package.path = package.path .. ";bench/lua/?.lua"
local ids = require("ids")
local data = os.getenv("BENCH_DATA") or "bench/tmp"
local stakeholders, owners, headers
ids.install_hooks()

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  stakeholders = ids.load(data .. "/stakeholders.txt")
  owners = ids.load(data .. "/owners.txt")
  headers = ids.headers()
end

local words = { "housing", "transport", "leader", "council", "safety", "Barnet", "Hackney", "mayor" }

request = function()
  local roll = math.random(100)
  if roll <= 35 then
    return wrk.format("GET", "/api/v1/stakeholders/" .. ids.pick(stakeholders), headers)
  elseif roll <= 50 then
    return wrk.format("GET", "/api/v1/stakeholders?q=" .. ids.pick(words) .. "&priority=HIGH&status=ACTIVE", headers)
  elseif roll <= 65 then
    return wrk.format("GET", "/api/v1/stakeholders/" .. ids.pick(stakeholders) .. "/interactions", headers)
  elseif roll <= 75 then
    return wrk.format("GET", "/api/v1/alerts?ownerId=" .. ids.pick(owners), headers)
  elseif roll <= 86 then
    return wrk.format("GET", "/api/v1/team-members/" .. ids.pick(owners) .. "/coverage", headers)
  else
    local body = string.format(
      '{"type":"CALL","status":"COMPLETED","startsAt":"%s","stakeholderIds":["%s"],"policyAreas":["housing"],'
        .. '"summary":"Soak call %d"}',
      os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - math.random(86400 * 30)), ids.pick(stakeholders), math.random(1e9))
    local post = {}
    for k, v in pairs(headers) do post[k] = v end
    post["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/interactions", post, body)
  end
end
