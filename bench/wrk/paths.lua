-- Cycles through the request paths listed, one per line, in the file named by the first script
-- argument (wrk ... -s paths.lua URL -- PATHS_FILE), so that a run reads many pages, not one.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
