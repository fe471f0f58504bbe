import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Finding, hoverAt, messagesFor, parseMinutes, defaultConfig, tableMatchesOf, textSums, textTableMismatches } from '../../server/src/engine';
import { moneyInProse } from '../../server/src/engine/analysis/money';
import { moneyIn } from '../../server/src/engine/analysis/money';
import { paragraphs } from '../../server/src/engine/analysis/paragraphs';
import { lastPolarity } from '../../server/src/engine/analysis/polarity';
import { nearestBySize, slipsOf } from '../../server/src/engine/analysis/textTables';
import { parseAnnotated } from '../support/annotated';
import { applyEdits } from '../support/edits';
import { CORPUS_2024, FIXTURES, readCorpus, describeCorpus } from '../support/paths';

const PROSE_CODES = new Set(['text-sum', 'text-table']);
const proseFindings = (text: string, locale?: string): Finding[] => analyze(text, { locale }).findings.filter((f) => PROSE_CODES.has(f.code));
const lineOf = (text: string, needle: string): number => {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line contains ${JSON.stringify(needle)}`);
  return i;
};
/** The character offset of `needle` on its line (for hovering on it). */
const at = (text: string, needle: string, shift = 1) => {
  const line = lineOf(text, needle);
  return { line, character: text.split('\n')[line]!.indexOf(needle) + shift };
};
const hover = (text: string, needle: string, locale = 'da') => hoverAt(parseMinutes(text, defaultConfig), at(text, needle), messagesFor(locale))?.markdown ?? '';

/** A one-item document around some prose, for the small cases. */
const minutes = (prose: string) =>
  `# REFERAT Økonomiudvalget 2022-2025 d. 08-04-2025\n\n**Mødedato** Tirsdag d. 08. april 2025 kl. 13:00\n\n# Punkt 1: Sag\n\n00.30.00-S00-9-25\n\n## Resume\n\n${prose}\n\n## Beslutning\n\nGodkendt.\n`;
const amountsIn = (prose: string) => {
  const doc = parseMinutes(minutes(prose), defaultConfig);
  return paragraphs(doc).flatMap((p) => moneyIn(p).map((a) => `${a.text} = ${a.value.units}e-${a.value.scale} (±10^${a.precision}${a.approximate ? ', ca.' : ''})`));
};

describe('numbers in the prose', () => {
  describe('reading amounts of money in running text', () => {
    it('reads amounts whose unit comes first (kr. 250.000, t.kr. 1.200, kr. 1.500.000,-), and no number that goes on', () => {
      assert.deepEqual(amountsIn('Prisen er kr. 250.000 og t.kr. 1.200, i alt kr. 1.500.000,- ekskl. moms.'), [
        'kr. 250.000 = 250000e-0 (±10^0)',
        't.kr. 1.200 = 1200000e-0 (±10^3)',
        'kr. 1.500.000,- = 1500000e-0 (±10^0)',
      ]);
      assert.deepEqual(amountsIn('Der gives kr. 2 mio. i tilskud, kr. 5 % i rabat og tkr 12.5 i alt.'), []);
      const text = minutes('Udgiften er kr. 200.000 i 2026 og kr. 250.000 i 2027, i alt kr. 460.000.');
      const found = proseFindings(text);
      assert.equal(found.length, 1);
      assert.match(found[0]!.message, /kr\. 460\.000/);
      // The fix rewrites the number, not the unit before it.
      assert.equal(applyEdits(text, found[0]!.fixes!.at(-1)!.edits).includes('i alt kr. 450.000.'), true);
    });

    it('reads units into kroner and keeps the precision written', () => {
      assert.deepEqual(amountsIn('Vi bruger 6.300 kr., 27,1 mio. kr., 450 t.kr., 1,25 mia. kr. og 12 kroner.'), [
        '6.300 kr. = 6300e-0 (±10^0)',
        '27,1 mio. kr. = 271000000e-1 (±10^5)',
        '450 t.kr. = 450000e-0 (±10^3)',
        '1,25 mia. kr. = 125000000000e-2 (±10^7)',
        '12 kroner = 12e-0 (±10^0)',
      ]);
    });
    it('reads a written minus, but not a range of years or a list dash', () => {
      assert.deepEqual(amountsIn('Afvigelsen på -10,8 mio. kr. i perioden 2021-2023 kr. til drift.'), ['-10,8 mio. kr. = -108000000e-1 (±10^5)']);
      assert.deepEqual(amountsIn('- 10 mio. kr. til drift'), ['10 mio. kr. = 10000000e-0 (±10^6)']);
    });
    it('marks approximate amounts and ignores numbers without kroner', () => {
      assert.deepEqual(amountsIn('Der er ca. 10 mio. kr. og 223 personer og 3,8 %.'), ['10 mio. kr. = 10000000e-0 (±10^6, ca.)']);
    });
    it('reads the direction of an amount from its wording', () => {
      assert.equal(lastPolarity('et samlet merforbrug på'), 1);
      assert.equal(lastPolarity('Merindtægter fra særligt dyre enkeltsager på'), -1);
      assert.equal(lastPolarity('et mindreforbrug på'), -1);
      assert.equal(lastPolarity('et merforbrug/mindreindtægter på'), 1);
      assert.equal(lastPolarity('Der overføres'), undefined);
    });
    it('knows a digit slip from a different number', () => {
      const slips = slipsOf('187');
      assert.ok(slips.includes('189'));
      assert.ok(slips.includes('178'));
      assert.ok(slips.includes('287'));
      assert.ok(!slips.includes('202'));
      assert.ok(!slips.includes('871'), 'a swap of neighbours only');
      assert.ok(!slips.includes('087') && !slips.includes('1870'), 'the same number of digits, no leading zero');
      assert.equal(new Set(slips).size, slips.length);
    });
    it('finds by a scan the cells nearest in size that a search of the stably sorted cells finds', () => {
      // Sizes from a few values, so that many are equal: the ties are what a scan may get wrong.
      let seed = 1;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      for (let round = 0; round < 3000; round++) {
        const list = Array.from({ length: random(12) }, (_, id) => ({ id, size: random(6) / 2 }));
        const size = random(8) / 2 - 0.25 * random(2);
        const sorted = [...list].sort((a, b) => a.size - b.size);
        let lo = 0;
        while (lo < sorted.length && sorted[lo]!.size < size) lo++;
        const expected = sorted.slice(Math.max(0, lo - 2), lo + 2).map((e) => e.id);
        const seen: number[] = [];
        nearestBySize(list, size, (e) => (seen.push(e.id), false));
        assert.deepEqual(
          [...seen].sort((a, b) => a - b),
          [...expected].sort((a, b) => a - b),
          JSON.stringify({ list, size }),
        );
      }
    });
  });

  describeCorpus('the 2024 minutes: every relation the text states is recognised and verified', () => {
    const text = readCorpus(CORPUS_2024);
    const doc = parseMinutes(text, defaultConfig, { fileName: CORPUS_2024 });
    const sums = textSums(doc);
    const sumAt = (needle: string) => sums.find((s) => s.total.range.start.line === lineOf(text, needle) && text.split('\n')[s.total.range.start.line]!.slice(s.total.range.start.character).startsWith(s.total.text));

    const expected: [string, string, string][] = [
      ['i alt 55.500 kr.', 'inline', '6.300 + 16.700 + 32.500 kr.'],
      ['samlet merforbrug på 27,1 mio. kr. fordelt med', 'list', '6,8 + 55,4 + 2,7 − 37,8 mio. kr.'],
      ['Der overføres 7,7 mio. kr. til 2024 og 11 mio. kr. til 2025', 'transfer', '7,7 + 11 mio. kr.'],
      ['samlet mindreforbrug på drift på 18.747.801 kr.', 'list', '11.021.776 − 10.770.655 + 25.936.428 − 7.439.748 kr.'],
      ['samlet mindreforbrug på 86,9 mio. kr., som inkluderer', 'inclusion', '0,3 + 86,6 mio. kr.'],
      ['De to tiltag nedskriver servicerammen med samlet 17 mio. kr.', 'count', '12,5 + 4,5 mio. kr.'],
    ];
    for (const [needle, pattern, expression] of expected) {
      it(`${pattern}: ${expression}`, () => {
        const sum = sumAt(needle);
        assert.ok(sum, `no sum on the line of ${needle}`);
        assert.equal(sum.pattern, pattern);
        assert.equal(sum.status, 'ok');
        const shown = hoverAt(doc, sum.total.range.start, messagesFor('da'))!.markdown;
        assert.ok(shown.includes(expression), shown);
        assert.match(shown, /Sum i teksten\*\* — stemmer/);
      });
    }

    it('finds no other sum and no relation across the «223 … 217 … i alt 405 personer» sentences', () => {
      assert.equal(sums.filter((s) => s.kind === 'equal').length, expected.length, sums.map((s) => `${s.total.range.start.line + 1} ${s.pattern}`).join('\n'));
      const people = lineOf(text, 'i alt er 405 personer');
      assert.ok(!sums.some((s) => Math.abs(s.total.range.start.line - people) < 4));
    });

    it('verifies the text against the tables: 18.747.801 kr. and 18,7 mio. kr. are the 18.748 of the Drift table (1.000 kr.)', () => {
      assert.deepEqual(textTableMismatches(doc), []);
      const amounts = moneyInProse(doc).flatMap((m) => m.amounts);
      for (const needle of ['18.747.801 kr. fra 2023', 'samlede mindreforbrug på 18,7 mio. kr.', 'overførselsadgang på 18,7 mio. kr.']) {
        const position = at(text, needle.match(/[\d.,]+ (?:mio\. )?kr\./)![0]);
        const amount = amounts.find((a) => a.range.start.line === position.line && a.range.start.character <= position.character && position.character <= a.range.end.character);
        assert.ok(amount, `no verified amount at ${needle}`);
        const cells = tableMatchesOf(doc, amount).map((m) => `${m.row.label}/${m.column.header}=${m.cell.text}`);
        assert.ok(cells.includes('Beskæftigelses- og Socialudvalget/Overførsel=<b>18.748</b>'), cells.join('\n'));
        assert.match(hoverAt(doc, position, messagesFor('da'))!.markdown, /Stemmer med tabellen: «Beskæftigelses- og Socialudvalget», kolonnen «Overførsel» = 18\.748 \(1\.000 kr\.\)/);
      }
    });

    it('does not take «merforbrug på 20,2 mio. kr.» (two areas of a row) for the row or a total', () => {
      const position = at(text, '20,2 mio. kr.');
      assert.ok(!textTableMismatches(doc).some((m) => m.amount.range.start.line === position.line));
      assert.equal(analyze(text).findings.filter((f) => f.range.start.line === position.line).length, 0);
    });

    it('reports nothing from these checks on the real minutes', () => {
      assert.deepEqual(proseFindings(text).map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message}`), []);
    });
  });

  describeCorpus('changing any amount of those relations in the 2024 minutes is flagged', () => {
    const original = readCorpus(CORPUS_2024);
    // [what is changed, replacement, the line the finding must be on (the amount changed or its stated total)]
    const cases: [string, string, string][] = [
      ['gravsted 6.300 kr., anlæggelse', 'gravsted 6.900 kr., anlæggelse', 'i alt 55.500 kr.'],
      ['gravsted 16.700 kr. samt', 'gravsted 16.200 kr. samt', 'i alt 55.500 kr.'],
      ['mindsten til 32.500 kr., i alt', 'mindsten til 35.200 kr., i alt', 'i alt 55.500 kr.'],
      ['i alt 55.500 kr.', 'i alt 55.000 kr.', 'i alt 55.000 kr.'],
      ['merforbrug på 27,1 mio. kr. fordelt med', 'merforbrug på 29,1 mio. kr. fordelt med', 'merforbrug på 29,1 mio. kr. fordelt med'],
      ['børneområdet på 6,8 mio. kr.', 'børneområdet på 8,6 mio. kr.', 'merforbrug på 27,1 mio. kr. fordelt med'],
      ['voksenområdet på 55,4 mio. kr.', 'voksenområdet på 54,5 mio. kr.', 'merforbrug på 27,1 mio. kr. fordelt med'],
      ['kontante ydelser på 2,7 mio. kr.', 'kontante ydelser på 7,2 mio. kr.', 'merforbrug på 27,1 mio. kr. fordelt med'],
      ['enkeltsager på 37,8 mio. kr.', 'enkeltsager på 38,7 mio. kr.', 'merforbrug på 27,1 mio. kr. fordelt med'],
      ['Der overføres 7,7 mio. kr.', 'Der overføres 8,7 mio. kr.', 'Der overføres 8,7 mio. kr.'],
      ['og 11 mio. kr. til 2025', 'og 12 mio. kr. til 2025', 'og 12 mio. kr. til 2025'],
      ['samlede mindreforbrug på 18,7 mio. kr.', 'samlede mindreforbrug på 18,9 mio. kr.', 'samlede mindreforbrug på 18,9 mio. kr.'],
      ['overførselsadgang på 18,7 mio. kr.', 'overførselsadgang på 17,8 mio. kr.', 'overførselsadgang på 17,8 mio. kr.'],
      ['drift på 18.747.801 kr.', 'drift på 18.847.801 kr.', 'drift på 18.847.801 kr.'],
      ['Mindreforbrug på 11.021.776 kr.', 'Mindreforbrug på 11.021.767 kr.', 'drift på 18.747.801 kr.'],
      ['Merforbrug på 10.770.655 kr.', 'Merforbrug på 10.770.565 kr.', 'drift på 18.747.801 kr.'],
      ['Mindreforbrug på 25.936.428 kr.', 'Mindreforbrug på 25.963.428 kr.', 'drift på 18.747.801 kr.'],
      ['Merforbrug på 7.439.748 kr.', 'Merforbrug på 7.439.478 kr.', 'drift på 18.747.801 kr.'],
      ['mindreforbrug på 86,9 mio. kr.', 'mindreforbrug på 89,6 mio. kr.', 'mindreforbrug på 89,6 mio. kr.'],
      ['samlet 17 mio. kr.', 'samlet 19 mio. kr.', 'samlet 19 mio. kr.'],
    ];
    for (const [from, to, where] of cases) {
      it(`${from} → ${to}`, () => {
        assert.ok(original.includes(from), `the minutes lack ${from}`);
        const text = original.replace(from, to);
        const line = lineOf(text, where);
        const found = proseFindings(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
        assert.ok(
          found.some((f) => f.range.start.line === line),
          `nothing on line ${line + 1}: ${found.map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message}`).join(' / ') || 'no finding'}`,
        );
      });
    }

    it('a change of the last digit that rounding could explain is a rounding note at the total', () => {
      const text = original.replace('Der overføres 7,7 mio. kr.', 'Der overføres 7,8 mio. kr.');
      const found = proseFindings(text);
      assert.deepEqual(found.map((f) => [f.code, f.severity, f.range.start.line]), [['text-sum', 'information', lineOf(text, 'Der overføres 7,8')]]);
    });
  });

  describe('quick fixes are applied and checked again', () => {
    const fixture = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'prose-sums.referat.md'), 'utf8')).text;
    const tablesFixture = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'prose-tables.referat.md'), 'utf8')).text;
    it('«Ret totalen» writes the sum of the parts in the total\'s own unit and style, and the sum then adds up', () => {
      const before = proseFindings(fixture);
      const wrong = before.find((f) => f.message.includes('57.500 kr.'))!;
      assert.equal(wrong.fixes?.length, 1);
      assert.equal(wrong.fixes![0]!.safe, false, 'which number is wrong is the writer\'s call');
      assert.equal(wrong.fixes![0]!.title, 'Ret totalen til 55.500');
      const fixed = applyEdits(fixture, wrong.fixes![0]!.edits);
      assert.ok(fixed.includes('32.500 kr., i alt 55.500 kr.\n'));
      const after = proseFindings(fixed);
      assert.equal(after.length, before.length - 1);
      assert.ok(!after.some((f) => f.range.start.line === wrong.range.start.line));
    });
    it('fixes a total of mio. kr. with a decimal comma', () => {
      const wrong = proseFindings(fixture).find((f) => f.message.includes('19,7 mio. kr., men teksten skriver 18,7'))!;
      const fixed = applyEdits(fixture, wrong.fixes![0]!.edits);
      assert.ok(fixed.includes('At det samlede mindreforbrug på 19,7 mio. kr. fra 2023'));
      assert.ok(!proseFindings(fixed).some((f) => f.range.start.line === wrong.range.start.line));
    });
    it('«Ret til … som i tabellen» rewrites the text\'s amount to the table\'s total, rounded as the text writes', () => {
      const before = proseFindings(tablesFixture);
      const slip = before.find((f) => f.message.startsWith('Teksten skriver 18,9 mio. kr.'))!;
      assert.equal(slip.fixes![0]!.title, 'Ret til 18,7 mio. kr. som i tabellen');
      const fixed = applyEdits(tablesFixture, slip.fixes![0]!.edits);
      assert.ok(fixed.includes('et mindreforbrug på 18,7 mio. kr. i 2023, som overføres til 2024.\n\n## Beslutning') || fixed.split('\n').some((l) => l.startsWith('Udvalget har samlet set et mindreforbrug på 18,7 mio. kr.')));
      assert.equal(proseFindings(fixed).length, before.length - 1);
    });
    it('offers no fix where the text is more precise than the table (18.947.801 kr. against 18.748 in 1.000 kr.)', () => {
      const f = proseFindings(tablesFixture).find((x) => x.message.startsWith('Teksten skriver 18.947.801 kr.'))!;
      assert.equal(f.fixes, undefined);
    });
  });

  describeCorpus('hovers and languages', () => {
    const text = readCorpus(CORPUS_2024);
    it('shows a heraf share with its whole', () => {
      const shown = hover(text, '8,5 mio. kr. merindtægter');
      assert.match(shown, /Delbeløb \(«heraf»\)\*\* — stemmer/);
      assert.match(shown, /≤ 23,9 mio\. kr\./);
    });
    it('shows a part\'s sum from the part too, and says nothing on a number that is in no relation', () => {
      assert.ok(hover(text, '55,4 mio. kr.').includes('6,8 + 55,4 + 2,7 − 37,8 mio. kr.'));
      assert.equal(hover(text, '61.000 kr.'), '');
    });
    it('speaks English when asked', () => {
      assert.match(hover(text, '27,1 mio. kr. fordelt', 'en'), /\*\*Sum in the text\*\* — adds up/);
      const fixture = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'prose-sums.referat.md'), 'utf8')).text;
      assert.ok(proseFindings(fixture, 'en').some((f) => f.message.startsWith('The figures in the text do not add up: 6.300 + 16.700 + 32.500 kr. gives 55.500 kr.')));
    });
    it('gives the same findings with CRLF line ends, a BOM and decomposed æøå', () => {
      const fixture = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'prose-sums.referat.md'), 'utf8')).text;
      const key = (f: Finding) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.code} ${f.severity}`;
      const plain = proseFindings(fixture).map(key);
      assert.ok(plain.length >= 8);
      assert.deepEqual(proseFindings(fixture.replace(/\n/g, '\r\n')).map(key), plain);
      assert.deepEqual(proseFindings(`\uFEFF${fixture}`).map(key), plain);
      // NFD moves character offsets on lines with «å»: compare what each range covers instead.
      const covered = (t: string) => (f: Finding) => `${f.range.start.line} ${f.code} ${f.severity} ${t.split('\n')[f.range.start.line]!.slice(f.range.start.character, f.range.end.character).normalize('NFC')}`;
      const nfd = fixture.normalize('NFD');
      assert.notEqual(nfd, fixture);
      assert.deepEqual(proseFindings(nfd).map(covered(nfd)), proseFindings(fixture).map(covered(fixture)));
    });
  });
});
