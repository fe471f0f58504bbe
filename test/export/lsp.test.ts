import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ProtocolConnection, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { spawnServer, stopServer } from '../support/lspServer';
import { ROOT } from '../support/paths';

/**
 * `referat/export` on the bundled server (which loads dist/export.js on the first request): the
 * bytes of each format, and the errors the client asks about before writing. The server writes
 * no file.
 */
describe('language server: referat/export', function () {
  this.timeout(120_000);
  const text = fs.readFileSync(path.join(ROOT, 'examples/kfu-2025-03-04.referat.md'), 'utf8');
  const clean = 'file:///tmp/export-lsp/klar.referat.md';
  const wrong = 'file:///tmp/export-lsp/fejl.referat.md';
  let proc: ChildProcess;
  let conn: ProtocolConnection;

  before(async () => {
    ({ proc, conn } = spawnServer('inherit'));
    conn.onNotification(PublishDiagnosticsNotification.type, () => undefined);
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'da' } });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: clean, languageId: 'referat', version: 1, text } });
    const bad = text.replace('<b>I alt</b>\t<b>250</b>', '<b>I alt</b>\t<b>260</b>');
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: wrong, languageId: 'referat', version: 1, text: bad } });
  });

  after(() => stopServer(proc, conn));

  type Reply = { data?: string; errors?: { code: string; line: number }[]; placeholders?: unknown[]; error?: string };

  it('returns Word, PDF and HTML bytes for an open document', async () => {
    const magic = { docx: 'PK', pdf: '%PDF-', html: '<!DOCTYPE html>' } as const;
    for (const format of ['docx', 'pdf', 'html'] as const) {
      const r = (await conn.sendRequest('referat/export', { uri: clean, format })) as Reply;
      assert.equal(r.error, undefined);
      const bytes = Buffer.from(r.data!, 'base64');
      assert.equal(bytes.subarray(0, magic[format].length).toString('latin1'), magic[format], format);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.placeholders, []);
    }
  });

  it('lists the errors with the bytes, for the client to ask about', async () => {
    const r = (await conn.sendRequest('referat/export', { uri: wrong, format: 'html' })) as Reply;
    assert.deepEqual(r.errors!.map((e) => e.code), ['table-sum']);
    assert.equal(text.split('\n')[r.errors![0]!.line]!.startsWith('<b>I alt</b>'), true);
  });

  it('answers with an error, not a crash, for a document it does not have', async () => {
    const r = (await conn.sendRequest('referat/export', { uri: 'file:///tmp/ukendt.referat.md', format: 'pdf' })) as Reply;
    assert.match(r.error!, /not open/);
  });
});
