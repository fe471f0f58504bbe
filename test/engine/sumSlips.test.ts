import * as assert from 'node:assert/strict';
import { analyze, hoverAt, messagesFor } from '../../server/src/engine';
import { applyEdits } from '../support/edits';

/** A sum in the text with a slipped part: 16.800 in the text, 16.700 in the item's table. */
const TEXT = [
  '# REFERAT Udvalget 2022-2025 d. 09-04-2024',
  '',
  '**Mødedato** Tirsdag d. 9. april 2024 kl. 08:30',
  '',
  '# Punkt 1: Tilskud',
  '',
  '00.30.00-S00-1-24',
  '',
  '## Resume',
  '',
  'Udgifterne er 16.800 kr. til løn og 38.800 kr. til drift, i alt 55.500 kr.',
  '',
  '## Beslutning',
  '',
  'Godkendt.',
  '',
  '## Økonomi',
  '',
  'Kr.\t2024',
  'Løn\t16.700',
  'Drift\t38.800',
  'I alt\t55.500',
  '',
].join('\n');

describe('a sum in the text that disagrees with the table: fixes in both directions', () => {
  const { doc, findings } = analyze(TEXT);
  const f = findings.find((x) => x.code === 'text-sum')!;

  it('names the table cell the slipped part should match, and points at it', () => {
    assert.ok(f, findings.map((x) => x.message).join('\n'));
    assert.match(f.message, /Tabellen har 16\.700 \(Kr\.\) i «Løn», kolonnen «2024», hvor teksten skriver 16\.800 kr\.$/u);
    assert.ok(f.related!.some((r) => r.range.start.line === 19));
  });

  it('offers first to change the part to the table, then the total; both check clean', () => {
    assert.deepEqual(f.fixes!.map((x) => x.title), ['Ret 16.800 til 16.700 som i tabellen', 'Ret totalen til 55.600']);
    const toTable = applyEdits(TEXT, f.fixes![0]!.edits);
    assert.match(toTable, /Udgifterne er 16\.700 kr\. til løn/u);
    assert.deepEqual(analyze(toTable).findings.map((x) => x.code), []);
    const total = applyEdits(TEXT, f.fixes![1]!.edits);
    assert.deepEqual(analyze(total).findings.filter((x) => x.code === 'text-sum'), []);
  });

  it('the hover on the slipped amount shows the table cell', () => {
    const hover = hoverAt(doc, { line: 10, character: 16 }, messagesFor('da'))!;
    assert.match(hover.markdown, /Tabellen har 16\.700 \(Kr\.\) i «Løn», kolonnen «2024» — 16\.800 kr\./u);
  });

  it('offers only the total when the table does not say which part slipped', () => {
    const other = TEXT.replace('Løn\t16.700', 'Løn\t16.800').replace('I alt\t55.500', 'I alt\t55.600');
    const g = analyze(other).findings.find((x) => x.code === 'text-sum')!;
    assert.deepEqual(g.fixes!.map((x) => x.title), ['Ret totalen til 55.600']);
  });
});
