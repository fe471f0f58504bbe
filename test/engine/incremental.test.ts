import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Analysis, TableReuse, analyze, messagesFor, tableCodeLenses, tableHoverAt, tableReviewOf, tablesArithmetic } from '../support/engine';
import { CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';

/**
 * Differential test of the incremental path: an editor passes a `TableReuse` to `analyze`, so
 * tables whose text did not change are moved over from the previous version instead of being
 * worked out again. After every edit of a long random edit sequence on the real 2024 minutes
 * (typing in table cells and in prose, lines inserted, deleted and duplicated above, inside and
 * below tables), everything read from the tables must equal a from-scratch analysis: findings,
 * the arithmetic itself, hovers, code lenses and the review panel. Fixed seed; `npm run
 * test:fuzz` runs many more sequences (REFERAT_FUZZ_RUNS, REFERAT_FUZZ_SEED).
 */
const RUNS = Number(process.env.REFERAT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.REFERAT_FUZZ_SEED ?? 20240409);
/** Sequences and their length: 3 × 40 edits by default, a tenth of the fuzz runs under test:fuzz. */
const SEQUENCES = Math.max(3, Math.round(RUNS / 50));
const EDITS = 40;

type Edit =
  | { readonly kind: 'type-in-cell' | 'type-in-prose'; readonly pick: number; readonly at: number; readonly text: string }
  | { readonly kind: 'delete-in-cell' | 'delete-in-prose'; readonly pick: number; readonly at: number }
  | { readonly kind: 'insert-line'; readonly pick: number; readonly text: string }
  | { readonly kind: 'delete-line' | 'duplicate-line'; readonly pick: number };

const typed = fc.constantFrom('1', '5', '0', '9', ',', '.', '-', ' ', 'a', '\t', '<b>', 'I alt', 'kr.');
const newLine = fc.constantFrom('', 'Ny tekst i referatet.', 'Beløb i 1.000 kr.', 'I alt\t10\t20', 'Post\t5\t10', '<b>I alt</b>\t<b>15</b>\t<b>30</b>', '## Økonomi', 'Punkt 99: Nyt punkt');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('type-in-cell' as const, 'type-in-prose' as const), pick: fc.nat(), at: fc.nat(), text: typed }),
  fc.record({ kind: fc.constantFrom('delete-in-cell' as const, 'delete-in-prose' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert-line' as const), pick: fc.nat(), text: newLine }),
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), pick: fc.nat() }),
);

/** Applies an edit, choosing the cell or line from the current text (so the edits stay where they aim). */
function apply(text: string, doc: Analysis['doc'], e: Edit): string {
  const lines = text.split('\n');
  const cells = doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const tableLines = new Set(doc.tables.flatMap((t) => Array.from({ length: t.range.end.line - t.range.start.line + 1 }, (_, k) => t.range.start.line + k)));
  const prose = lines.map((_, i) => i).filter((i) => !tableLines.has(i));
  const splice = (line: number, from: number, to: number, insert: string) => {
    const l = lines[line]!;
    lines[line] = l.slice(0, from) + insert + l.slice(to);
  };
  switch (e.kind) {
    case 'type-in-cell':
    case 'delete-in-cell': {
      const cell = cells[e.pick % Math.max(1, cells.length)];
      if (!cell) return text;
      const { line, character: start } = cell.range.start;
      const at = start + (e.at % (cell.range.end.character - start + 1));
      if (e.kind === 'type-in-cell') splice(line, at, at, e.text);
      else splice(line, at, Math.min(at + 1, cell.range.end.character), '');
      break;
    }
    case 'type-in-prose':
    case 'delete-in-prose': {
      const line = prose[e.pick % prose.length]!;
      const at = e.at % (lines[line]!.length + 1);
      if (e.kind === 'type-in-prose') splice(line, at, at, e.text);
      else splice(line, at, at + 1, '');
      break;
    }
    case 'insert-line':
      lines.splice(e.pick % (lines.length + 1), 0, e.text);
      break;
    case 'delete-line':
      if (lines.length > 1) lines.splice(e.pick % lines.length, 1);
      break;
    case 'duplicate-line': {
      const i = e.pick % lines.length;
      lines.splice(i, 0, lines[i]!);
      break;
    }
  }
  return lines.join('\n');
}

