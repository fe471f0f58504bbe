import * as assert from 'node:assert/strict';
import { analyze } from '../support/engine';

/**
 * Gaps left by session 19 (issue 13), each closed at its root: contents entries of PDF
 * transcripts against headings with a case-type mark, an agenda item right after a numbered
 * recommendation, the name and skeleton of glued numbers.
 */
const serious = (text: string, fileName = 'møde.referat.txt') =>
  analyze(text, { fileName })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.range.start.line + 1} ${f.code}`);

const item = (n: number, title: string, journal: string) => [`${n}. ${title}`, '', `Sagsnr.: ${journal}`, '', 'Indstilling', 'Direktionen indstiller, at sagen godkendes.', '', 'Beslutning i Byrådet den 17. december 2025:', 'Godkendt.', ''];

describe('layout gaps (session 20)', () => {
  describe('contents entries against headings with a case-type mark', () => {
    const doc = (entries: readonly string[]) =>
      [
        'Referat fra møde i Byrådet',
        '',
        'Dato: Onsdag, 17. december 2025 - 17:00',
        '',
        'Indholdsfortegnelse',
        '',
        ...entries,
        '',
        ...item(1, 'Godkendelse af dagsorden (B)', '00.22.00-A00-1-25'),
        ...item(2, 'Udpegning af medlem til Ældrerådet. (B)', '00.01.10-A00-4-25'),
        ...item(3, 'Salg af ejendom (B)', '82.02.00-G10-2-25'),
      ].join('\n');
    it('a full stop before `(B)` in the heading, none in the entry (dot leaders: the entry is whole)', () => {
      assert.deepEqual(serious(doc(['1. Godkendelse af dagsorden ........ 2', '2. Udpegning af medlem til Ældrerådet ........ 3', '3. Salg af ejendom ........ 4'])), []);
    });
    it('a page number after one space (a PDF transcript) with the full stop or an access mark before it', () => {
      assert.deepEqual(serious(doc(['1. Godkendelse af dagsorden2', '2. Udpegning af medlem til Ældrerådet 3', '3. Salg af ejendom (Lukket punkt) 4'])), []);
    });
    it('a different title is still one', () => {
      assert.deepEqual(serious(doc(['1. Godkendelse af dagsorden2', '2. Udpegning af medlem til Handicaprådet 3', '3. Køb af ejendom (Lukket punkt) 4'])), ['8 contents-title', '9 contents-title']);
    });
  });
});
