import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

/**
 * What the extension may be trusted with, checked on what ships (the bundles) and on the source:
 * it runs nothing from the workspace, reads only the documents the editor hands it, changes files
 * only through edits the user accepts (quick fixes), and opens no network connection.
 */
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Node modules a file imports (`import … from 'x'`, `require('x')`). */
function imports(code: string): string[] {
  return [...code.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!.replace(/^node:/, ''));
}

const NETWORK_MODULES = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'net', 'undici', 'ws'];

describe('trust: what the extension does and does not do', () => {
  it('declares support for untrusted and virtual workspaces', () => {
    const pkg = JSON.parse(read('package.json')) as { capabilities?: Record<string, { supported?: unknown }> };
    // It runs nothing from the workspace, so Restricted Mode loses nothing.
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    // Checks, outline and fixes use the text of open documents (any scheme); workspace symbols and
    // `.referat.json` come from local folders, so virtual workspaces are supported with that limit.
    const virtual = pkg.capabilities?.virtualWorkspaces as { supported?: unknown; description?: string } | undefined;
    assert.equal(virtual?.supported, 'limited');
    assert.match(virtual?.description ?? '', /\.referat\.json/);
    assert.doesNotMatch(read('client/src/extension.ts'), /scheme:\s*['"]file['"]/);
  });

  it('the engine is pure: no file system, process, network or timer access', () => {
    for (const file of sourceFiles('server/src/engine')) {
      const bad = imports(read(file)).filter((m) => ['fs', 'child_process', 'worker_threads', 'vm', ...NETWORK_MODULES].includes(m) || m.startsWith('vscode'));
      assert.deepEqual(bad, [], file);
    }
  });

  /**
   * The two modules that read the workspace's own data: minutes files for workspace symbols and
   * `.referat.json` (JSON, never executed). They only read.
   */
  const READERS = new Set([path.join('server/src/lsp', 'authoring.ts'), path.join('server/src/lsp', 'workspaceConfig.ts')]);

  /**
   * The one writer: «Referat: Eksportér» writes the exported Word/PDF/HTML files beside the
   * document, with VS Code's file system API, when the user runs it and has confirmed any errors.
   * The server only returns the bytes.
   */
  const EXPORT_WRITER = path.join('client/src', 'export.ts');

  it('the server and client run no programs and open no connections; only two modules read workspace files, and only the export command writes (the files the user asked for)', () => {
    for (const file of [...sourceFiles('server/src/lsp'), ...sourceFiles('client/src')]) {
      let code = read(file);
      if (file === EXPORT_WRITER) {
        const writes = code.match(/vscode\.workspace\.fs\.writeFile\(/g) ?? [];
        assert.equal(writes.length, 1, 'the export writes through vscode.workspace.fs, once');
        code = code.replace(/vscode\.workspace\.fs\.writeFile\(/g, '');
      }
      const forbidden = ['child_process', 'worker_threads', 'vm', ...NETWORK_MODULES, ...(READERS.has(file) ? [] : ['fs', 'fs/promises'])];
      const bad = imports(code).filter((m) => forbidden.includes(m));
      assert.deepEqual(bad, [], file);
      assert.doesNotMatch(code, /\b(?:writeFile|appendFile|unlink|rmdir|rm|mkdir|rename|copyFile|truncate|createWriteStream)(?:Sync)?\s*\(/, file);
      assert.doesNotMatch(code, /\bfetch\s*\(|\beval\s*\(|new Function\s*\(/, file);
    }
  });

  it('changes documents only through edits the user accepts: code actions, or a command the user runs', () => {
    for (const file of sourceFiles('server/src/lsp')) {
      const code = read(file);
      if (file !== path.join('server/src/lsp', 'authoring.ts')) {
        assert.doesNotMatch(code, /applyEdit|ApplyWorkspaceEdit|executeCommandProvider|writeFile/, file);
        continue;
      }
      // The commands (renumber, regenerate contents, insert section, fix all) apply their edit when
      // the user runs them, and only then: every applyEdit sits inside the executeCommand handler.
      const handler = code.indexOf('connection.onExecuteCommand(');
      assert.ok(handler > 0, 'authoring.ts has no executeCommand handler');
      for (const m of code.matchAll(/\.applyEdit\(/g)) assert.ok(m.index! > handler, 'applyEdit outside the command handler');
    }
  });

  /** A pipe's name (a variable: `pipeName`, or one letter when minified) or a port on loopback. */
  const TRANSPORT_ARGS = /^(?:[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*,\s*"127\.0\.0\.1")$/;

  it('the shipped bundles contain no network client: only the LSP transport (stdio, IPC, or a pipe/port the editor names)', () => {
    for (const bundle of ['dist/server.js', 'dist/cli.js', 'dist/client.js', 'dist/export.js']) {
      const code = read(bundle);
      for (const m of NETWORK_MODULES.filter((x) => x !== 'net')) {
        assert.doesNotMatch(code, new RegExp(`require\\("(?:node:)?${m}"\\)`), `${bundle} requires ${m}`);
      }
      assert.doesNotMatch(code, /\bfetch\(|new WebSocket\(|XMLHttpRequest/, bundle);
      // `net` appears only as vscode-jsonrpc's transport: a pipe or a loopback port given on the
      // command line by the editor (--pipe / --socket). Every connect call is one of those.
      // A minified bundle (`npm run package`) names the pipe by one letter: a variable either way,
      // never a host of its own; a port only on loopback.
      // The calls on the variable `net` is bound to (`net_1`, or one letter when minified).
      const nets = [...code.matchAll(/([A-Za-z_$][\w$]*)\s*=\s*require\("(?:node:)?net"\)/g)].map((m) => m[1]!.replace(/\$/g, '\\$'));
      const connect = new RegExp(`(?<![\\w$])(?:${nets.join('|') || '(?!)'})\\)?\\.(?:createConnection|connect)\\)?\\(([^)]*)\\)`, 'g');
      const connects = [...code.matchAll(connect)].map((m) => m[1]!.trim());
      for (const args of connects) assert.match(args, TRANSPORT_ARGS, `${bundle}: net connection to ${args}`);
      // The same transports may listen: on the named pipe or on loopback, nowhere else.
      const listens = [...code.matchAll(/\.listen\(([^()]*?),\s*\(\)/g)].map((m) => m[1]!.trim());
      for (const args of listens) assert.match(args, TRANSPORT_ARGS, `${bundle}: listens on ${args}`);
      // The CLI and the export bundle have no LSP transport at all.
      if (bundle !== 'dist/cli.js' && bundle !== 'dist/export.js') assert.equal(connects.length, 2, `${bundle}: the transport's two connect calls were not found (has the bundle changed?)`);
    }
    assert.doesNotMatch(read('dist/cli.js'), /require\("(?:node:)?net"\)/, 'the CLI needs no network module at all');
  });
});
