import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, parseMinutes } from '../../server/src/engine';
import { Grid, readGrid } from '../../server/src/engine/tables/grid';
import { FIXTURES } from '../support/paths';
import { tableFindings } from '../support/tables';

/**
 * The unit written in the head of a column of amounts (`Post⇥1.000 kr.`, `| Beløb | 1.000 kr. |`)
 * makes the first row a header and gives the table its unit; read as an amount it was added up
 * with the rows, and a total off by exactly 1.000 passed.
 */
function grid(table: string): Grid {
  const grids = parseMinutes(`# Punkt 1: Tabel\n\n## Økonomi\n\n${table}\n`, defaultConfig, {}).tables.map(readGrid);
  assert.equal(grids.length, 1);
  return grids[0]!;
}

function labels(g: Grid): string[] {
  return g.rows.map((r) => r.label);
}

describe('a unit in the head of a column of amounts', () => {
  const heads: [string, string][] = [
    ['1.000 kr.', '1.000 kr.'],
    ['1.000 kr', '1.000 kr'],
    ['(1.000 kr.)', '1.000 kr.'],
    ['i 1.000 kr.', '1.000 kr.'],
    ['Beløb i 1.000 kr.', '1.000 kr.'],
    ['<b>1.000 kr.</b>', '1.000 kr.'],
    ['kr.', 'kr.'],
    ['t.kr.', 't.kr.'],
    ['mio. kr.', 'mio. kr.'],
  ];
  for (const [head, unit] of heads) {
    it(`«Post⇥${head}» is a header row with the unit «${unit}»`, () => {
      const g = grid(`Post\t${head}\nLøn\t1.200\nDrift\t300\nI alt\t1.500`);
      assert.equal(g.headerRows, 1);
      assert.equal(g.unit, unit);
      assert.deepEqual(labels(g), ['Løn', 'Drift', 'I alt']);
    });
  }

  it('in a pipe table, with or without a separator row under the head', () => {
    for (const sep of ['|---|---:|\n', '']) {
      const g = grid(`| Beløb | 1.000 kr. |\n${sep}| Løn | 1.200 |\n| Drift | 300 |\n| I alt | 1.500 |`);
      assert.equal(g.unit, '1.000 kr.');
      assert.deepEqual(labels(g), ['Løn', 'Drift', 'I alt']);
    }
  });

  it('stays an amount in a fee table whose amounts carry kr. too', () => {
    const g = grid('Gebyr\t1.000 kr.\nTillæg\t500 kr.\nI alt\t1.500 kr.');
    assert.equal(g.headerRows, 0);
    assert.deepEqual(labels(g), ['Gebyr', 'Tillæg', 'I alt']);
    assert.equal(g.rows[0]!.cells[0]!.amount.units, 1000n);
  });

  it('stays an amount when it is not 1.000 (a first data row `Løn⇥2.000 kr.`)', () => {
    const g = grid('Løn\t2.000 kr.\nDrift\t300\nI alt\t2.300');
    assert.equal(g.headerRows, 0);
    assert.equal(g.rows.length, 3);
  });

  it('the prepare layout fixture: its total off by 1.000 is a table-sum error', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'layouts', 'prepare.referat.txt'), 'utf8');
    assert.match(text, /^Post\t1\.000 kr\.$/m);
    assert.deepEqual(tableFindings(text).map((f) => f.code), []);
    const off = text.replace(/^I alt\t4\.200$/m, 'I alt\t5.200');
    assert.notEqual(off, text);
    const findings = tableFindings(off);
    assert.deepEqual(findings.map((f) => f.code), ['table-sum']);
    assert.match(findings[0]!.message, /forskel 1\.000; 1\.000 kr\./);
  });
});
