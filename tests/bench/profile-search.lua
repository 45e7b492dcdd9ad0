-- wrk script: finding profiles. Usage:
--   wrk -t2 -c64 -d20s --latency -s profile-search.lua http://127.0.0.1:PORT/graphql -- HANDLES_FILE MODE
-- MODE is `by-handle` (profileByHandle of a random handle: the peer the others are compared with), `prefix` (the
-- first 20 profiles whose handle starts with a random two characters, by handle) or `top` (the 50 profiles with
-- the most followers, ties by handle).

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local documents = {
  ["by-handle"] = "query ProfileByHandle($value: String!) { profileByHandle(handle: $value) { handle followerCount owner { address } } }",
  prefix = "query ProfilesByPrefix($value: String!) { profiles(where: { handle: { startsWith: $value } }, first: 20) " ..
    "{ pageInfo { hasNextPage endCursor } edges { node { handle followerCount owner { address } } } } }",
  top = "query TopProfiles { profiles(order: [{ followerCount: DESC }], first: 50) " ..
    "{ pageInfo { hasNextPage endCursor } edges { node { handle followerCount owner { address } } } } }",
}
local alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

function init(args)
  handles = {}
  for line in io.lines(args[1]) do
    if line ~= "" then handles[#handles + 1] = line end
  end
  mode = args[2]
  document = documents[mode]
  math.randomseed(os.time() * 7 + id * 7919)
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
  answers, empty, bad_answers, non200 = 0, 0, 0, 0
  first_failure = ""
end

local function letter()
  local i = math.random(#alphabet)
  return string.sub(alphabet, i, i)
end

function request()
  local value = ""
  if mode == "by-handle" then
    value = handles[math.random(#handles)]
  elseif mode == "prefix" then
    value = letter() .. letter()
  end
  return wrk.format("POST", nil, headers, '{"query":"' .. document .. '","variables":{"value":"' .. value .. '"}}')
end

local function fail(status, body)
  if first_failure == "" then first_failure = status .. " " .. string.sub(body, 1, 300) end
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    fail(status, body)
  elseif string.find(body, '"errors"', 1, true) or not string.find(body, '"handle"', 1, true) then
    if string.find(body, '"edges":[]', 1, true) then
      empty = empty + 1
    else
      bad_answers = bad_answers + 1
      fail(status, body)
    end
  else
    answers = answers + 1
  end
end

local function quote(text)
  return '"' .. string.gsub(text, '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function done(summary, latency, requests)
  local totals = { answers = 0, empty = 0, bad_answers = 0, non200 = 0 }
  local failure = ""
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
    if failure == "" then failure = thread:get("first_failure") end
  end
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"answers":%d,"empty":%d,"badAnswers":%d,"non200":%d,' ..
    '"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f},"firstFailure":%s}\n',
    summary.requests, summary.duration, totals.answers, totals.empty, totals.bad_answers, totals.non200,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, quote(failure)))
end
