import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { defaultConfig, parseMinutes } from '../../server/src/engine';
import { parseAmount } from '../../server/src/engine/tables/amount';
import { CaselessPattern } from '../../server/src/engine/tables/caseless';
import { mayHoldUnit, mayHoldUnitMarked, stripMarkup } from '../../server/src/engine/tables/markup';
import { inferColumnRelations } from '../../server/src/engine/tables/columnRelations';
import { Grid, readGrid } from '../../server/src/engine/tables/grid';
import { numericGrid } from '../../server/src/engine/tables/numericGrid';
import { IntegerMap } from '../../server/src/engine/tables/integerMap';
import { inferTotalRows } from '../../server/src/engine/tables/rowTotals';
import { CORPUS_2020, CORPUS_2024, FIXTURES, ROOT, readCorpus } from '../support/paths';
import { syntheticMinutes } from '../support/synthetic';
import { Line, linesHolding, normalizeText, splitLines } from '../../server/src/engine/text/lines';

/**
 * The row-total and column-relation searches add up in exact plain numbers when a table's
 * amounts allow it (`NumericGrid`) and in BigInt `Amount`s otherwise. Both ways must find the
 * same totals and relations: here both run on the same tables (real, fixtures, random, and
 * tables whose amounts pass 2^53, where only the fallback can be exact).
 */

function grids(text: string): Grid[] {
  return parseMinutes(text, defaultConfig, {}).tables.map(readGrid);
}

/** The structure found, with rows as indices (comparable between runs). */
function structure(grid: Grid, fast: boolean): unknown {
  const numbers = fast ? numericGrid(grid) : undefined;
  if (fast) assert.ok(numbers || grid.columns.length === 0, 'the fast path is not taken');
  const index = new Map(grid.rows.map((r, i) => [r, i]));
  const totals = grid.columns.length > 0 ? inferTotalRows(grid, numbers) : [];
  const relations = grid.columns.length > 1 ? inferColumnRelations(grid, numbers) : [];
  return {
    totals: totals.map((t) => ({ row: index.get(t.row), parts: t.parts.map((p) => index.get(p)), layout: t.layout, declared: t.declared, guessed: t.guessed })),
    relations,
  };
}

function assertSameBothWays(text: string): void {
  for (const grid of grids(text)) {
    if (!numericGrid(grid)) continue;
    assert.deepEqual(structure(grid, true), structure(grid, false));
  }
}

/** `1.234.567,5` from units and a scale. */
function danish(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `,${digits.slice(digits.length - scale)}` : ''}`;
}

interface TableSpec {
  /** Per row, per column, units (null: empty cell). */
  readonly rows: readonly (readonly (bigint | null)[])[];
  readonly scales: readonly number[];
  /** Rows (by index) set in bold, after which an `I alt` of all previous rows follows. */
  readonly bold: readonly boolean[];
  readonly total: 'exact' | 'off' | 'none';
  /** After row r: an unnamed subtotal of rows r−1 and r (exact, or one column off by 3). */
  readonly subtotals: readonly ('none' | 'exact' | 'off')[];
}

/** A budget table in tab syntax: years, an `Afvigelse` column = first − second, an optional `I alt`. */
function tableText(spec: TableSpec, factor: bigint): string {
  const width = spec.scales.length;
  const header = ['Beløb i 1.000 kr.', ...spec.scales.map((_, c) => `${2024 + c}`), 'Afvigelse'].join('\t');
  const lines = [header];
  const sums = new Array<bigint>(width).fill(0n);
  spec.rows.forEach((row, r) => {
    const cells = row.map((u, c) => (u === null ? '' : danish(u * factor, spec.scales[c]!)));
    const scale = Math.max(spec.scales[0]!, spec.scales[1]!);
    const at = (c: number) => (row[c] ?? 0n) * factor * 10n ** BigInt(scale - spec.scales[c]!);
    const deviation = danish(at(0) - at(1), scale);
    row.forEach((u, c) => (sums[c]! += (u ?? 0n) * factor));
    const label = spec.bold[r] ? `**Område ${r + 1}**` : `Område ${r + 1}`;
    lines.push([label, ...cells, deviation].join('\t'));
    const subtotal = spec.subtotals[r] ?? 'none';
    if (r > 0 && subtotal !== 'none') {
      const pair = row.map((u, c) => danish(((u ?? 0n) + (spec.rows[r - 1]![c] ?? 0n) + (subtotal === 'off' && c === 0 ? 3n : 0n)) * factor, spec.scales[c]!));
      lines.push([`Delsum ${r + 1}`, ...pair, ''].join('\t'));
    }
  });
  if (spec.total !== 'none') {
    const cells = sums.map((s, c) => danish(c === 0 && spec.total === 'off' ? s + 7n * factor : s, spec.scales[c]!));
    lines.push(['I alt', ...cells, ''].join('\t'));
  }
  return `# Punkt 1: Budget\n\n## Økonomi\n\n${lines.join('\n')}\n`;
}

