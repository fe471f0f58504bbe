import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import {
  CodeAction,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  CodeActionRequest,
} from 'vscode-languageserver-protocol/node';
import { spawnServer, stopServer } from '../support/lspServer';
import { CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';

/** A real client over stdio: the server binary as any editor would start it. */
class Client {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];

  constructor() {
    ({ proc: this.proc, conn: this.conn } = spawnServer());
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.conn.listen();
  }

  /** Resolves on the first publication for `uri` that passes `test` (no fixed sleeps). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const done = this.published.find((p) => p.uri === uri && test(p));
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  stop(): Promise<void> {
    return stopServer(this.proc, this.conn);
  }
}

describeCorpus('the language server over stdio', () => {
  const uri = 'file:///tmp/odense-bsu-2024-04-09.referat.md';
  let client: Client;
  let text: string;

  before(async () => {
    text = readCorpus(CORPUS_2024);
    client = new Client();
    const init = await client.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
      initializationOptions: { locale: 'da' },
    });
    assert.equal(init.capabilities.textDocumentSync && typeof init.capabilities.textDocumentSync === 'object' ? init.capabilities.textDocumentSync.change : undefined, 2);
    assert.ok(init.capabilities.documentSymbolProvider);
    await client.conn.sendNotification(InitializedNotification.type, {});
  });

  after(async () => client && (await client.stop()));

  it('publishes no structure warning for the 2024 minutes on open', async () => {
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
    const p = await client.diagnostics(uri, (x) => x.version === 1);
    // The one real slip in these minutes is a date (item 7 says 24 October 2024 in April 2024 minutes).
    const serious = p.diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    assert.deepEqual(serious.map((d) => [d.code, d.range.start.line + 1]), [['date', 873]]);
  });

  it('re-checks after an incremental edit: removing a Beslutning heading yields missing-section on the item', async () => {
    const lines = text.split('\n');
    const item1 = lines.findIndex((l) => l.startsWith('# **Punkt 1:'));
    const heading = lines.findIndex((l, i) => i > item1 && l === '## **Beslutning**');
    // Replace just the heading line's text: an incremental change, not the whole document.
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: heading, character: 0 }, end: { line: heading, character: lines[heading]!.length } }, text: 'Referent: Jens' }],
    });
    const p = await client.diagnostics(uri, (x) => x.version === 2);
    const missing = p.diagnostics.filter((d) => d.code === 'missing-section');
    assert.equal(missing.length, 1);
    assert.equal(missing[0]!.range.start.line, item1);
    assert.equal(missing[0]!.severity, 2);
    assert.equal(missing[0]!.source, 'referat');
    assert.match(String(missing[0]!.message), /Punkt 1 mangler afsnittet «Beslutning»/);

    // Undo it with a second incremental change: the finding goes away.
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: heading, character: 0 }, end: { line: heading, character: 'Referent: Jens'.length } }, text: '## **Beslutning**' }],
    });
    const back = await client.diagnostics(uri, (x) => x.version === 3);
    assert.equal(back.diagnostics.filter((d) => d.code === 'missing-section').length, 0);
  });

  it('answers document symbols: the meeting with 12 items, each with its sections', async () => {
    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const items = symbols[0]!.children!.filter((s) => s.name.startsWith('Punkt '));
    assert.equal(items.length, 12);
    assert.deepEqual(
      items[1]!.children!.filter((c) => c.kind === 7 /* Property: section */).map((c) => c.name),
      ['Resume', 'Effekt', 'Indstilling', 'Beslutning', 'Sagsfremstilling', 'Økonomi', 'Bilag'],
    );
  });

  it('answers folding ranges for items and sections', async () => {
    const ranges = (await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }))!;
    const lines = text.split('\n');
    const item3 = lines.findIndex((l) => l.startsWith('# Punkt 3:'));
    assert.ok(ranges.some((r) => r.startLine === item3));
    assert.ok(ranges.length > 12 * 2);
  });

  it('offers a quick fix that corrects a contents entry, and the fix checks clean', async () => {
    const lines = text.split('\n');
    const entry = lines.findIndex((l) => l.startsWith('B-sag: Gravsted for socialt udsatte borgere'));
    const end = 'B-sag: Gravsted for socialt udsatte borgere'.length;
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: entry, character: 7 }, end: { line: entry, character: end } }, text: 'Gravsted for hjemløse' }],
    });
    const p = await client.diagnostics(uri, (x) => x.version === 4);
    const diag = p.diagnostics.find((d) => d.code === 'contents-title');
    assert.ok(diag, 'no contents-title diagnostic');
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix');
    assert.ok(fix?.edit?.changes?.[uri]?.length, 'no quick fix');
    const edit = fix.edit.changes[uri]![0]!;
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 5 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const after = await client.diagnostics(uri, (x) => x.version === 5);
    assert.deepEqual(after.diagnostics.filter((d) => (d.severity === 1 || d.severity === 2) && d.code !== 'date').map((d) => String(d.message)), []);
  });

  it('survives requests for documents it never saw', async () => {
    const symbols = await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere.referat.md' } });
    assert.deepEqual(symbols, []);
  });
});
