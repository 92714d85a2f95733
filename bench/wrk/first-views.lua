-- First views: no two requests of a run ask for the same page.
-- wrk -t THREADS ... -s first-views.lua URL -- PATHS_FILE THREADS
-- Each wrk thread walks its own stripe of the list (THREADS must be wrk's -t). When a stripe runs out
-- its thread starts it again, and the summary says so: the figure is then no longer of first views
-- alone, and the list must be longer.
local threads = {}
local paths = {}
local first, last, next_path = 0, 0, 0
-- global, for done() to read from each thread
wrapped = 0

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  local stripes = tonumber(args[2])
  local length = math.floor(#paths / stripes)
  first = id * length + 1
  last = first + length - 1
  next_path = first - 1
end

function request()
  next_path = next_path + 1
  if next_path > last then
    next_path = first
    wrapped = wrapped + 1
  end
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local times = thread:get("wrapped")
    if times > 0 then
      io.write(string.format("Stripe of thread %d ran out %d times: pages were repeated\n", thread:get("id"), times))
    end
  end
end
