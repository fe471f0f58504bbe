import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../support/engine';
import type { Finding, MinutesDocument, Severity } from '../support/engine';
import { FIXTURES, ROOT } from '../support/paths';
import { expectedStructureLines, measureLayout, parseAnnotated, structureLines } from '../support/annotated';

/** The annotation format the layout fixtures are written in (test/support/annotated.ts). */
describe('fixture annotations: findings, structure and comments', () => {
  const source = [
    '%% A comment: nothing expected.',
    'REFERAT Udvalget d. 04-03-2025',
    '%%^ meeting',
    '',
    'Indholdsfortegnelse',
    '%%^ contents',
    'Punkt 7: Budget.....	2',
    '%%^ entry 7',
    '%%',
    'Punkt 7: Budget',
    '%%^ item 7',
    '00.01.00-A00-1-25',
    '%%^ journal 00.01.00-A00-1-25',
    'Resume',
    '%%^ section resume',
    'Tekst.',
    'Beslutning Godkendt.',
    '%%^ section beslutning',
    '%%^ warning duplicate-section "Beslutning"',
    '%%^^ information empty-section',
  ].join('\n');

  it('strips every annotation and comment line and keeps the rest as it was', () => {
    const doc = parseAnnotated(source);
    assert.equal(doc.text, ['REFERAT Udvalget d. 04-03-2025', '', 'Indholdsfortegnelse', 'Punkt 7: Budget.....\t2', 'Punkt 7: Budget', '00.01.00-A00-1-25', 'Resume', 'Tekst.', 'Beslutning Godkendt.'].join('\n'));
  });

  it('reads meetings, contents, entries, items with their sections and journal numbers (0-based lines of the stripped text)', () => {
    const { structure, annotatesStructure } = parseAnnotated(source);
    assert.equal(annotatesStructure, true);
    assert.deepEqual(structure.meetings, [0]);
    assert.deepEqual(structure.contents, [2]);
    assert.deepEqual(structure.entries, [{ line: 3, number: 7 }]);
    assert.deepEqual(structure.items, [
      { line: 4, number: 7, journal: { line: 5, value: '00.01.00-A00-1-25' }, sections: [{ line: 6, id: 'resume' }, { line: 8, id: 'beslutning' }] },
    ]);
    assert.deepEqual(expectedStructureLines(structure), ['L5 item 7', 'L7   section resume', 'L9   section beslutning']);
  });

  it('reads finding annotations beside structure ones, with `^^` two lines up', () => {
    const { expected } = parseAnnotated(source);
    assert.deepEqual(expected, [
      { line: 8, severity: 'warning', code: 'duplicate-section', contains: 'Beslutning' },
      { line: 7, severity: 'information', code: 'empty-section', contains: undefined },
    ]);
  });

  it('a document with finding annotations only still parses as before', () => {
    const doc = parseAnnotated('Punkt 1: A\n%%^ warning missing-section "Beslutning"\n');
    assert.equal(doc.annotatesStructure, false);
    assert.deepEqual(doc.structure.items, []);
    assert.deepEqual(doc.expected, [{ line: 0, severity: 'warning', code: 'missing-section', contains: 'Beslutning' }]);
  });

  for (const [name, bad, why] of [
    ['an unknown section id', 'Punkt 1: A\n%%^ item 1\nFoo\n%%^ section foo', /Unknown section id/],
    ['a section before any item', 'Resume\n%%^ section resume', /before any item/],
    ['an item without a number', 'Punkt 1: A\n%%^ item', /whole number/],
    ['items out of order', 'Punkt 2: A\n%%^ item 2\nPunkt 1: B\n%%^^ item 1', /document order/],
    ['an annotation above the document', '%%^ meeting', /above the document/],
    ['a meeting with an argument', 'REFERAT\n%%^ meeting 2', /no argument/],
    ['two journal numbers for one item', 'Punkt 1: A\n%%^ item 1\n1\n%%^ journal 1\n2\n%%^ journal 2', /Two journal numbers/],
    ['an unknown annotation', 'Punkt 1: A\n%%^ itme 1', /Malformed annotation/],
    ['text glued to %%', 'Punkt 1: A\n%%foo', /Malformed annotation/],
  ] as const) {
    it(`rejects ${name}`, () => assert.throws(() => parseAnnotated(bad), why));
  }

  it('measures what a parser read against the annotations', () => {
    const annotated = parseAnnotated(
      [
        'Punkt 1: A',
        '%%^ item 1',
        'Resume',
        '%%^ section resume',
        'Beslutning',
        '%%^ section beslutning',
        '%%^ warning empty-section',
        'Pkt. 2 B',
        '%%^ item 2',
        'Sagens kerne',
        '%%^ section resume',
        'Sagen afgøres i',
        '%%^ section kompetence',
      ].join('\n'),
    );
    // A parser that read item 1 with its Resume (and took Beslutning for Bilag), item 2 on the
    // wrong line (its Sagens kerne still counts: a section is read when its line and id are
    // right) and not Sagen afgøres i; it raised the annotated warning, one it should not and an
    // information finding (which is never counted).
    const section = (headingLine: number, id: string) => ({ headingLine, id });
    const parsed = {
      items: [
        { headingLine: 0, number: { value: 1 }, sections: [section(1, 'resume'), section(2, 'bilag')] },
        { headingLine: 4, number: { value: 2 }, sections: [section(4, 'resume')] },
      ],
    } as unknown as MinutesDocument;
    const finding = (line: number, severity: Severity, code: string): Finding => ({ code, severity, message: '', range: { start: { line, character: 0 }, end: { line, character: 1 } } });
    const findings = [finding(2, 'warning', 'empty-section'), finding(3, 'error', 'item-number-gap'), finding(0, 'information', 'journal-number-missing')];
    assert.deepEqual(measureLayout(parsed, findings, annotated), { itemsAnnotated: 2, itemsRead: 1, sectionsAnnotated: 4, sectionsRead: 2, unexpectedWarnings: 1, missedWarnings: 0 });
    assert.deepEqual(measureLayout(parsed, [], annotated).missedWarnings, 1);
    assert.deepEqual(structureLines(parsed), ['L1 item 1', 'L2   section resume', 'L3   section bilag', 'L5 item 2', 'L5   section resume']);
  });

  it('`npm run measure:layouts` reports the same measurement, per file and in total', () => {
    const dir = path.join(FIXTURES, 'layouts');
    const out = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'scripts/measure-layouts.mjs'), '--json', dir], { cwd: ROOT, encoding: 'utf8' }));
    const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').sort();
    assert.deepEqual(out.files.map((r: { file: string }) => path.basename(r.file)), files);
    let items = 0;
    let read = 0;
    let unexpected = 0;
    for (const [k, file] of files.entries()) {
      const annotated = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'));
      const { doc, findings } = analyze(annotated.text, { fileName: file });
      const m = measureLayout(doc, findings, annotated);
      assert.deepEqual({ ...out.files[k], file: undefined }, { ...m, file: undefined }, file);
      items += m.itemsAnnotated;
      read += m.itemsRead;
      unexpected += m.unexpectedWarnings;
    }
    assert.equal(out.total.files, files.length);
    assert.equal(out.total.itemsAnnotated, items);
    assert.equal(out.total.itemsRead, read);
    assert.equal(out.total.unexpectedWarnings, unexpected);
  });
});
