import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertAnnotatedFindings, parseAnnotated } from '../support/annotated';
import { FIXTURES } from '../support/paths';
import { applyEdits, assertFixed, tableFindings } from '../support/tables';

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
    assert.equal(relation.fixes, undefined);
    assert.equal(sum.fixes?.[0]?.edits[0]?.newText, '<b>2.700</b>');
  });

  it('speaks English when asked', () => {
    const { text } = parseAnnotated(fs.readFileSync(path.join(DIR, 'rounding-boundary.referat.md'), 'utf8'));
    const en = tableFindings(text, 'en');
    assert.ok(en.some((f) => f.message.startsWith('Rounding difference:')));
    assert.ok(en.some((f) => f.message.startsWith('The total does not add up:')));
  });
});
