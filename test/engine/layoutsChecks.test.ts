import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, resolveConfig } from '../support/engine';
import { assertAnnotatedFindings, expectedStructureLines, measureLayout, parseAnnotated, structureLines } from '../support/annotated';
import { FIXTURES } from '../support/paths';

/**
 * Issue 13's other half: the checks cry no wolf on other municipalities' minutes. The fixtures in
 * test/fixtures/layouts-checks (invented, see its README) are what the checks read in real
 * minutes of many layouts — result statements, rate tables, products in an `I alt` column,
 * standing and closed items without sections, dates in every form, pdftotext transcripts in both
 * modes — and one document of genuine defects that must still be found. Each fixture is read as
 * annotated and gives exactly the annotated findings (most: none).
 */
const DIR = path.join(FIXTURES, 'layouts-checks');
const files = fs.readdirSync(DIR).filter((f) => /\.(referat|dagsorden)\.(md|txt)$/.test(f)).sort();

describe('checks on other municipalities\' minutes (issue 13): no false alarms, defects still found', () => {
  it('has the fixtures the README lists', () => {
    const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([^`]+)` \|/gmu)].map((m) => m[1]!).sort();
    assert.deepEqual(listed, files);
  });

  for (const file of files) {
    describe(file, () => {
      const annotated = parseAnnotated(fs.readFileSync(path.join(DIR, file), 'utf8'));
      const analysis = () => analyze(annotated.text, { fileName: file });

      it('items and sections are read as annotated (the checks see the structure they judge)', () => {
        assert.ok(annotated.structure.items.length >= 2, 'at least two items annotated');
        const { doc } = analysis();
        assert.deepEqual(structureLines(doc), expectedStructureLines(annotated.structure));
        for (const item of annotated.structure.items.filter((i) => i.journal)) {
          const read = doc.items.find((i) => i.headingLine === item.line);
          assert.equal(read?.journalNumber?.value, item.journal!.value, `item ${item.number}`);
        }
      });

      it('gives exactly the annotated findings', () => {
        assertAnnotatedFindings(analysis().findings, annotated.expected);
      });
    });
  }

  it('a profile named in the settings keeps its rules where a guessed one gives way to the document', () => {
    const annotated = parseAnnotated(fs.readFileSync(path.join(DIR, 'punkt-kle-template.referat.txt'), 'utf8'));
    const codes = (config?: ReturnType<typeof resolveConfig>) =>
      analyze(annotated.text, { fileName: 'punkt-kle-template.referat.txt', ...(config ? { config } : {}) })
        .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
        .map((f) => `${f.range.start.line + 1} ${f.code}`)
        .sort();
    assert.deepEqual(codes(), []);
    // Named: Resume is required of the three items and Indstilling comes before Sagsfremstilling.
    const named = codes(resolveConfig({ profile: 'odense' }));
    assert.equal(named.filter((c) => c.endsWith('missing-section')).length, 3, named.join('\n'));
    assert.equal(named.filter((c) => c.endsWith('section-order')).length, 2, named.join('\n'));
    // … and its numbers from 1: the first item, 45, is reported.
    assert.ok(named.some((c) => c.endsWith('item-number-gap')), named.join('\n'));
    // Required sections set by the user hold as well.
    const required = codes(resolveConfig({ requiredSections: { referat: ['resume'] } }));
    assert.equal(required.filter((c) => c.endsWith('missing-section')).length, 3, required.join('\n'));
  });

  it('over all of them: every item and section read, no warning or error nobody expects, none missed', () => {
    let unexpected = 0;
    let missed = 0;
    for (const file of files) {
      const annotated = parseAnnotated(fs.readFileSync(path.join(DIR, file), 'utf8'));
      const { doc, findings } = analyze(annotated.text, { fileName: file });
      const m = measureLayout(doc, findings, annotated);
      assert.equal(m.itemsRead, m.itemsAnnotated, `${file}: items`);
      assert.equal(m.sectionsRead, m.sectionsAnnotated, `${file}: sections`);
      unexpected += m.unexpectedWarnings;
      missed += m.missedWarnings;
    }
    assert.equal(unexpected, 0, 'false warnings or errors');
    assert.equal(missed, 0, 'annotated warnings or errors not found');
  });
});
