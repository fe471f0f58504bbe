import * as assert from 'node:assert/strict';
import { formatAmount, parseAmount } from '../../server/src/engine';
import { add, formatLike, withinRounding } from '../../server/src/engine/tables/amount';
import { applyEdits, tableFindings } from '../support/tables';

const value = (s: string) => {
  const p = parseAmount(s);
  return p ? formatAmount(p.amount, p.decimals) : undefined;
};

describe('Danish amounts', () => {
  it('reads thousands separators, decimals and every minus', () => {
    assert.equal(value('1.044.235'), '1.044.235');
    assert.equal(value('-20.371'), '-20.371');
    assert.equal(value('−780'), '-780');
    assert.equal(value('÷ 5.000'), '-5.000');
    assert.equal(value('11,5'), '11,5');
    assert.equal(value('<b>1.043.984</b>'), '1.043.984');
    assert.equal(value('**-3.416.667**'), '-3.416.667');
    assert.equal(value('1\u00a0044\u202f235'.replace('\u202f', '\u00a0')), '1.044.235');
    assert.equal(value('\u2009 49.200 \u00a0'), '49.200');
    assert.equal(value('16.700 kr.'), '16.700');
  });

  it('knows percentages and years', () => {
    assert.equal(parseAmount('3,8 %')?.percent, true);
    assert.equal(parseAmount('0,7%')?.percent, true);
    assert.equal(parseAmount('2024')?.yearLike, true);
    assert.equal(parseAmount('2.024')?.yearLike, false);
  });

  it('reads an amount in parentheses as negative, as accounts write it (grouped or with decimals)', () => {
    assert.equal(parseAmount('(12.400)')?.amount.units, -12400n);
    assert.equal(parseAmount('(0,7)')?.amount.units, -7n);
    assert.equal(parseAmount('**(1.250)**')?.bold, true);
    assert.equal(formatAmount({ units: -12500n, scale: 0 }, 0, { minus: '(', grouping: '.' }), '(12.500)');
    assert.equal(parseAmount('– 1.234')?.amount.units, -1234n);
  });

  it('refuses what is not an amount', () => {
    for (const s of ['', 'I alt', '1.5', '1.0000', '12.34.567', '3,7 % (Sep-23)', '<b>117</b> (2022)', '1. indikator', '(50)', '(1.000 kr.)', '(-1.000)', '1,2,3', '--', '1.000 kr. i alt', '.5']) {
      assert.equal(parseAmount(s), undefined, s);
    }
  });

  it('adds decimals exactly (no floating-point drift)', () => {
    let sum = parseAmount('0,1')!.amount;
    for (let i = 0; i < 9; i++) sum = add(sum, parseAmount('0,1')!.amount);
    assert.equal(formatAmount(sum, 1), '1,0');
    assert.equal(formatAmount(add(parseAmount('9.007.199.254.740.993')!.amount, parseAmount('1')!.amount), 0), '9.007.199.254.740.994');
  });

  it('tolerates half a unit per part, not more', () => {
    const one = parseAmount('1')!.amount;
    const two = parseAmount('2')!.amount;
    assert.equal(withinRounding(one, 0, 2), true);
    assert.equal(withinRounding(two, 0, 3), false);
    assert.equal(withinRounding(parseAmount('0,15')!.amount, 1, 3), true);
    assert.equal(withinRounding(parseAmount('0,2')!.amount, 1, 3), false);
  });

  it('writes a value back in the style of the cell', () => {
    const p = parseAmount('<b>−1 000</b>')!;
    assert.equal(formatLike(parseAmount('-2.500')!.amount, 0, p.style), '<b>−2 500</b>');
    assert.equal(formatLike(parseAmount('12,25')!.amount, 1, parseAmount('**3,5**')!.style), '**12,3**');
  });
});

describe('table arithmetic never throws and stays linear', () => {
  it('survives half-typed and garbage tables', () => {
    const junk = [
      '|',
      '| I alt |',
      '\t\t\t',
      'I alt\t<b>\t**\t-\t÷',
      '<b>\t</b>\nI alt\t1.000\t\t\n\t\t2',
      Array.from({ length: 50 }, (_, i) => `<b>x${i}</b>\t${i % 7 === 0 ? '' : String(i * 3)}\t${'9'.repeat(i % 30)}`).join('\n'),
      'a\tb\n'.repeat(3) + '\u0000\t1\n',
    ];
    for (const j of junk) {
      const findings = tableFindings(`# Punkt 1: X\n\n## Økonomi\n\n${j}\n`);
      assert.ok(findings.every((f) => f.code !== 'internal-error'), j);
    }
  });

  // Speed is measured by `npm run bench`, not asserted here; this checks the result on a big table.
  it('checks a 10.000-row table and finds the one wrong total', () => {
    const rows: string[] = ['1.000 kr.\tBudget\tRegnskab\tAfvigelse'];
    let b = 0n;
    let r = 0n;
    const f = (x: bigint) => formatAmount({ units: x, scale: 0 }, 0);
    for (let i = 0; i < 10_000; i++) {
      const bi = BigInt(1000 + ((i * 7) % 5000));
      const ri = BigInt(900 + ((i * 13) % 4000));
      b += bi;
      r += ri;
      rows.push(`Række ${i}\t${f(bi)}\t${f(ri)}\t${f(bi - ri)}`);
    }
    rows.push(`<b>I alt</b>\t<b>${f(b + 50_000n)}</b>\t<b>${f(r)}</b>\t<b>${f(b - r)}</b>`);
    const text = `# Punkt 1: Stor tabel\n\n## Økonomi\n\n${rows.join('\n')}\n`;
    const findings = tableFindings(text);
    const errors = findings.filter((x) => x.severity === 'error');
    assert.equal(errors.length, 2, errors.map((e) => e.message).join('\n')); // the Budget total (10.000 parts tolerate 5.000), and its row's Afvigelse relation
    assert.ok(errors.some((e) => e.code === 'table-sum' && e.message.includes('forskel 50.000')));
    const sum = errors.find((e) => e.code === 'table-sum')!;
    const fixed = applyEdits(text, sum.fixes![0]!.edits);
    assert.equal(tableFindings(fixed).filter((x) => x.severity === 'error').length, 0);
  });
});
