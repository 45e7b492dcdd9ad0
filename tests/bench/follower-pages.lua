-- wrk script: pages of 50 followers of random profiles. Usage:
--   wrk -t2 -c64 -d10s --latency -s follower-pages.lua http://127.0.0.1:PORT/graphql -- HANDLES_FILE [page-only|two-step|with-counts]
-- With `page-only` (the default) a page is one request, done when it arrives. The other two modes also want each
-- follower's following count. With `two-step` a client reads the page, then asks batchGetAddresses for its 50
-- addresses: the response to a page queues that second request and the thread's next free connection sends it; a
-- page counts as done when its counts arrive. With `with-counts`, one request a page: each follow's `follower` is
-- an Address, whose followingCount the page reads itself.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local page_document = "query FollowerPage($handle: String!) { profileByHandle(handle: $handle) { followerCount " ..
  "followers(first: 50) { pageInfo { hasNextPage endCursor } edges { cursor node { address handle } } } } }"
local with_counts_document = "query FollowerPageWithCounts($handle: String!) { profileByHandle(handle: $handle) { followerCount " ..
  "followers(first: 50) { pageInfo { hasNextPage endCursor } edges { cursor node { address handle follower { followingCount } } } } } }"
local counts_document = "query FollowingCounts($addresses: [AddressEVM!]!) { batchGetAddresses(addresses: $addresses) " ..
  "{ address followingCount } }"

function init(args)
  handles = {}
  for line in io.lines(args[1]) do
    if line ~= "" then handles[#handles + 1] = line end
  end
  two_step = args[2] == "two-step"
  with_counts = args[2] == "with-counts"
  math.randomseed(os.time() * 7 + id * 7919)
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
  pending = {}        -- bodies of batchGetAddresses requests waiting for a free connection
  pages_read, pages_done, short_pages, bad_answers, non200 = 0, 0, 0, 0, 0
  first_failure = ""
end

function request()
  local queued = table.remove(pending)
  if queued then
    return wrk.format("POST", nil, headers, queued)
  end
  local handle = handles[math.random(#handles)]
  return wrk.format("POST", nil, headers,
    '{"query":"' .. (with_counts and with_counts_document or page_document) .. '","variables":{"handle":"' .. handle .. '"}}')
end

local function fail(status, body)
  if first_failure == "" then first_failure = status .. " " .. string.sub(body, 1, 300) end
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    fail(status, body)
    return
  end
  if string.find(body, '"errors"', 1, true) then
    bad_answers = bad_answers + 1
    fail(status, body)
    return
  end
  if string.find(body, '"profileByHandle"', 1, true) then
    pages_read = pages_read + 1
    local addresses = {}
    for address in string.gmatch(body, '"address":"(0x%x+)"') do
      addresses[#addresses + 1] = '"' .. address .. '"'
    end
    if #addresses < 50 then short_pages = short_pages + 1 end
    if with_counts then
      local _, counts = string.gsub(body, '"followingCount":%d+', "")
      if counts < #addresses then
        bad_answers = bad_answers + 1
        fail(status, body)
        return
      end
    end
    if not two_step then
      pages_done = pages_done + 1
    elseif #addresses > 0 then
      pending[#pending + 1] = '{"query":"' .. counts_document .. '","variables":{"addresses":[' ..
        table.concat(addresses, ",") .. ']}}'
    end
  elseif string.find(body, '"batchGetAddresses"', 1, true) then
    pages_done = pages_done + 1
  else
    bad_answers = bad_answers + 1
    fail(status, body)
  end
end

local function quote(text)
  return '"' .. string.gsub(text, '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function done(summary, latency, requests)
  local totals = { pages_read = 0, pages_done = 0, short_pages = 0, bad_answers = 0, non200 = 0 }
  local failure = ""
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
    if failure == "" then failure = thread:get("first_failure") end
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"pagesRead":%d,"pagesDone":%d,"shortPages":%d,"badAnswers":%d,"non200":%d,' ..
    '"socketErrors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f},"firstFailure":%s}\n',
    summary.requests, summary.duration, totals.pages_read, totals.pages_done, totals.short_pages, totals.bad_answers,
    totals.non200, errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, quote(failure)))
end
