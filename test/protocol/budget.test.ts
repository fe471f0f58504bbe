import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../support/engine';
import { FIXTURES } from '../support/paths';
import { PublishedDiagnostics, spawnServer, stopServer } from '../support/lspServer';
import { syntheticMinutes } from '../support/synthetic';
import { parseAnnotated } from '../support/annotated';

/**
 * Every request has a budget (issue 12): `referat.maxFileSize` holds on every request path, queued
 * edits are coalesced, and a document-wide fix is sent once, not once per finding.
 */
interface Server {
  proc: ChildProcess;
  conn: ProtocolConnection;
  published: PublishDiagnosticsParams[];
  version(uri: string, version: number): Promise<PublishDiagnosticsParams>;
}

async function start(initializationOptions?: unknown): Promise<Server> {
  const { proc, conn } = spawnServer();
  const diagnostics = new PublishedDiagnostics(conn);
  conn.onRequest('workspace/applyEdit', () => ({ applied: true }));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, initializationOptions });
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    proc,
    conn,
    published: diagnostics.all,
    version: (uri, version) => diagnostics.next((p) => p.uri === uri && p.version === version),
  };
}

async function open(s: Server, uri: string, text: string): Promise<PublishDiagnosticsParams> {
  const done = s.version(uri, 1);
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
  return done;
}

const TABLES = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'tables/nested.referat.md'), 'utf8')).text;
const CLEAN = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'clean.referat.md'), 'utf8')).text;

describe('every request path honours referat.maxFileSize', function () {
  this.timeout(30000);

  /** Every request that reads a document's analysis, with what it answers for the document. */
  async function answers(s: Server, uri: string): Promise<Record<string, unknown>> {
    const pos = { line: 10, character: 3 };
    const td = { textDocument: { uri } };
    const r = async (method: string, params: unknown) => {
      try {
        return await s.conn.sendRequest(method, params);
      } catch (err) {
        return { error: String(err) };
      }
    };
    return {
      codeLens: await r('textDocument/codeLens', td),
      hover: await r('textDocument/hover', { ...td, position: { line: 20, character: 5 } }),
      completion: await r('textDocument/completion', { ...td, position: pos }),
      definition: await r('textDocument/definition', { ...td, position: { line: 8, character: 3 } }),
      tableReview: await r('referat/tableReview', { uri }),
      documentSymbol: await r('textDocument/documentSymbol', td),
      foldingRange: await r('textDocument/foldingRange', td),
      codeAction: await r('textDocument/codeAction', { ...td, range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } }, context: { diagnostics: [] } }),
      executeCommand: await r('workspace/executeCommand', { command: 'referat.renumberItems', arguments: [uri] }),
      workspaceSymbol: await r('workspace/symbol', { query: '' }),
    };
  }

  const empty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

  it('under the limit the requests answer; above it every one answers empty, without analysing', async () => {
    const text = `${CLEAN}\n${TABLES}`;
    const under = await start();
    const uri = 'file:///tmp/budget-limit.referat.md';
    let normal: Record<string, unknown>;
    try {
      await open(under, uri, text);
      normal = await answers(under, uri);
    } finally {
      await stopServer(under.proc, under.conn);
    }
    // The paths that have something to say on this document do, under the limit.
    for (const k of ['codeLens', 'tableReview', 'documentSymbol', 'foldingRange', 'workspaceSymbol']) assert.ok(!empty(normal[k]), `${k} under the limit: ${JSON.stringify(normal[k])}`);

    const over = await start({ settings: { maxFileSize: 0.001 } });
    try {
      const p = await open(over, uri, text);
      assert.deepEqual(p.diagnostics.map((d) => d.code), ['file-too-large']);
      const limited = await answers(over, uri);
      for (const [k, v] of Object.entries(limited)) assert.ok(empty(v), `${k} above the limit answered ${JSON.stringify(v).slice(0, 200)}`);
    } finally {
      await stopServer(over.proc, over.conn);
    }
  });
});

describe('whole-document fixes are built and sent once', function () {
  this.timeout(60000);

  it('2,000 items all numbered 1: the renumber fix is one code action listing every finding, the answer linear in size', async () => {
    const items = 2000;
    const body = Array.from({ length: items }, (_, i) => `# Punkt 1: Sag ${i + 1}\n\n00.01.00-A00-${i + 1}-25\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nGodkendt.\n`).join('\n');
    const text = `# REFERAT Udvalget 2022-2025 d. 04-03-2025\n\n**Mødedato** Tirsdag d. 04. marts 2025 kl. 15:00\n\n${body}`;
    const s = await start();
    const uri = 'file:///tmp/budget-renumber.referat.md';
    try {
      const p = await open(s, uri, text);
      const duplicates = p.diagnostics.filter((d) => d.code === 'item-number-duplicate').length;
      assert.equal(duplicates, items - 1);
      const actions = (await s.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } },
        context: { diagnostics: [], only: ['quickfix'] },
      })) as { title: string; diagnostics?: unknown[]; edit?: { changes: Record<string, unknown[]> } }[];
      const renumber = actions.filter((a) => /1–2000/.test(a.title));
      assert.equal(renumber.length, 1, actions.map((a) => a.title).slice(0, 5).join(' | '));
      assert.equal(renumber[0]!.edit!.changes[uri]!.length, items - 1);
      assert.ok(renumber[0]!.diagnostics!.length >= items - 1);
      // Linear: a few hundred bytes per item (before: one copy of all edits per finding, 384 MB).
      const size = JSON.stringify(actions).length;
      assert.ok(size < items * 1500, `${size} bytes for ${items} items`);
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });
});

describe('queued edits are coalesced: only the newest version is analysed', function () {
  this.timeout(120000);

  it('30 keystrokes queued on a large document: the intermediate versions are not published, the last one is and is right', async () => {
    const text = syntheticMinutes({ items: 400, tableRows: 30 });
    const s = await start({ settings: { maxFileSize: 50 } });
    const uri = 'file:///tmp/budget-typing.referat.md';
    try {
      await open(s, uri, text);
      // Thirty keystrokes at the end of line 0, sent together as a fast typist's queue arrives.
      let typed = text;
      const first = text.split('\n')[0]!;
      const started = Date.now();
      const sends: Promise<void>[] = [];
      for (let k = 0; k < 30; k++) {
        const character = first.length + k;
        sends.push(s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: k + 2 }, contentChanges: [{ range: { start: { line: 0, character }, end: { line: 0, character } }, text: 'x' }] }));
        typed = typed.replace(first + 'x'.repeat(k), first + 'x'.repeat(k + 1));
      }
      await Promise.all(sends);
      const last = await s.version(uri, 31);
      const took = Date.now() - started;
      const intermediate = s.published.filter((p) => p.uri === uri && p.version !== undefined && p.version > 1 && p.version < 31).length;
      console.log(`      30 queued keystrokes on ${(text.length / 1e6).toFixed(1)} MB: current after ${took} ms; ${intermediate} intermediate versions published`);
      assert.ok(intermediate <= 2, `${intermediate} intermediate versions were analysed and published`);
      assert.deepEqual(
        last.diagnostics.map((d) => `${d.range.start.line} ${String(d.code)}`),
        analyze(typed).findings.map((f) => `${f.range.start.line} ${f.code}`),
      );
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });
});
