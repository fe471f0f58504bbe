import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MINUTES_2020, MINUTES_2024, ROOT, TMP, makeWorkspace } from '../support/paths';

/**
 * Real LSP clients other than VS Code: Debian's Neovim 0.7.2 and Emacs 28 + eglot start
 * `referat-language-server --stdio` (bin/referat-language-server.js, what `npx` runs) on the
 * real minutes, and must see exactly what the CLI reports.
 */
interface CliFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

const SERVER = path.join(ROOT, 'bin/referat-language-server.js');
const SCRIPTS = path.join(ROOT, 'test/e2e/editors');

function cli(file: string): CliFinding[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/referat.js'), 'check', '--format', 'json', '--lang', 'da', file], { encoding: 'utf8', timeout: 30_000 });
  // Exit 1 = findings at error level; anything else is the CLI failing.
  assert.ok(r.status === 0 || r.status === 1, `referat check exited ${r.status}: ${r.stderr}`);
  const out = r.stdout;
  // The places a finding names besides its own (`related`) are compared by the protocol tests.
  return (JSON.parse(out) as { diagnostics: (CliFinding & { related?: unknown })[] }[])[0]!.diagnostics.map(({ related: _related, ...d }) => d);
}

function which(bin: string): string {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} is not installed: run \`bash scripts/e2e/install-tools.sh\` (npm test does this first)`);
  return r.stdout.trim();
}

/** Runs an editor in batch mode with a time limit; its report is the JSON it writes. */
function runEditor(bin: string, args: string[], file: string): { client: string; diagnostics: Record<string, unknown>[]; items?: string[] } {
  const out = path.join(TMP, `${path.basename(bin)}-${process.pid}-${Date.now()}.json`);
  const r = spawnSync(which(bin), args, {
    env: { ...process.env, TMPDIR: TMP, REFERAT_FILE: file, REFERAT_OUT: out, REFERAT_SERVER: SERVER },
    encoding: 'utf8',
    timeout: 45_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.equal(r.status, 0, `${bin} exited ${r.status} (${r.signal ?? 'no signal'}):\n${r.stdout}\n${r.stderr}`);
  assert.ok(fs.existsSync(out), `${bin} wrote no report:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as { client: string; diagnostics: Record<string, unknown>[]; items?: string[] };
}

describe('other editors as Referat clients', () => {
  let workspace: string;
  before(() => {
    fs.mkdirSync(TMP, { recursive: true });
    workspace = makeWorkspace('editors');
  });

  describe('Neovim (headless, vim.lsp)', () => {
    for (const name of [MINUTES_2020, MINUTES_2024]) {
      it(`gets the same diagnostics as the CLI and the 12 items for ${name}`, () => {
        const file = path.join(workspace, name);
        const expected = cli(file);
        // Neovim waits for a non-empty report; both minutes have findings: 2020 its missing decisions,
        // 2024 its rounding differences and the date slip in item 7.
        assert.ok(expected.length > 0);
        if (name === MINUTES_2024) {
          assert.deepEqual([...new Set(expected.map((d) => d.code))].sort(), ['date', 'table-rounding']);
        }
        const report = runEditor('nvim', ['--headless', '--noplugin', '-i', 'NONE', '-n', '-u', path.join(SCRIPTS, 'referat-diagnostics.lua')], file);
        assert.match(report.client, /^neovim 0\.\d+/);
        // Two findings may share a cell (a column total and a row relation); their order is not meaningful.
        const order = (a: object, b: object) => {
          const x = a as { line: number; column: number; message: string };
          const y = b as { line: number; column: number; message: string };
          return x.line - y.line || x.column - y.column || (x.message < y.message ? -1 : x.message > y.message ? 1 : 0);
        };
        assert.deepEqual([...report.diagnostics].sort(order), [...expected].sort(order));
        assert.deepEqual(report.items!.map((s) => /^Punkt (\d+):/.exec(s)?.[1]), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
      });
    }
  });

  describe('Emacs (batch, eglot + Flymake)', () => {
    it(`gets the same diagnostics as the CLI for ${MINUTES_2020}`, () => {
      const file = path.join(workspace, MINUTES_2020);
      const expected = cli(file);
      assert.equal(expected.filter((d) => d.code === 'missing-section').length, 5);
      const report = runEditor('emacs', ['--batch', '-Q', '-l', path.join(SCRIPTS, 'referat-diagnostics.el')], file);
      assert.match(report.client, /^emacs \d+.* eglot /);
      const LSP_SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
      const FLYMAKE_TYPE: Record<string, string> = { error: 'eglot-error', warning: 'eglot-warning', information: 'eglot-note', hint: 'eglot-note' };
      assert.deepEqual(
        report.diagnostics,
        expected.map((d) => ({
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          type: FLYMAKE_TYPE[d.severity],
          severity: LSP_SEVERITY[d.severity],
          code: d.code,
          // eglot shows "source [code]: message".
          text: `referat [${d.code}]: ${d.message}`,
        })),
      );
    });
  });
});
