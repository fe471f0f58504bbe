import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditRequest,
  CompletionItem,
  CompletionRequest,
  DefinitionRequest,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  InitializeRequest,
  InitializedNotification,
  Location,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  SymbolInformation,
  TextEdit,
  WorkspaceSymbolRequest,
  CodeActionRequest,
  CodeAction,
} from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../support/edits';
import { expandSnippet } from '../support/snippet';
import { spawnServer, stopServer } from '../support/lspServer';
import { CORPUS_2020, CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';

/**
 * The authoring aids over a real stdio connection, as any LSP editor would use them: a
 * workspace folder with a `.referat.json` and minutes on disk that were never opened.
 */
describeCorpus('authoring aids over LSP', () => {
  let proc: ChildProcess;
  let conn: ProtocolConnection;
  let folder: string;
  const published: PublishDiagnosticsParams[] = [];
  const applied: ApplyWorkspaceEditParams[] = [];
  const texts = new Map<string, string>();
  let uri2024: string;
  let uri2020: string;

  const diagnostics = async (uri: string, version: number) => {
    for (let i = 0; i < 400; i++) {
      const p = published.find((x) => x.uri === uri && x.version === version);
      if (p) return p;
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no diagnostics for ${uri} v${version}`);
  };

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-ws-'));
    fs.mkdirSync(path.join(folder, 'arkiv'));
    fs.writeFileSync(path.join(folder, 'arkiv', 'odense-bsu-2020-11-10.referat.txt'), readCorpus(CORPUS_2020));
    fs.writeFileSync(path.join(folder, 'odense-bsu-2024-04-09.referat.md'), readCorpus(CORPUS_2024));
    // The municipality silences empty-section and makes missing-section an error.
    fs.writeFileSync(path.join(folder, '.referat.json'), JSON.stringify({ checks: { 'empty-section': 'off', 'missing-section': 'error' } }));
    uri2024 = pathToFileURL(path.join(folder, 'odense-bsu-2024-04-09.referat.md')).toString();
    uri2020 = pathToFileURL(path.join(folder, 'arkiv', 'odense-bsu-2020-11-10.referat.txt')).toString();

    ({ proc, conn } = spawnServer());
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
    });
    // Apply the server's edits like an editor does, so the document can be checked again.
    conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      applied.push(p);
      return { applied: true };
    });
    conn.listen();
    const init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
      capabilities: { workspace: { applyEdit: true } },
      initializationOptions: { locale: 'da' },
    });
    assert.ok(init.capabilities.completionProvider);
    assert.ok(init.capabilities.definitionProvider);
    assert.ok(init.capabilities.workspaceSymbolProvider);
    assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['referat.renumberItems', 'referat.regenerateContents', 'referat.insertSection', 'referat.fixAll']);
    await conn.sendNotification(InitializedNotification.type, {});
    for (const [uri, file, languageId] of [
      [uri2024, CORPUS_2024, 'referat'],
      [uri2020, CORPUS_2020, 'referat'],
    ] as const) {
      texts.set(uri, readCorpus(file));
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: texts.get(uri)! } });
    }
  });

  after(async () => {
    await stopServer(proc, conn);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reads .referat.json from the workspace folder and merges it over the settings', async () => {
    const p = await diagnostics(uri2020, 1);
    assert.equal(p.diagnostics.filter((d) => d.code === 'empty-section').length, 0, 'empty-section is off');
    const missing = p.diagnostics.filter((d) => d.code === 'missing-section');
    assert.equal(missing.length, 5);
    assert.ok(missing.every((d) => d.severity === 1), 'missing-section is an error here');
  });

  it('completes a missing section at the start of a line, as a snippet in the document’s style', async () => {
    const text = texts.get(uri2020)!;
    const line = text.split('\n').findIndex((l) => l.startsWith('Punkt 9:')) - 1;
    const list = (await conn.sendRequest(CompletionRequest.type, { textDocument: { uri: uri2020 }, position: { line, character: 0 } })) as CompletionItem[];
    const beslutning = list.find((c) => c.label === 'Beslutning');
    assert.ok(beslutning, list.map((c) => c.label).join(', '));
    assert.equal(beslutning.insertTextFormat, 2);
    const edit = beslutning.textEdit as TextEdit;
    // The line above is text: a blank line is put before the heading.
    assert.equal(expandSnippet(edit.newText), '\nBeslutning\n\nOrientering givet.\n');
  });

  it('a typed space offers only the item number after `Punkt `, nowhere else', async () => {
    const text = texts.get(uri2024)!;
    const lines = text.split('\n');
    const decision = lines.findIndex((l) => l === 'Orientering givet.');
    const mid = (await conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: uri2024 },
      position: { line: decision, character: 'Orientering'.length + 1 },
      context: { triggerKind: 2, triggerCharacter: ' ' },
    })) as CompletionItem[];
    assert.deepEqual(mid, []);
  });

  it('goes to the item from its contents entry', async () => {
    const lines = texts.get(uri2024)!.split('\n');
    const entry = lines.findIndex((l) => l.startsWith('B-sag: Gravsted'));
    const loc = (await conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri2024 }, position: { line: entry, character: 10 } })) as Location;
    assert.equal(loc.uri, uri2024);
    assert.equal(lines[loc.range.start.line], '## Punkt 5: B-sag: Gravsted for socialt udsatte borgere');
  });

  it('lists workspace symbols from open documents and from minutes on disk', async () => {
    fs.writeFileSync(path.join(folder, 'arkiv', 'kopi.dagsorden.md'), readCorpus(CORPUS_2024).replace('REFERAT', 'DAGSORDEN'));
    const symbols = (await conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'gravsted' })) as SymbolInformation[];
    const files = symbols.map((s) => path.basename(new URL(s.location.uri).pathname)).sort();
    assert.deepEqual(files, ['kopi.dagsorden.md', 'odense-bsu-2024-04-09.referat.md']);
    assert.ok(symbols.every((s) => s.name === 'Punkt 5: B-sag: Gravsted for socialt udsatte borgere'));
    const all = (await conn.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
    assert.equal(all.length, 36);
  });

  it('executes the renumber command: the server applies the edit, which restores the numbering', async () => {
    const original = texts.get(uri2024)!;
    const broken = original.replace('# Punkt 6:', '# Punkt 9:');
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2024, version: 2 }, contentChanges: [{ text: broken }] });
    const p = await diagnostics(uri2024, 2);
    assert.ok(p.diagnostics.some((d) => d.code === 'item-number-gap'));
    const result = (await conn.sendRequest(ExecuteCommandRequest.type, { command: 'referat.renumberItems', arguments: [uri2024] })) as { applied: boolean };
    assert.equal(result.applied, true);
    const edit = applied[applied.length - 1]!.edit.changes![uri2024]!;
    assert.equal(applyEdits(broken, edit), original);
  });

  it('executes regenerate-contents, insert-section and fix-all; fix-all is also a source action', async () => {
    const text = texts.get(uri2020)!;
    const renamed = text.replace('Punkt 3: ACT-metode', 'Punkt 3: ACT-metoden i praksis');
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2020, version: 2 }, contentChanges: [{ text: renamed }] });
    await diagnostics(uri2020, 2);
    await conn.sendRequest(ExecuteCommandRequest.type, { command: 'referat.regenerateContents', arguments: [{ uri: uri2020 }] });
    const regenerated = applyEdits(renamed, applied[applied.length - 1]!.edit.changes![uri2020]!);
    assert.match(regenerated, /\nACT-metoden i praksis \(Udmøntning af Budget 2021\)\.\.\.\.\.\t11\n/u);

    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2020, version: 3 }, contentChanges: [{ text: regenerated }] });
    const p3 = await diagnostics(uri2020, 3);
    assert.deepEqual(p3.diagnostics.filter((d) => String(d.code).startsWith('contents-')), []);
    await conn.sendRequest(ExecuteCommandRequest.type, { command: 'referat.insertSection', arguments: [uri2020, 12, 'beslutning'] });
    const inserted = applyEdits(regenerated, applied[applied.length - 1]!.edit.changes![uri2020]!);
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2020, version: 4 }, contentChanges: [{ text: inserted }] });
    const p4 = await diagnostics(uri2020, 4);
    assert.equal(p4.diagnostics.filter((d) => d.code === 'missing-section').length, 4);

    // A wrong weekday and a gap in the numbers: both safe, both fixed by the command the user
    // runs; neither is applied by the source action VS Code runs on save (which one is wrong,
    // date or weekday, and whether the numbers should move, is the secretary's call).
    const two = inserted.replace('Mødedato Tirsdag', 'Mødedato Onsdag').replace('Punkt 4: ', 'Punkt 40: ');
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2020, version: 5 }, contentChanges: [{ text: two }] });
    await diagnostics(uri2020, 5);
    const fixAllAction = async () =>
      (await conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: uri2020 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
    assert.deepEqual(await fixAllAction(), [], 'nothing unambiguous to fix: no source.fixAll action');
    await conn.sendRequest(ExecuteCommandRequest.type, { command: 'referat.fixAll', arguments: [uri2020] });
    assert.equal(applyEdits(two, applied[applied.length - 1]!.edit.changes![uri2020]!), inserted);

    // A heading renamed after the contents were written: the contents' title follows the
    // heading (what regenerating the contents would write), and that alone is fixed on save.
    const three = two.replace('Punkt 3: ACT-metoden i praksis', 'Punkt 3: ACT-metoden i drift');
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2020, version: 6 }, contentChanges: [{ text: three }] });
    const p6 = await diagnostics(uri2020, 6);
    const codes = (d: { diagnostics: { code?: unknown }[] }) => d.diagnostics.map((x) => String(x.code)).filter((c) => /^(contents-title|meeting-weekday|item-number-gap)$/u.test(c)).sort();
    assert.deepEqual([...new Set(codes(p6))], ['contents-title', 'item-number-gap', 'meeting-weekday']);
    const onSave = await fixAllAction();
    assert.equal(onSave.length, 1);
    assert.equal(onSave[0]!.kind, 'source.fixAll.referat');
    const edits = onSave[0]!.edit!.changes![uri2020]!;
    assert.equal(edits.length, 1, 'exactly the contents title');
    assert.equal(edits[0]!.newText, 'ACT-metoden i drift (Udmøntning af Budget 2021)');
    const saved = applyEdits(three, edits);
    assert.match(saved, /\nACT-metoden i drift \(Udmøntning af Budget 2021\)\.\.\.\.\.\t11\n/u);
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri2020, version: 7 }, contentChanges: [{ text: saved }] });
    const p7 = await diagnostics(uri2020, 7);
    assert.deepEqual([...new Set(codes(p7))], ['item-number-gap', 'meeting-weekday'], 'the contents title is fixed; weekday and numbering are left to the secretary');
    assert.deepEqual(await fixAllAction(), [], 'saving again changes nothing');
  });
});
