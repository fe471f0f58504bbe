import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { findDates } from '../../server/src/engine/analysis/dates';
import { endsWithColon, isListLine } from '../../server/src/engine/analysis/paragraphs';
import { sentenceSpans } from '../../server/src/engine/analysis/prose';
import { DANISH_MONTHS } from '../../server/src/engine/parse/header';

/**
 * The prose scans skip work with cheap tests before their regular expressions; each must find
 * exactly what the plain expression finds. Checked here against the plain versions on text made
 * of the pieces that matter (digits, stops, month names in any case, the kelvin sign and long s
 * that case-blind Unicode matching folds to `k` and `s`).
 */
const PIECES = ['1', '9', '24', '2024', '12345', '.', '. ', ' ', '\u00a0', '\n', 'den ', 'tirsdag ', 'd. ', 'x', ':', ' :', '- ', '12) ', '\u2013 ', ...DANISH_MONTHS, 'APRIL', 'Maj', 'o\u212Atober', '\u017Feptember'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

/** The date scan as it was: the expression run over every position of the line. */
function datesByScan(line: string): { day: number; start: number; end: number }[] {
  const core = new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(${DANISH_MONTHS.join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'giu');
  return [...line.matchAll(core)].map((m) => ({ day: Number(m[1]), start: m.index!, end: m.index! + m[0].length }));
}

describe('prose scans: pre-tests find what the plain expressions find', () => {
  it('dates are tried only where a day can start, and none is missed', () => {
    fc.assert(
      fc.property(text, (line) => {
        const found = findDates(line).map((d) => ({ day: d.date.day, end: d.end }));
        assert.deepEqual(found, datesByScan(line).map((d) => ({ day: d.day, end: d.end })));
      }),
      { seed: 20240409, numRuns: 2000 },
    );
  });

  it('a month is numbered as the locale-aware lowering would', () => {
    for (const line of ['9. APRIL 2024', '9. o\u212Atober 2024', '9. \u017Feptember 2024']) {
      const [d] = findDates(line);
      const name = /\d\.\s*(\S+)/.exec(line)![1]!;
      assert.equal(d?.date.month, DANISH_MONTHS.indexOf(name.toLocaleLowerCase('da')) + 1, line);
    }
  });

  it('sentences end where the plain expression ends them', () => {
    const pieces = ['.', '. ', '!', '? ', ' ', '\u00a0', '\n', '«', '”', '"', 'Der', 'der', 'Å', 'É', '\u{1D400}', '6.300', 'kr.', 'x', '\u2028'];
    const sentenceText = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    const byScan = (line: string) => {
      const spans: { start: number; end: number }[] = [];
      let start = 0;
      for (const m of line.matchAll(/[.!?](?=\s+["”«]?\p{Lu})/gu)) {
        spans.push({ start, end: m.index! + 1 });
        start = m.index! + 1;
      }
      spans.push({ start, end: line.length });
      return spans;
    };
    fc.assert(
      fc.property(sentenceText, (line) => assert.deepEqual(sentenceSpans(line), byScan(line))),
      { seed: 20240409, numRuns: 3000 },
    );
  });

  it('list lines and colons are read as trimStart/trimEnd would', () => {
    fc.assert(
      fc.property(text, (line) => {
        assert.equal(endsWithColon(line), line.trimEnd().endsWith(':'));
        const c = line.trimStart()[0];
        const plain = c !== undefined && /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/.test(line);
        assert.equal(isListLine(line), plain);
      }),
      { seed: 20240409, numRuns: 2000 },
    );
  });
});