/** Everything the editor reads from the tables' arithmetic, as comparable text (amounts are BigInts). */
function tableViews(a: Analysis): string {
  const msg = messagesFor('da');
  const hovers = tablesArithmetic(a.doc).flatMap((t) => t.computations.map((c) => tableHoverAt(a.doc, c.stated.range.start, msg)));
  const views = { arithmetic: tablesArithmetic(a.doc), lenses: tableCodeLenses(a.doc, msg), review: tableReviewOf(a.doc, msg), hovers };
  // `table` is the parsed table itself (the same parse in both), and written out many times over.
  return JSON.stringify(views, (k, v: unknown) => (k === 'table' ? undefined : typeof v === 'bigint' ? `${v}n` : v));
}

describeCorpus('incremental re-checking: reused table arithmetic equals a full re-check (differential, fast-check)', () => {
  const original = readCorpus(CORPUS_2024);
  const options = { fileName: 'odense-bsu-2024-04-09.referat.md' };

  it(`after every edit of ${SEQUENCES} random sequences of ${EDITS} edits of the 2024 minutes`, () => {
    const totals = { analysed: 0, reused: 0, moved: 0 };
    fc.assert(
      fc.property(fc.array(edit, { minLength: EDITS, maxLength: EDITS }), (edits) => {
        const reuse = new TableReuse();
        let text = original;
        let previous = analyze(text, { ...options, tableReuse: reuse });
        for (const e of edits) {
          text = apply(text, previous.doc, e);
          const incremental = analyze(text, { ...options, tableReuse: reuse });
          const full = analyze(text, options);
          assert.deepEqual(incremental.findings, full.findings, `findings after ${e.kind}`);
          assert.equal(tableViews(incremental), tableViews(full), `table arithmetic after ${e.kind}`);
          const tables = tablesArithmetic(incremental.doc);
          assert.ok(tables.every((t, i) => t.table === incremental.doc.tables[i] && t.grid.table === t.table), 'arithmetic points at the new parse');
          previous = incremental;
        }
        for (const k of ['analysed', 'reused', 'moved'] as const) totals[k] += reuse.stats[k];
      }),
      { seed: SEED, numRuns: SEQUENCES },
    );
    // The comparison means something only if both reuse paths were taken, many times.
    assert.ok(totals.reused > 100, `tables reused in place: ${totals.reused}`);
    assert.ok(totals.moved > 100, `tables reused after moving: ${totals.moved}`);
    assert.ok(totals.analysed > 0, 'changed tables are worked out again');
  });

  it('reuses every table when the edit is outside the tables, and works out only the table typed in', () => {
    const reuse = new TableReuse();
    const first = analyze(original, { ...options, tableReuse: reuse });
    const tables = first.doc.tables.length;
    assert.equal(reuse.stats.analysed, tables);
    // A word typed into the first prose line of item 1's body: no table changes or moves.
    const line = first.doc.items[0]!.range.start.line + 2;
    const lines = original.split('\n');
    lines[line] = `${lines[line]} x`;
    analyze(lines.join('\n'), { ...options, tableReuse: reuse });
    assert.deepEqual(reuse.stats, { analysed: tables, reused: tables, moved: 0 });
    // A digit typed into a cell of the last table: that table only is worked out again.
    const cell = first.doc.tables[tables - 1]!.rows[1]!.cells[1]!;
    const l = lines[cell.range.start.line]!;
    lines[cell.range.start.line] = `${l.slice(0, cell.range.end.character)}7${l.slice(cell.range.end.character)}`;
    analyze(lines.join('\n'), { ...options, tableReuse: reuse });
    assert.deepEqual(reuse.stats, { analysed: tables + 1, reused: 2 * tables - 1, moved: 0 });
  });
});