const tableSpec: fc.Arbitrary<TableSpec> = fc.integer({ min: 2, max: 4 }).chain((width) =>
  fc.record({
    scales: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(fc.option(fc.bigInt({ min: -50_000n, max: 500_000n }), { freq: 6, nil: null }), { minLength: width, maxLength: width }), { minLength: 2, maxLength: 12 }),
    bold: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    total: fc.constantFrom('exact' as const, 'off' as const, 'none' as const),
    subtotals: fc.array(fc.constantFrom('none' as const, 'none' as const, 'exact' as const, 'off' as const), { minLength: 12, maxLength: 12 }),
  }),
);

describe('table arithmetic in exact numbers and in BigInt', () => {
  it('finds the same totals and relations on the real minutes, the fixtures and the examples', () => {
    const texts = [readCorpus(CORPUS_2020), readCorpus(CORPUS_2024)];
    for (const dir of [FIXTURES, path.join(ROOT, 'examples')]) {
      for (const f of fs.readdirSync(dir)) if (/\.(md|txt)$/.test(f)) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
    texts.push(syntheticMinutes({ items: 3, tableRows: 120 }), syntheticMinutes({ items: 1, tableRows: 3000 }));
    for (const text of texts) assertSameBothWays(text);
  });

  it('finds the same on random budget tables (fixed seed)', () => {
    fc.assert(fc.property(tableSpec, (spec) => assertSameBothWays(tableText(spec, 1n))), { seed: 20240409, numRuns: 300 });
  });

  it('falls back to BigInt beyond 2^53 and finds what the same table finds in small numbers', () => {
    // Every amount times 10^12: the largest pass 2^53, where a double would round them.
    const big = 10n ** 12n;
    fc.assert(
      fc.property(tableSpec, (spec) => {
        const small = grids(tableText(spec, 1n));
        const large = grids(tableText(spec, big));
        assert.equal(small.length, large.length);
        small.forEach((grid, i) => {
          const wide = large[i]!;
          if (!numericGrid(grid) || grid.columns.length !== wide.columns.length) return;
          if (spec.rows.some((r) => r.some((u) => u !== null && (u < 0n ? -u : u) * big > 2n ** 53n))) assert.equal(numericGrid(wide), undefined);
          // Scaling every amount scales every difference: exact sums stay exact, off stays off.
          // (Rounding allowances do not scale, so only tables without decimals compare.)
          if (grid.columns.some((c) => c.decimals > 0)) return;
          assert.deepEqual(structure(wide, false), structure(grid, true));
        });
      }),
      { seed: 20240409, numRuns: 200 },
    );
  });
});

describe('IntegerMap, the row-total search\'s map of prefix sums', () => {
  it('answers as a Map does over random sets, gets and deletes (negative keys, keys past 2^32)', () => {
    const key = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.integer({ min: -(2 ** 20), max: 2 ** 20 }).map((k) => k * 2 ** 32), // equal low halves
      fc.integer({ min: -(2 ** 20), max: 2 ** 20 }).map((k) => k * 2 ** 32 + 7),
    );
    // A pool of keys, then operations on them: the map is made for exactly the pool, so it runs
    // half full, where probe runs are common and a delete must shift the run back; small pools
    // (a table of 8 or 16 slots), so runs often wrap past the table's end too.
    const ops = fc.uniqueArray(key, { minLength: 1, maxLength: 8 }).chain((pool) =>
      fc.tuple(fc.constant(pool), fc.array(fc.tuple(fc.constantFrom('set', 'set', 'get', 'delete'), fc.constantFrom(...pool), fc.nat(1_000_000)), { maxLength: 400 })),
    );
    fc.assert(
      fc.property(ops, ([pool, steps]) => {
        const map = new IntegerMap(pool.length);
        const model = new Map<number, number>();
        for (const [what, k, v] of steps) {
          if (what === 'set') {
            map.set(k, v);
            model.set(k, v);
          } else if (what === 'delete') {
            map.delete(k);
            model.delete(k);
          }
          for (const p of pool) assert.equal(map.get(p), model.get(p) ?? -1);
        }
      }),
      { seed: 20240409, numRuns: 300 },
    );
  });
});

describe('reading amounts without allocating', () => {
  it('reads numbers past 15 digits through their digits, like shorter ones', () => {
    for (const [text, units, scale] of [
      ['999.999.999.999.999', 999_999_999_999_999n, 0],
      ['1.000.000.000.000.000', 1_000_000_000_000_000n, 0],
      ['-9.007.199.254.740.993', -9_007_199_254_740_993n, 0],
      ['123456789012345678,25', 12_345_678_901_234_567_825n, 2],
      ['99.999.999.999.999,99', 9_999_999_999_999_999n, 2],
      ['0,000000000000000001', 1n, 18],
    ] as const) {
      assert.deepEqual(parseAmount(text)?.amount, { units, scale }, text);
    }
  });

  it('passes over a text for a unit only when stripping its markup could not make one', () => {
    const piece = fc.constantFrom('k', 'K', '\u212a', 'r', 'R', 'kr', '<b>', '</b>', '<', '>', '<i x>', '**', '__', '*', '_', ' ', '\u00a0', 'a', '1.000', 'mio.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        assert.ok(mayHoldUnitMarked(s) || !mayHoldUnit(stripMarkup(s)), JSON.stringify(s));
      }),
      { seed: 20240409, numRuns: 3000 },
    );
  });
});

