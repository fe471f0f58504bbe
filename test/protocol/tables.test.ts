import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { ProtocolConnection, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { defaultConfig, parseMinutes } from '../../server/src/engine';
import { spawnServer, stopServer } from '../support/lspServer';
import { CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';

/** The bundled server over stdio: hover (tables and the amounts in the text), code lens and the review request on the real minutes. */
describeCorpus('language server: table features', function () {
  this.timeout(20000);
  const text = readCorpus(CORPUS_2024);
  const uri = 'file:///tmp/odense-bsu-2024-04-09.referat.md';
  let proc: ChildProcess;
  let conn: ProtocolConnection;

  before(async () => {
    ({ proc, conn } = spawnServer('inherit'));
    conn.onNotification(PublishDiagnosticsNotification.type, () => undefined);
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'da' } });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text } });
  });

  after(() => stopServer(proc, conn));

  it('hovers a total cell with its parts and the sum', async () => {
    const line = 196; // 0-based: the Service row
    const character = text.split('\n')[line]!.indexOf('1.043.984') + 2;
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string } } | null;
    assert.ok(hover, 'no hover');
    assert.match(hover.contents.value, /Med overførselsadgang/);
    assert.match(hover.contents.value, /1\.043\.985/);
    assert.match(hover.contents.value, /afrundingsdifference/);
  });

  it('hovers an amount in the text with the sum it belongs to and the table cell it agrees with', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('samlet mindreforbrug på drift på 18.747.801 kr.'));
    const character = text.split('\n')[line]!.indexOf('18.747.801') + 3;
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string } } | null;
    assert.ok(hover, 'no hover');
    assert.match(hover.contents.value, /11\.021\.776 − 10\.770\.655 \+ 25\.936\.428 − 7\.439\.748 kr\./);
    assert.match(hover.contents.value, /Stemmer med tabellen: «Beskæftigelses- og Socialudvalget», kolonnen «Overførsel» = 18\.748 \(1\.000 kr\.\)/);
  });

  it('gives one code lens per table with totals, its verdict, opening the panel at that table', async () => {
    const lenses = (await conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { range: { start: { line: number } }; command: { title: string } }[];
    const titles = lenses.map((l) => `${l.range.start.line + 1} ${l.command.title}`);
    // One lens per table with totals, on its first line, with the table's verdict as a sentence.
    assert.deepEqual(
      titles.map((t) => t.split(' ')[0]),
      ['196', '274', '309', '321', '326', '430', '730', '744'],
      titles.join('\n'),
    );
    assert.ok(titles.includes('196 ≈ Tabellen stemmer på nær afrunding i 12 af 68 totaler'), titles.join('\n'));
    assert.ok(titles.includes('309 ✓ Tabellen stemmer: alle 10 totaler passer'), titles.join('\n'));
    // The lens opens the review panel at its own table.
    const drift = lenses.find((l) => l.range.start.line === 195)! as unknown as { command: { command: string; arguments: unknown[] } };
    assert.deepEqual(drift.command.arguments, [uri, 195]);
  });

  it('answers referat/tableReview with every table', async () => {
    const tables = (await conn.sendRequest('referat/tableReview', { uri })) as { title: string; entries: { status: string }[] }[];
    assert.equal(tables.length, parseMinutes(text, defaultConfig).tables.length);
    const drift = tables.find((t) => t.title === 'Punkt 2 · Sagsfremstilling · Drift')!;
    assert.ok(drift, tables.map((t) => t.title).join('\n'));
    assert.equal(drift.entries.filter((e) => e.status === 'rounding').length, 12);
    assert.equal(drift.entries.filter((e) => e.status === 'error').length, 0);
    // Exactly the nine rounding rows of the acceptance are marked in the grid.
    const full = drift as unknown as { rows: { line: number }[]; entries: { status: string; cell: [number, number] }[] };
    const roundingLines = [...new Set(full.entries.filter((e) => e.status === 'rounding').map((e) => full.rows[e.cell[0]]!.line + 1))].sort((a, b) => a - b);
    assert.deepEqual(roundingLines, [197, 198, 201, 202, 204, 207, 208, 214, 215]);
    // Tables with totals first, those without last; named by where they stand.
    const firstWithout = tables.findIndex((t) => t.entries.length === 0);
    assert.ok(firstWithout > 0 && tables.slice(firstWithout).every((t) => t.entries.length === 0));
    assert.ok(tables.every((t) => /^Punkt \d+ · /u.test(t.title)), tables.map((t) => t.title).join('\n'));
  });
});
