-- wrk script: POSTs pre-signed GraphQL mutations, each body once. Usage:
--   wrk -t2 -c64 -d10s --latency -s signed-writes.lua http://127.0.0.1:PORT/graphql -- BODIES_PREFIX
-- Thread N reads BODIES_PREFIX.N (one JSON body a line), so no two threads share a body; the connections of a
-- thread share its Lua state and walk its list with one cursor, so no body is sent twice (the mixed variant's
-- retries are repeated lines in the file itself).
-- Signed messages are single-use, so when a thread runs out it sends a GET of /health/live instead and counts
-- it: the driver reports the pool as exhausted rather than measuring replays.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(args[1] .. "." .. id) do
    bodies[#bodies + 1] = line
  end
  cursor = 1
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
  idle_request = wrk.format("GET", "/health/live")
  -- Counters read by done() through thread:get; plain numbers and a flat table copy across Lua states.
  sent, idle, non200 = 0, 0, 0
  statuses = {}
  first_failure = ""
end

function request()
  local body = bodies[cursor]
  if body == nil then
    idle = idle + 1
    return idle_request
  end
  cursor = cursor + 1
  sent = sent + 1
  return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    if first_failure == "" then first_failure = status .. " " .. string.sub(body, 1, 300) end
    return
  end
  -- The mutation's own status (SUCCESS, INVALID_SIGNATURE, ...); the health check answers no JSON status.
  local answer = string.match(body, '"status":"([A-Z_]+)"')
  if answer then
    statuses[answer] = (statuses[answer] or 0) + 1
  end
end

local function quote(text)
  return '"' .. string.gsub(text, '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function done(summary, latency, requests)
  local totals = { sent = 0, idle = 0, non200 = 0 }
  local merged = {}
  local failure = ""
  for _, thread in ipairs(threads) do
    totals.sent = totals.sent + thread:get("sent")
    totals.idle = totals.idle + thread:get("idle")
    totals.non200 = totals.non200 + thread:get("non200")
    for name, count in pairs(thread:get("statuses")) do
      merged[name] = (merged[name] or 0) + count
    end
    if failure == "" then failure = thread:get("first_failure") end
  end
  local parts = {}
  for name, count in pairs(merged) do
    parts[#parts + 1] = quote(name) .. ":" .. count
  end
  local errors = summary.errors
  -- One line for the driver to parse: latencies in microseconds, duration in microseconds.
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"sent":%d,"idle":%d,"non200":%d,"statuses":{%s},' ..
    '"socketErrors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f},"firstFailure":%s}\n',
    summary.requests, summary.duration, totals.sent, totals.idle, totals.non200, table.concat(parts, ","),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, quote(failure)))
end
