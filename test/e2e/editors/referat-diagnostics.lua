-- Headless Neovim (0.7: no vim.lsp.start) as a Referat client: opens $REFERAT_FILE, starts
-- `$REFERAT_SERVER --stdio` (the bin through its #! line, as npx runs it), waits for the
-- diagnostics and the outline, writes them as JSON to $REFERAT_OUT and exits 0; exits non-zero
-- (cquit) when something does not arrive in time.
local file, out, server = os.getenv('REFERAT_FILE'), os.getenv('REFERAT_OUT'), os.getenv('REFERAT_SERVER')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'referat',
  cmd = { server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { locale = 'da' },
})
if not id then
  io.stderr:write('could not start the language server\n')
  vim.cmd('cquit 3')
end
vim.lsp.buf_attach_client(buf, id)
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  io.stderr:write('no diagnostics within 20 s\n')
  vim.cmd('cquit 2')
end
local severities = { 'error', 'warning', 'information', 'hint' }
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data and d.user_data.lsp) or {}
  -- 0.7 keeps no LSP range: convert its byte columns back to UTF-16 code units.
  local function utf16(lnum, col)
    local text = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] or ''
    local _, units = vim.str_utfindex(text, math.min(col, #text))
    return units
  end
  local range = lsp.range or {
    start = { line = d.lnum, character = utf16(d.lnum, d.col) },
    ['end'] = { line = d.end_lnum, character = utf16(d.end_lnum, d.end_col) },
  }
  table.insert(diagnostics, {
    line = range.start.line + 1, column = range.start.character + 1,
    endLine = range['end'].line + 1, endColumn = range['end'].character + 1,
    severity = severities[d.severity], code = d.code or lsp.code, message = d.message,
  })
end
table.sort(diagnostics, function(a, b) return a.line < b.line or (a.line == b.line and a.column < b.column) end)
local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
local result = symbols and symbols[id] and symbols[id].result or {}
local items = {}
local function walk(list)
  for _, s in ipairs(list) do
    if s.kind == 2 then table.insert(items, s.name) else walk(s.children or {}) end
  end
end
walk(result)
local f = assert(io.open(out, 'w'))
f:write(vim.json.encode({ client = 'neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch), diagnostics = diagnostics, items = items }))
f:close()
vim.lsp.stop_client(id)
vim.cmd('qall!')
