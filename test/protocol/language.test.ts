import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import {
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PublishedDiagnostics, spawnServer, stopServer } from '../support/lspServer';
import { parseAnnotated } from '../support/annotated';
import { FIXTURES } from '../support/paths';
import { LAYOUT_REQUEST } from '../../server/src/lsp/server';

/** Minutes with one item that lacks its Beslutning: one `missing-section` finding to read. */
const TEXT = ['REFERAT Udvalget d. 09-04-2024', '', 'Mødedato Tirsdag d. 9. april 2024 kl. 08:30', '', 'Punkt 1: Godkendelse', '', 'Resume', '', 'Tekst.', ''].join('\n');

/**
 * `referat.language`: the server speaks Danish unless told otherwise, also when the editor
 * reports English (the usual case: VS Code has no Danish language pack).
 */
describe('the language server speaks Danish by default (referat.language)', () => {
  let proc: ChildProcess;
  let conn: ProtocolConnection;
  let diagnostics: PublishedDiagnostics;
  const next = (version: number, seen: number): Promise<PublishDiagnosticsParams> => diagnostics.next((x) => x.version === version, seen);

  before(async () => {
    ({ proc, conn } = spawnServer());
    diagnostics = new PublishedDiagnostics(conn);
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

    let seen = diagnostics.all.length;
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { language: 'en' } } });
    const en = await next(1, seen);
    assert.match(String(en.diagnostics.find((d) => d.code === 'missing-section')?.message), /Item 1 has no "Beslutning" section/);

    seen = diagnostics.all.length;
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { language: 'da' } } });
    const back = await next(1, seen);
    assert.match(String(back.diagnostics.find((d) => d.code === 'missing-section')?.message), /Punkt 1 mangler/);
  });
});

/**
 * The layout each document is read with, for the status bar (`referat/layout`): named for a
 * document that is not Odense's, in Danish by default and in English with referat.language en.
 */
describe('the language server names the layout of each document (referat/layout)', () => {
  let proc: ChildProcess;
  let conn: ProtocolConnection;

  before(async () => {
    ({ proc, conn } = spawnServer());
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, locale: 'en', capabilities: {} });
    await conn.sendNotification(InitializedNotification.type, {});
  });
  after(async () => proc && (await stopServer(proc, conn)));

  const open = async (name: string): Promise<string> => {
    const uri = `file:///tmp/layout-${name}`;
    const { text } = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'layouts', name), 'utf8'));
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
    return uri;
  };
  const layout = (uri: string) => conn.sendRequest<{ profile: string; itemForm?: string; label: string } | null>(LAYOUT_REQUEST, { uri });

  it('answers the standard profile and numbered items for a Prepare-style minutes, the Odense profile for Odense\'s', async () => {
    const prepare = await layout(await open('prepare.referat.txt'));
    assert.equal(prepare?.profile, 'standard');
    assert.equal(prepare?.itemForm, 'numbered');
    assert.match(String(prepare?.label), /^Opsætning: standard, punkter som /u);
    const odense = await layout(await open('odense.referat.md'));
    assert.equal(odense?.profile, 'odense');
    assert.equal(await layout('file:///tmp/not-open.referat.txt'), null);
  });

  it('names it in English once referat.language is en', async () => {
    const uri = await open('sagnr.referat.txt');
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { language: 'en' } } });
    const en = await layout(uri);
    assert.match(String(en?.label), /^Layout: /u);
    assert.notEqual(en?.profile, 'odense');
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { language: 'da' } } });
    assert.match(String((await layout(uri))?.label), /^Opsætning: /u);
  });
});
