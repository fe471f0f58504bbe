import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertAnnotatedFindings, parseAnnotated } from '../support/annotated';
import { FIXTURES } from '../support/paths';
import { applyEdits, assertFixed, tableFindings } from '../support/tables';
import { analyze, messagesFor, tableHoverAt } from '../../server/src/engine';
import type { TextEdit } from '../../server/src/engine';

const DIR = path.join(FIXTURES, 'tables');

/**
 * One fixture per table shape: each must give exactly the table findings its `%%` annotations
 * mark, and every quick fix offered must make its finding go away without a new one appearing.
 */
describe('table arithmetic fixtures', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.referat\.(md|txt)$/.test(f));
  it('has a fixture per shape', () => assert.ok(files.length >= 10, `only ${files.length} fixtures`));
  for (const file of files) {
    const { text, expected } = parseAnnotated(fs.readFileSync(path.join(DIR, file), 'utf8'));
    it(`${file}: exactly the annotated findings`, () => {
      assertAnnotatedFindings(tableFindings(text), expected);
    });
    it(`${file}: every quick fix removes its finding and adds none`, () => {
      const findings = tableFindings(text);
      for (const f of findings.filter((x) => x.fixes?.length)) {
        const fixed = applyEdits(text, f.fixes![0]!.edits);
        const after = tableFindings(fixed);
        assertFixed(findings, f, after);
      }
    });
  }

  it('offers a fix for every sum error of a flat table, keeping bold and separators', () => {
    const { text } = parseAnnotated(fs.readFileSync(path.join(DIR, 'flat-total.referat.md'), 'utf8'));
    const errors = tableFindings(text).filter((f) => f.severity === 'error');
    assert.equal(errors.length, 2);
    assert.deepEqual(errors.map((f) => f.fixes?.[0]?.edits[0]?.newText), ['1.500', '<b>49.200</b>']);
  });

  it('does not offer a fix that would break another total', () => {
    const { text } = parseAnnotated(fs.readFileSync(path.join(DIR, 'nested.referat.md'), 'utf8'));
    const findings = tableFindings(text);
    const relation = findings.find((f) => f.code === 'table-relation')!;
    const sum = findings.find((f) => f.code === 'table-sum')!;
    assert.equal(sum.fixes?.[0]?.edits[0]?.newText, '<b>2.700</b>');
    // The wrong `Afvigelse` is the same slip: its fix changes Regnskab (the one wrong number), never Afvigelse.
    assert.deepEqual(relation.fixes?.[0]?.edits, sum.fixes?.[0]?.edits);
  });

  describe('nested totals: one slip, one fix; otherwise the hover says why there is none', () => {
    const { text } = parseAnnotated(fs.readFileSync(path.join(DIR, 'nested-slip.referat.md'), 'utf8'));
    const lines = text.split('\n');
    const findings = tableFindings(text).filter((f) => f.severity === 'error');
    const inTable = (n: number) => {
      const starts = lines.flatMap((l, i) => (l.startsWith('1.000 kr.') ? [i] : []));
      return findings.filter((f) => f.range.start.line > starts[n]! && (starts[n + 1] === undefined || f.range.start.line < starts[n + 1]!));
    };
    /** The errors left in table n after a fix (the other tables keep theirs). */
    const errorsLeftIn = (n: number, fixed: string) => {
      const starts = fixed.split('\n').flatMap((l, i) => (l.startsWith('1.000 kr.') ? [i] : []));
      return tableFindings(fixed).filter((f) => f.severity === 'error' && f.range.start.line > starts[n]! && (starts[n + 1] === undefined || f.range.start.line < starts[n + 1]!)).map((f) => f.message);
    };
    const cellText = (e: TextEdit) => lines[e.range.start.line]!.slice(e.range.start.character, e.range.end.character);

    it('a subtotal that disagrees with its rows while the grand total agrees with them: every finding offers the subtotal fix', () => {
      const errors = inTable(0);
      assert.equal(errors.length, 3);
      for (const f of errors) {
        assert.equal(f.fixes?.length, 1, f.message);
        const edit = f.fixes![0]!.edits[0]!;
        assert.equal(lines[edit.range.start.line]!.split('\t')[0], '<b>Særlige driftsområder:</b>');
        assert.equal(cellText(edit), '<b>2.200</b>');
        assert.equal(edit.newText, '<b>2.000</b>');
        assert.match(f.fixes![0]!.title, /Særlige driftsområder:.*Budget.*2\.000/u);
      }
      // Applied (from the grand total's finding): the whole table adds up again.
      const fixed = applyEdits(text, errors.find((f) => f.message.includes('Udvalget'))!.fixes![0]!.edits);
      assert.deepEqual(errorsLeftIn(0, fixed), []);
      assert.equal(tableFindings(fixed).filter((f) => f.severity === 'error').length, findings.length - 3, 'the other tables are untouched');
      const hover = tableHoverAt(analyze(text).doc, errors[2]!.range.start, messagesFor('da'))!.markdown;
      assert.match(hover, /Én fejlskrivning forklarer alle 3 fejl i tabellen: «Særlige driftsområder:» i kolonnen «Budget» skal være 2\.000/u);
    });

    it('a row amount that breaks its subtotal and its Afvigelse: the fix changes the row amount', () => {
      const errors = inTable(1);
      assert.equal(errors.length, 2);
      for (const f of errors) assert.deepEqual(f.fixes?.[0]?.edits.map((e) => [lines[e.range.start.line]!.split('\t')[0], cellText(e), e.newText]), [['Staben', '350', '300']]);
      assert.deepEqual(errorsLeftIn(1, applyEdits(text, errors[0]!.fixes![0]!.edits)), []);
    });

    it('two slips no single number explains: no fix, and the hover names the other totals and says why', () => {
      const errors = inTable(2);
      assert.equal(errors.length, 4);
      assert.deepEqual(errors.map((f) => f.fixes), [undefined, undefined, undefined, undefined]);
      const doc = analyze(text).doc;
      const hover = tableHoverAt(doc, errors.find((f) => f.message.includes('«Udvalget» i kolonnen «Budget»'))!.range.start, messagesFor('da'))!.markdown;
      assert.match(hover, /Ingen rettelse foreslås: også «Service» i kolonnen «Budget», «Afvigelse» i rækken «Service» og «Afvigelse» i rækken «Udvalget» passer ikke, og intet enkelt tal får dem alle til at passe/u);
      const en = tableHoverAt(doc, errors[0]!.range.start, messagesFor('en'))!.markdown;
      assert.match(en, /No fix is offered: .* do not add up either, and no single number makes them all add up/u);
    });
  });

  it('speaks English when asked', () => {
    const { text } = parseAnnotated(fs.readFileSync(path.join(DIR, 'rounding-boundary.referat.md'), 'utf8'));
    const en = tableFindings(text, 'en');
    assert.ok(en.some((f) => f.message.startsWith('Rounding difference:')));
    assert.ok(en.some((f) => f.message.startsWith('The total does not add up:')));
  });
});
