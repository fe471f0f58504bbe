import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENGINE_NODE_FLAGS, serverEnvironment } from '../../server/src/lsp/environment';
import { ROOT } from '../support/paths';

/** The server starts without the editor's extra CA certificates (it opens no TLS connection). */
describe('the server environment', () => {
  it('keeps the editor environment but leaves NODE_EXTRA_CA_CERTS out of the started process', () => {
    const env = serverEnvironment({ PATH: process.env.PATH, REFERAT_PROBE: 'kept', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt' });
    const seen = execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify([process.env.REFERAT_PROBE, "NODE_EXTRA_CA_CERTS" in process.env]))'], { env, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(seen), ['kept', false]);
  });
});

/** The engine's node flags (a larger young generation): one list, used wherever node is started. */
describe('the engine node flags', () => {
  const heapLimit = (flags: readonly string[]) => Number(execFileSync(process.execPath, [...flags, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'], { encoding: 'utf8' }));

  it('are accepted by this node and give V8 a larger young generation than its default', () => {
    // A flag node rejected would stop the server from starting at all; one V8 ignored would not grow the heap.
    assert.ok(heapLimit(ENGINE_NODE_FLAGS) > heapLimit([]) + 32 * 1024 * 1024, `${ENGINE_NODE_FLAGS.join(' ')} did not enlarge the heap`);
  });

  for (const bin of ['referat.js', 'referat-language-server.js']) {
    it(`are in the #! line of bin/${bin}, and it runs as a program through it (as npx runs it)`, () => {
      const file = path.join(ROOT, 'bin', bin);
      assert.equal(fs.readFileSync(file, 'utf8').split('\n')[0], `#!/usr/bin/env -S node ${ENGINE_NODE_FLAGS.join(' ')}`);
      assert.match(execFileSync(file, ['--help'], { encoding: 'utf8' }), /referat/);
    });
  }
});

/** What the server loads to start: nothing a stdio or IPC server does not use (see scripts/build.mjs). */
describe('the server bundle at start', () => {
  it('loads crypto, child_process and os only when something uses them, and still serves', async () => {
    // Starts the bundle as the bin does and, once it has answered an initialize request over
    // stdio, lists on stderr the node built-ins the process loaded beyond a bare node's.
    const script = `
      const base = new Set(process.moduleLoadList);
      process.argv.push('--stdio');
      require(${JSON.stringify(path.join(ROOT, 'dist/server.js'))});
      setInterval(() => {
        const loaded = process.moduleLoadList.filter((m) => !base.has(m)).map((m) => m.replace(/^NativeModule /, ''));
        require('node:fs').writeSync(2, JSON.stringify(loaded) + '\\n');
      }, 100);`;
    const proc = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      let out = '';
      let lists = '';
      const answered = new Promise<void>((resolve, reject) => {
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('"capabilities"')) resolve();
        });
        proc.on('exit', (code) => reject(new Error(`the server exited (${code}) without answering`)));
      });
      proc.stderr.on('data', (d: Buffer) => (lists += d.toString()));
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      await answered;
      const seen = lists.length;
      while (lists.length === seen || !lists.slice(seen).includes('\n')) await new Promise((r) => setTimeout(r, 50));
      const loaded = JSON.parse(lists.slice(seen).split('\n').find((l) => l.startsWith('['))!) as string[];
      assert.ok(loaded.includes('net'), 'the list is of what the server loaded (stdio is a socket)');
      for (const lazy of ['crypto', 'child_process', 'os']) assert.ok(!loaded.includes(lazy), `${lazy} was loaded at start`);
    } finally {
      proc.kill();
    }
  });
});
