import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, completions, defaultConfig, foldingRanges, regenerateContentsEdit, renumberEdits } from '../support/engine';
import { expandSnippet } from '../support/snippet';
import { AnnotatedDocument, expectedStructureLines, parseAnnotated, structureLines } from '../support/annotated';
import { applyEdits } from '../support/edits';
import { FIXTURES } from '../support/paths';

/**
 * Issue 13, item 5: everything works in every layout. On each layout fixture
 * (test/fixtures/layouts): folding has a region per item and section, renumbering keeps the
 * document's numbering (its starting number, numbers that run through the year, one series per
 * meeting) and repairs a duplicated number back to the original text, regenerating the contents
 * keeps their form, and CRLF line breaks or a BOM change nothing that is read.
 */
const DIR = path.join(FIXTURES, 'layouts');
const files = fs.readdirSync(DIR).filter((f) => /\.(referat|dagsorden)\.(md|txt)$/.test(f) && !/unreadable/.test(f)).sort();
const load = (file: string) => parseAnnotated(fs.readFileSync(path.join(DIR, file), 'utf8'));
const lines = (text: string) => text.split('\n');

/** The last non-blank line of a section: before the next annotated heading (or the end). */
function lastLineOf(doc: AnnotatedDocument, line: number): number {
  const starts = [...doc.structure.meetings, ...doc.structure.contents, ...doc.structure.items.flatMap((i) => [i.line, ...i.sections.map((s) => s.line)])];
  const all = lines(doc.text);
  let last = Math.min(...starts.filter((l) => l > line), all.length) - 1;
  // A PDF transcript's page furniture (`Side 2 af 4`, a page top after a form feed) is no content.
  while (last > line && (all[last]!.trim() === '' || /^[\f ]*Side \d+(?: af \d+)?\s*$/u.test(all[last]!) || all[last]!.startsWith('\f'))) last--;
  return last;
}

/** Numbers have a jump or a duplicate on purpose: renumbering is meant to change them. */
const misnumbered = (doc: AnnotatedDocument) => doc.expected.some((e) => e.code === 'item-number-gap' || e.code === 'item-number-duplicate');

/** Titles without numbers (`unnumbered-web`): there is no written number to break and repair. */
const unnumbered = (file: string) => /unnumbered/.test(file);

describe('layout families (issue 13): editor features in every layout', () => {
  for (const file of files) {
    describe(file, () => {
      const doc = load(file);

      it('folding: a region starts at every item and at every section that spans lines', () => {
        const parsed = analyze(doc.text, { fileName: file }).doc;
        const starts = new Set(foldingRanges(parsed).map((r) => r.startLine + 1));
        // An item given by its title alone (a closed item, `Eventuelt` on an agenda) has nothing to fold.
        const wanted = doc.structure.items.flatMap((i) => [...(lastLineOf(doc, i.line) > i.line ? [i.line] : []), ...i.sections.filter((s) => lastLineOf(doc, s.line) > s.line).map((s) => s.line)]).map((l) => l + 1);
        assert.deepEqual(
          wanted.filter((l) => !starts.has(l)),
          [],
          'lines without a folding region',
        );
      });

      if (!misnumbered(doc)) {
        it('renumbering a correctly numbered document changes nothing (keeps its starting number and series)', () => {
          const parsed = analyze(doc.text, { fileName: file }).doc;
          assert.ok(parsed.items.length > 0, 'no items read');
          assert.deepEqual(renumberEdits(parsed), []);
        });

        if (!unnumbered(file)) it('renumbering repairs a duplicated number back to the original text', () => {
          const items = doc.structure.items;
          const last = items[items.length - 1]!;
          const previous = items[items.length - 2]!;
          const all = lines(doc.text);
          const re = new RegExp(`(?<!\\d)(?<!\\d[.,])${last.number}(?!\\d|[.,]\\d)`);
          const at = [last.line, last.line + 1, last.line + 2].find((l) => re.test(all[l] ?? ''));
          assert.ok(at !== undefined, `item ${last.number}: number not found`);
          all[at] = all[at]!.replace(re, String(previous.number));
          const broken = all.join('\n');
          const parsed = analyze(broken, { fileName: file }).doc;
          assert.equal(applyEdits(broken, renumberEdits(parsed)), doc.text);
        });
      }

      // (Not a real PDF transcript's: the spaces before its page numbers are the PDF's tab stops,
      // which no text can say.)
      if (doc.structure.entries.length > 0 && !/pdftotext/.test(file)) {
        it('regenerating complete contents keeps them as they are (their form and page numbers)', () => {
          const parsed = analyze(doc.text, { fileName: file }).doc;
          assert.ok(parsed.items.length > 0, 'no items read');
          const edit = regenerateContentsEdit(parsed);
          const after = edit ? applyEdits(doc.text, [edit]) : doc.text;
          assert.deepEqual(lines(after).slice(0, 40), lines(doc.text).slice(0, 40));
          assert.equal(after, doc.text);
        });
      }

      it('CRLF line breaks and a BOM change nothing that is read', () => {
        const plain = structureLines(analyze(doc.text, { fileName: file }).doc);
        assert.deepEqual(plain, expectedStructureLines(doc.structure), 'the fixture itself is not read as annotated');
        assert.deepEqual(structureLines(analyze(doc.text.replace(/\n/g, '\r\n'), { fileName: file }).doc), plain, 'CRLF');
        assert.deepEqual(structureLines(analyze('\uFEFF' + doc.text, { fileName: file }).doc), plain, 'BOM');
      });
    });
  }

  // A new item offered by completion is written in the document's own layout (its numbering form,
  // case types only where the document has them, its section spellings), so it is read back as
  // the next item of that layout, with the sections it was given.
  // (An unnumbered layout gets a title alone with the document's opening section right under it.)
  for (const file of files.filter((f) => !/two-meetings|flattened|defects/.test(f))) {
    it(`${file}: the new item skeleton is read back as the next item in the document's layout`, () => {
      const doc = load(file);
      const text = doc.text.replace(/\s*$/u, '\n\n');
      const parsed = analyze(text, { fileName: file }).doc;
      const lastItem = parsed.items[parsed.items.length - 1]!;
      const line = parsed.lines.length - 1;
      const skeletons = completions(parsed, defaultConfig, 'da', { line, character: 0 }).filter((c) => c.kind === 'snippet');
      assert.equal(skeletons.length, 2, 'a skeleton per case type');
      for (const s of skeletons) {
        const added = text.slice(0, -1) + expandSnippet(s.insertText) + '\n';
        const again = analyze(added, { fileName: file }).doc;
        assert.equal(again.items.length, parsed.items.length + 1, `${s.label}:\n${expandSnippet(s.insertText)}`);
        const item = again.items[again.items.length - 1]!;
        assert.equal(item.number.value, lastItem.number.value + 1);
        assert.ok(item.sections.some((x) => x.id === 'beslutning'), item.sections.map((x) => x.id).join(','));
        assert.equal(again.layout.itemForm, parsed.layout.itemForm);
      }
    });
  }
});

