import * as assert from 'node:assert/strict';
import { Finding } from '../../server/src/engine';
import { CORPUS_2020, CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';
import { TABLE_CODES, applyEdits, assertFixed, key, tableFindings } from '../support/tables';

const isTable = (f: Finding) => TABLE_CODES.includes(f.code);
const isError = (f: Finding) => f.code === 'table-sum' || f.code === 'table-relation';

/** The budget tables of the 2024 minutes (1-based first and last line). */
const BUDGET_TABLES_2024: readonly (readonly [number, number])[] = [
  [196, 215], // Drift: nested subtotals, Afvigelse relations
  [274, 284], // Reservationspulje: running balance
  [309, 315], // Beskrivelse – Kr.: I alt row, Afvigelse 2023 = Kassen + Overførsel 2024 + 2025
  [321, 324], // net zero
  [326, 329], // net zero
  [430, 432], // I alt column
  [730, 733], // Anlæg og gravminde i alt
  [744, 747], // Erhvervelse og vedligeholdelse i alt.
];

const AMOUNT = /^(<b>)?(-?)(\d{1,3}(?:\.\d{3})*)(<\/b>)?$/;

interface Mutation {
  readonly line: number; // 0-based
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly replacement: string;
  readonly total: boolean;
  readonly table: readonly [number, number];
}

/** Every amount cell of the budget tables (not the Indstillingspunkt codes), plus 1000 units. */
function mutations(text: string): Mutation[] {
  const lines = text.split('\n');
  const out: Mutation[] = [];
  for (const table of BUDGET_TABLES_2024) {
    const header = lines[table[0] - 1]!.split('\t');
    for (let l = table[0]; l < table[1]; l++) {
      const line = lines[l]!;
      let from = 0;
      line.split('\t').forEach((cell, c) => {
        const start = from;
        from += cell.length + 1;
        const m = AMOUNT.exec(cell);
        if (!m || header[c] === 'Indstillingspunkt') return;
        const value = BigInt((m[2] ?? '') + m[3]!.replace(/\./g, '')) + 1000n;
        const abs = (value < 0n ? -value : value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const replacement = `${m[1] ?? ''}${value < 0n ? '-' : ''}${abs}${m[4] ?? ''}`;
        // Bold cells, I alt and Afvigelse columns, `… i alt` rows: stated totals. The opening
        // balance of the running balance is bold but is the first part, not a total.
        const opening = table[0] === 274 && l === 274;
        const total = !opening && (Boolean(m[1]) || /^(I alt|Afvigelse)/.test(header[c] ?? '') || /i alt|^<b>/i.test(line.split('\t')[0]!));
        out.push({ line: l, start, end: start + cell.length, text: cell, replacement, total, table });
      });
    }
  }
  return out;
}

describeCorpus('table arithmetic on the real minutes', () => {
  const text2024 = readCorpus(CORPUS_2024);
  const original = tableFindings(text2024);

  /** Every rounding difference: the per-table findings' related locations. */
  const roundings = original.flatMap((f) => (f.code === 'table-rounding' ? (f.related ?? []) : []));

  it('2024: one rounding finding for the Drift table, listing exactly the acceptance rows; no errors', () => {
    assert.deepEqual(original.filter(isError).map((f) => f.message), []);
    assert.equal(original.filter(isTable).length, 1, original.map((f) => f.message).join('\n'));
    const [f] = original;
    assert.equal(f!.code, 'table-rounding');
    assert.equal(f!.severity, 'information');
    assert.equal(f!.range.start.line + 1, 197);
    assert.deepEqual([...new Set(roundings.map((r) => r.range.start.line + 1))], [197, 198, 201, 202, 204, 207, 208, 214, 215]);
    assert.match(f!.message, /12 totaler .* i rækkerne «Service», «Med overførselsadgang», «Job»/u);
  });

  it('2024: each rounding difference (a related location) states the stated and the computed value', () => {
    const expect: [number, string, string][] = [
      [197, '1.043.984', '1.043.985'],
      [198, '11.022', '11.021'],
      [201, '4.464', '4.463'],
      [202, '4.023', '4.024'],
      [204, '-780', '-781'],
      [207, '3.850.886', '3.850.887'],
      [207, '86.625', '86.624'],
      [208, '-26.548', '-26.549'],
      [208, '25.936', '25.937'],
      [214, '-7.440', '-7.439'],
      [215, '4.895.122', '4.895.121'],
    ];
    for (const [line, stated, computed] of expect) {
      const here = roundings.filter((f) => f.range.start.line + 1 === line);
      assert.ok(
        here.some((f) => f.message.includes(`angivet til ${stated},`) && f.message.includes(`giver ${computed} `)),
        `${line}: ${here.map((f) => f.message).join(' | ')}`,
      );
    }
    // The range is the stated cell.
    const lines = text2024.split('\n');
    for (const f of [...original, ...roundings]) assert.match(lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character), /^(<b>)?-?[\d.]+(<\/b>)?$/);
  });

  it('2020: tables without totals get no table finding', () => {
    assert.deepEqual(tableFindings(readCorpus(CORPUS_2020)).map((f) => f.message), []);
  });

  const all = mutations(text2024);
  it('has the budget tables’ amounts to mutate', () => assert.ok(all.length > 120, String(all.length)));

  it('every amount of a 2024 budget table changed by 1.000 gives an error in that table', () => {
    const missed: string[] = [];
    for (const m of all) {
      const mutated = applyEdits(text2024, [{ range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } }, newText: m.replacement }]);
      const errors = tableFindings(mutated).filter(isError);
      if (!errors.some((f) => f.range.start.line + 1 >= m.table[0] && f.range.start.line + 1 <= m.table[1])) missed.push(`${m.line + 1}: ${m.text} → ${m.replacement}`);
    }
    assert.deepEqual(missed, []);
  });

  it('a wrong total gets an error on its cell whose quick fix restores the table', () => {
    const problems: string[] = [];
    let fixedCount = 0;
    for (const m of all.filter((x) => x.total)) {
      const range = { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.start + m.replacement.length } };
      const mutated = applyEdits(text2024, [{ range: { start: range.start, end: { line: m.line, character: m.end } }, newText: m.replacement }]);
      const findings = tableFindings(mutated);
      const onCell = findings.filter((f) => isError(f) && f.range.start.line === m.line && f.range.start.character === m.start);
      const withFix = onCell.filter((f) => f.fixes?.length);
      if (withFix.length === 0) {
        problems.push(`${m.line + 1}: ${m.text} → ${m.replacement}: ${onCell.length} errors on the cell, none with a fix`);
        continue;
      }
      for (const f of withFix) {
        const fixed = applyEdits(mutated, f.fixes![0]!.edits);
        const after = tableFindings(fixed);
        assertFixed(findings, f, after);
        assert.deepEqual(after.filter(isError).map((x) => x.message), [], `${m.line + 1}: fixing ${f.message}`);
        // Where the original cell added up exactly, the fix writes back exactly what was there;
        // where it was a rounding difference, the fix writes the computed sum instead.
        const wasRounding = roundings.some((x) => x.range.start.line === m.line && x.range.start.character === m.start);
        if (!wasRounding) {
          assert.deepEqual(after.map(key), original.map(key), `${m.line + 1}: fixing ${f.message}`);
          assert.equal(fixed, text2024, `${m.line + 1}: the fix writes ${f.fixes![0]!.edits[0]!.newText}`);
        }
        fixedCount++;
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(fixedCount > 30, String(fixedCount));
  });
});
