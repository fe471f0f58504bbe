import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, formatTables, Finding } from '../../server/src/engine';
import { applyEdits } from '../support/edits';
import { CORPUS_2020, CORPUS_2024, FIXTURES, readCorpus } from '../support/paths';

const format = (text: string) => applyEdits(text, formatTables(analyze(text).doc));
// A separator row's dashes are layout, not content: compared as one dash.
const cellsOf = (text: string) => analyze(text).doc.tables.map((t) => t.rows.map((r) => r.cells.map((c) => (r.separator ? c.text.replace(/-+/gu, '-') : c.text))));
const findingsOf = (text: string) => analyze(text).findings.map((f: Finding) => `${f.range.start.line + 1} ${f.code} ${f.message}`);

/** The screen column where each cell of a tab row starts, for a tab size. */
function columnStarts(line: string, tabSize: number): number[] {
  const starts = [0];
  let col = 0;
  for (const ch of line) {
    if (ch === '\t') {
      col = (Math.floor(col / tabSize) + 1) * tabSize;
      starts.push(col);
    } else col++;
  }
  return starts;
}

/** Format Document: tables in readable columns, nothing else changed. */
describe('formatting tables (Format Document / Selection)', () => {
  const fixtureTexts = fs
    .readdirSync(path.join(FIXTURES, 'tables'))
    .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(FIXTURES, 'tables', f), 'utf8').replace(/^%%.*\n/gmu, ''));

  for (const [name, text] of [
    ['the 2024 minutes', readCorpus(CORPUS_2024)],
    ['the 2020 minutes', readCorpus(CORPUS_2020)],
    ...fixtureTexts.map((t, i) => [`table fixture ${i + 1}`, t] as const),
  ] as const) {
    it(`${name}: every cell keeps its text, the findings stay the same, and a second format changes nothing`, () => {
      const formatted = format(text);
      assert.deepEqual(cellsOf(formatted), cellsOf(text));
      assert.deepEqual(findingsOf(formatted), findingsOf(text));
      assert.equal(format(formatted), formatted, 'formatting is idempotent');
      // Only whitespace changed.
      assert.equal(formatted.replace(/[ \t|-]/gu, ''), text.replace(/[ \t|-]/gu, ''));
    });
  }

  it('lines up the 2024 Drift table: each column starts at the same screen column in every row, for tab sizes 4 and 8', () => {
    const text = readCorpus(CORPUS_2024);
    const formatted = format(text).split('\n');
    const header = formatted.findIndex((l) => l.startsWith('1.000 kr.\tKorrigeret budget 2023') || l.startsWith('1.000 kr. '));
    assert.ok(header > 0);
    const rows = formatted.slice(header, header + 20);
    for (const tabSize of [4, 8]) {
      const first = columnStarts(rows[0]!, tabSize);
      for (const row of rows) assert.deepEqual(columnStarts(row, tabSize), first, row);
    }
    // Amounts are right-aligned: the last digit of each amount column ends at the same column.
    const ends = rows.slice(1).map((r) => r.split('\t')[1]!.length);
    assert.equal(new Set(ends).size, 1);
    assert.ok(text !== formatted.join('\n'), 'the table was not aligned before');
  });

  it('lays out a pipe table with padded cells and separator dashes, amounts right', () => {
    const text = '# Punkt 1: Sag\n\n## Økonomi\n\n| Post | 2025 |\n|---|--:|\n| Løn | 1.200 |\n| I alt | 1.200 |\n';
    const formatted = format(text);
    assert.match(formatted, /\| Post  \|  2025 \|\n\| ----- \| ----: \|\n\| Løn   \| 1\.200 \|\n\| I alt \| 1\.200 \|/u);
  });

  it('Format Selection touches only the tables in the selection', () => {
    const text = readCorpus(CORPUS_2024);
    const { doc } = analyze(text);
    const drift = doc.tables.find((t) => /Korrigeret budget 2023/u.test(doc.lines[t.range.start.line]!.text))!;
    const edits = formatTables(doc, { start: { line: drift.range.start.line + 2, character: 0 }, end: { line: drift.range.start.line + 2, character: 1 } });
    assert.ok(edits.length > 0);
    for (const e of edits) assert.ok(e.range.start.line >= drift.range.start.line && e.range.end.line <= drift.range.end.line);
  });

  it('leaves garbage and binary documents alone', () => {
    assert.deepEqual(formatTables(analyze('\u0000\u0001\tbinary\n\t\n').doc), []);
    const ragged = 'a\tb\n\tc\td\te\nf\n';
    assert.deepEqual(cellsOf(format(ragged)), cellsOf(ragged));
  });
});