describe('text scans by expression', () => {
  const piece = fc.constantFrom('a', 'Æ', 'ø', ' ', '  ', '\u00a0', '\t', '\u2009', '\u202f', '\u3000', '\ufeff', '\u0301', 'e\u0301', '<b>', '</b>', '**', '__', '*', '_', '<', '>', '1.000', 'kr.', '\u2028', '\u1680');

  it('stripMarkup returns what stripping returns, also when it decides without stripping', () => {
    const slow = (s: string) => s.replace(/<\/?[a-z][^>]*>|\*\*|__/gi, '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const s = pieces.join('');
        assert.equal(stripMarkup(s), slow(s), JSON.stringify(s));
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  /** `linesHolding`'s marks are what a search of each line for the needle says. */
  function assertMarksAsSearched(text: string, lines: readonly Line[], marks: Uint8Array | undefined, needle: string): void {
    const expected = lines.map((l) => (l.text.includes(needle) ? 1 : 0));
    assert.deepEqual(marks ? [...marks] : lines.map(() => 0), expected, JSON.stringify(text));
  }

  it('linesHolding finds the same lines whether it searches the whole needle or its tail', () => {
    const bits = fc.constantFrom('ndstillingspunkt', 'indstillings', 'punkt', 'NDSTILLINGSPUNKT', 'PUNKT', 'n', 'd', 'spunkt', '\n', ' ', 'Indstillingspunkt 2');
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        const lines = splitLines(text);
        for (const needle of ['ndstillingspunkt', 'NDSTILLINGSPUNKT']) {
          const whole = linesHolding(text, lines, needle);
          const byTail = linesHolding(text, lines, needle, needle.slice(-5));
          assert.deepEqual(byTail && [...byTail], whole && [...whole], JSON.stringify(text));
          // and both are what a search of each line says
          assertMarksAsSearched(text, lines, whole, needle);
        }
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });

  it('linesHolding marks the lines holding a needle many times (tab rows; CR, LF and CRLF breaks) as a search of each line does', () => {
    const bits = fc.constantFrom('\t', '\t\t', 'a\tb', 'punkt', 'pun', 'kt', '\n', '\r\n', '\r', ' ', 'x');
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        const lines = splitLines(text);
        for (const [needle, tail] of [['\t', '\t'], ['punkt', 'punkt'], ['punkt', 'kt'], ['\tb', 'b']] as const) assertMarksAsSearched(text, lines, linesHolding(text, lines, needle, tail), needle);
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  it('normalizeText returns the full normalisation, also on its fast path', () => {
    const full = (s: string) => s.replace('\uFEFF', '').normalize('NFC').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const s = pieces.join('');
        assert.equal(normalizeText(s), full(s), JSON.stringify(s));
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});

describe('caseless patterns without the u flag', () => {
  it('answer as the iu pattern does, on texts with and without the Kelvin sign, the long s and the Ångström sign', () => {
    const patterns = [
      /^(?:i alt|total|totalt|sum|samlet\b.*|.*\bi alt|.*\btotal)[.:]?\*?$/,
      /^(?:afvigelse|saldo|ændring|mer-?\/mindreforbrug)\b/,
      /^(?:nr\.?|løbe-?nr\.?|kode|konto(?:nr\.?)?|år|årstal|side)$/,
      /\b1\.000\s*kr\.?|\bt\.?\s?kr\.?|\bmio\.?\s*kr\.?|\bkr\.?(?=$|[\s)])/,
    ];
    const piece = fc.constantFrom('I alt', 'i ALT', 'Total', 'SUM', 'ſum', 'Samlet', 'afvigelse', 'Saldo', 'ændring', 'ÆNDRING', 'mer/mindreforbrug', 'nr.', 'Løbe-nr', 'KODE', '\u212aode', 'konto', 'År', '\u212br', 'årstal', 'side', 'ſide', '1.000 kr.', 'T.KR', 'mio. \u212ar', 'kr', ' ', '.', ':', '*', ')', '\u00a0', 'x', 'ı', 'İ', '\ud83d\ude00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.integer({ min: 0, max: patterns.length - 1 }), (pieces, p) => {
        const s = pieces.join('');
        const pattern = patterns[p]!;
        const caseless = new CaselessPattern(pattern);
        const unicode = new RegExp(pattern.source, 'iu');
        assert.equal(caseless.test(s), unicode.test(s), JSON.stringify(s));
        assert.deepEqual(caseless.exec(s)?.[0], unicode.exec(s)?.[0], JSON.stringify(s));
      }),
      { seed: 20240409, numRuns: 5000 },
    );
  });
});
