-- Lua line comment
local M = {}

--[[
  Lua block comment
]]

function M.add(a, b)
  return a + b -- trailing
end

--[==[ level-two block ]==]
return M
