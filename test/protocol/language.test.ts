import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import {
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { spawnServer, stopServer } from '../support/lspServer';

/** Minutes with one item that lacks its Beslutning: one `missing-section` finding to read. */
const TEXT = ['REFERAT Udvalget d. 09-04-2024', '', 'Mødedato Tirsdag d. 9. april 2024 kl. 08:30', '', 'Punkt 1: Godkendelse', '', 'Resume', '', 'Tekst.', ''].join('\n');

/**
 * `referat.language`: the server speaks Danish unless told otherwise, also when the editor
 * reports English (the usual case: VS Code has no Danish language pack).
 */
describe('the language server speaks Danish by default (referat.language)', () => {
  let proc: ChildProcess;
  let conn: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];
  const next = (version: number, seen: number): Promise<PublishDiagnosticsParams> =>
    new Promise((resolve) => {
      const poll = () => {
        const p = published.slice(seen).find((x) => x.version === version);
        if (p) resolve(p);
        else setTimeout(poll, 20);
      };
      poll();
    });

  before(async () => {
    ({ proc, conn } = spawnServer());
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
    });
    conn.listen();
    // An English editor that says nothing about Referat's language.
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, locale: 'en', capabilities: {} });
    await conn.sendNotification(InitializedNotification.type, {});
  });
  after(async () => proc && (await stopServer(proc, conn)));

  it('answers an English editor in Danish, then in English once referat.language is en, and Danish again', async () => {
    const uri = 'file:///tmp/sprog.referat.txt';
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text: TEXT } });
    const da = await next(1, 0);
    assert.match(String(da.diagnostics.find((d) => d.code === 'missing-section')?.message), /Punkt 1 mangler afsnittet «Beslutning»/);

    let seen = published.length;
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { language: 'en' } } });
    const en = await next(1, seen);
    assert.match(String(en.diagnostics.find((d) => d.code === 'missing-section')?.message), /Item 1 has no "Beslutning" section/);

    seen = published.length;
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { language: 'da' } } });
    const back = await next(1, seen);
    assert.match(String(back.diagnostics.find((d) => d.code === 'missing-section')?.message), /Punkt 1 mangler/);
  });
});
