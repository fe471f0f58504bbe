import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { Message, StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { CORPUS_2024, ROOT, readCorpus, describeCorpus } from '../support/paths';

/**
 * The server against a hostile or broken client: raw bytes on stdin, malformed JSON-RPC, unknown
 * methods, requests about documents it never saw, cancelled requests and a 50 MB file. After each,
 * it must still answer a real request correctly.
 */
interface Response {
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
}
interface Notification {
  method: string;
  params?: unknown;
}

class RawClient {
  readonly proc: ChildProcess;
  readonly stderr: string[] = [];
  private readonly responses = new Map<number | string, (r: Response) => void>();
  private readonly notifications: Notification[] = [];
  private readonly notificationWaiters: { test: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  private nextId = 1000;
  exited = false;

  constructor() {
    this.proc = spawn(process.execPath, [path.join(ROOT, 'bin/referat-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.proc.on('exit', () => (this.exited = true));
    new StreamMessageReader(this.proc.stdout!).listen((m: Message) => {
      const msg = m as unknown as Response & Notification;
      if (msg.id !== undefined && msg.id !== null && !msg.method) this.responses.get(msg.id)?.(msg);
      else if (msg.method) {
        this.notifications.push(msg);
        for (const w of [...this.notificationWaiters]) {
          if (w.test(msg)) {
            this.notificationWaiters.splice(this.notificationWaiters.indexOf(w), 1);
            w.resolve(msg);
          }
        }
      }
    });
  }

  raw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  /** A correctly framed message with any body (valid JSON-RPC or not). */
  framed(body: string | Buffer): void {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
  }

  notify(method: string, params: unknown): void {
    this.framed(JSON.stringify({ jsonrpc: '2.0', method, params }));
  }

  request(method: string, params: unknown, id: number | string = this.nextId++): Promise<Response> {
    const answered = new Promise<Response>((resolve) => this.responses.set(id, resolve));
    this.framed(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return answered;
  }

  notification(test: (n: Notification) => boolean): Promise<Notification> {
    const done = this.notifications.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.notificationWaiters.push({ test, resolve }));
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((r) => (this.exited ? r(undefined) : this.proc.once('exit', r)));
  }
}

const diagnosticsFor = (uri: string, version: number) => (n: Notification) =>
  n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; version?: number }).uri === uri && (n.params as { version?: number }).version === version;

describeCorpus('the language server survives a hostile client', () => {
  const uri = 'file:///tmp/robust-2024.referat.md';
  let client: RawClient;
  let text: string;

  /** The proof of life used after every attack: a real request about a real document. */
  async function stillAnswers(): Promise<void> {
    const r = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(r.error, undefined);
    const symbols = r.result as { children?: { name: string }[] }[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]!.children!.filter((c) => c.name.startsWith('Punkt ')).length, 12);
    assert.equal(client.exited, false);
  }

  before(async () => {
    text = readCorpus(CORPUS_2024);
    client = new RawClient();
    const init = await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'da' } });
    assert.ok((init.result as { capabilities: unknown }).capabilities);
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text } });
    await client.notification(diagnosticsFor(uri, 1));
  });

  after(async () => client && (await client.stop()));

  it('ignores a framed message whose body is not JSON', async () => {
    client.framed('{this is not json');
    client.framed(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]));
    await stillAnswers();
  });

  it('ignores JSON that is not JSON-RPC', async () => {
    for (const body of ['null', '42', '"text"', '[1,2,3]', '{}', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":{"x":1},"method":7}']) client.framed(body);
    await stillAnswers();
  });

  it('recovers from bytes that are not even a message header', async () => {
    client.raw('garbage without any header\r\n\r\n');
    client.raw('Content-Type: nothing\r\n\r\n');
    // In the same chunk as the garbage: read at once, not only when more bytes come in.
    const answered = client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(((await answered).result as unknown[]).length > 12);
    await stillAnswers();
  });

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    client.notify('$/somethingNew', { x: 1 });
    client.notify('referat/unknownNotification', null);
    const r = await client.request('referat/doesNotExist', { anything: true });
    assert.equal(r.error?.code, -32601);
    await stillAnswers();
  });

  it('answers requests with broken parameters without crashing', async () => {
    for (const params of [null, {}, { textDocument: null }, { textDocument: { uri: 42 } }]) {
      const symbols = await client.request('textDocument/documentSymbol', params);
      assert.deepEqual(symbols.result ?? [], []);
      const folding = await client.request('textDocument/foldingRange', params);
      assert.deepEqual(folding.result ?? [], []);
    }
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null });
    assert.ok(actions.error === undefined || typeof actions.error.code === 'number');
    await stillAnswers();
  });

  it('answers requests and notifications about documents it never opened', async () => {
    const never = 'file:///never/opened.referat.md';
    assert.deepEqual((await client.request('textDocument/documentSymbol', { textDocument: { uri: never } })).result, []);
    assert.deepEqual((await client.request('textDocument/foldingRange', { textDocument: { uri: never } })).result, []);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual((await client.request('textDocument/codeAction', { textDocument: { uri: never }, range, context: { diagnostics: [] } })).result, []);
    client.notify('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didClose', { textDocument: { uri: never } });
    await stillAnswers();
  });

  it('handles a cancelled request: answers it (result or RequestCancelled) and keeps serving', async () => {
    const pending = client.request('textDocument/documentSymbol', { textDocument: { uri } }, 'cancel-me');
    client.notify('$/cancelRequest', { id: 'cancel-me' });
    client.notify('$/cancelRequest', { id: 'no-such-request' });
    const r = await pending;
    assert.ok(r.result !== undefined || r.error?.code === -32800, `unexpected answer ${JSON.stringify(r)}`);
    await stillAnswers();
  });

  it('survives binary content and edits past the end of the document', async () => {
    const bin = 'file:///tmp/binary.referat.md';
    client.notify('textDocument/didOpen', { textDocument: { uri: bin, languageId: 'referat', version: 1, text: '\u0000\u0001\u0002PNG\u0000\uFFFD'.repeat(100) } });
    const p = (await client.notification(diagnosticsFor(bin, 1))).params as { diagnostics: { code: string }[] };
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['not-text'],
    );
    const far = { start: { line: 100000, character: 5 }, end: { line: 200000, character: 9 } };
    client.notify('textDocument/didChange', { textDocument: { uri: bin, version: 2 }, contentChanges: [{ range: far, text: 'Punkt 1: X' }] });
    await client.notification(diagnosticsFor(bin, 2));
    await stillAnswers();
  });

  it('does not check a 50 MB file: one clear warning instead, and it keeps serving', async function () {
    this.timeout(60_000);
    const huge = 'file:///tmp/huge.referat.md';
    // 50 MB of real minutes, repeated.
    const big = text.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(text)));
    client.notify('textDocument/didOpen', { textDocument: { uri: huge, languageId: 'referat', version: 1, text: big } });
    const p = (await client.notification(diagnosticsFor(huge, 1))).params as { diagnostics: { code: string; severity: number; message: string }[] };
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]!.code, 'file-too-large');
    assert.equal(p.diagnostics[0]!.severity, 2);
    assert.match(p.diagnostics[0]!.message, /for stor.*grænsen er 10,0 MB.*referat\.maxFileSize/);
    assert.deepEqual((await client.request('textDocument/documentSymbol', { textDocument: { uri: huge } })).result, []);
    assert.deepEqual((await client.request('textDocument/foldingRange', { textDocument: { uri: huge } })).result, []);
    client.notify('textDocument/didClose', { textDocument: { uri: huge } });
    await stillAnswers();
  });
});

describe('referat.maxFileSize', () => {
  it('is configurable: a file above a small limit gets the warning, in English when asked', async () => {
    const client = new RawClient();
    try {
      await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'en', settings: { maxFileSize: 0.05 } } });
      client.notify('initialized', {});
      const uri = 'file:///tmp/limit.referat.md';
      const text = readCorpus(CORPUS_2024); // about 0.1 MB
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text } });
      const p = (await client.notification(diagnosticsFor(uri, 1))).params as { diagnostics: { code: string; message: string }[] };
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        ['file-too-large'],
      );
      assert.match(p.diagnostics[0]!.message, /too large to check \(0\.1 MB; the limit is 0\.1 MB\).*referat\.maxFileSize/);
      // Under the limit again (the user cut the file down): checked as usual.
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.slice(0, 20_000) }] });
      const q = (await client.notification(diagnosticsFor(uri, 2))).params as { diagnostics: { code: string }[] };
      assert.ok(!q.diagnostics.some((d) => d.code === 'file-too-large'));
    } finally {
      await client.stop();
    }
  });
});
