import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, completions, defaultConfig, regenerateContentsEdit } from '../support/engine';
import { parseAnnotated } from '../support/annotated';
import { expandSnippet } from '../support/snippet';
import { FIXTURES } from '../support/paths';
import { applyEdits } from '../support/edits';

/**
 * Gaps left by session 18 (issue 13), each closed at its root: the item's number repeated at a
 * PDF page's top, a supplementary item's letter in the contents, the new-item skeleton after
 * items headed by a title alone or by `Pkt. 42` alone.
 */
const parse = (text: string, fileName = 'møde.referat.txt') => analyze(text, { fileName }).doc;
const serious = (text: string, fileName = 'møde.referat.txt') =>
  analyze(text, { fileName })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.range.start.line + 1} ${f.code}`);
const shape = (text: string) => parse(text).items.map((i) => `${i.number.value}${i.numberSuffix ?? ''} [${i.sections.map((s) => s.id).join(' ')}]`);

describe('layout gaps (session 19)', () => {
  describe('the open item\'s number repeated at a PDF page\'s top is page furniture', () => {
    const pages = (repeat: string) =>
      [
        'REFERAT',
        'Mødedato: 17. november 2025',
        '',
        '1. Takster 2026',
        'Sagsnr.: 25/301',
        'Sagsfremstilling',
        'Taksterne stiger med 2 pct.',
        'Side 1 af 2',
        '\fKommunalbestyrelsens møde 17. november 2025',
        repeat,
        'Indstilling',
        'At taksterne godkendes.',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Eventuelt',
        'Beslutning',
        'Intet.',
      ].join('\n');
    for (const repeat of ['Punkt 1:', 'Punkt 1', 'Pkt. 1', '\fPunkt 1:']) {
      it(`«${repeat.replace('\f', '\\f')}» under the running header`, () => {
        assert.deepEqual(shape(pages(repeat)), ['1 [sagsfremstilling indstilling beslutning]', '2 [beslutning]']);
        assert.deepEqual(serious(pages(repeat)), []);
      });
    }
    it('in Odense\'s layout too (`Punkt 1: Title` items): a bare `Punkt 1:` is no strict heading', () => {
      const text = pages('Punkt 1:').replace('1. Takster 2026', 'Punkt 1: Takster 2026').replace('2. Eventuelt', 'Punkt 2: Eventuelt');
      assert.deepEqual(shape(text), ['1 [sagsfremstilling indstilling beslutning]', '2 [beslutning]']);
    });
    it('a supplementary item\'s number (`Punkt 3 a:`) right above the next item does not hide it', () => {
      const text = pages('Punkt 1 a:').replace('1. Takster 2026', '1 a. Takster 2026');
      assert.deepEqual(shape(text), ['1a [sagsfremstilling indstilling beslutning]', '2 [beslutning]']);
    });
    it('`Pkt. 2` alone at a page top with a title under it is still the next item', () => {
      const text = ['REFERAT', '', 'Pkt. 1', 'Takster 2026', 'Beslutning', 'Godkendt.', 'Side 1 af 2', '\fKommunalbestyrelsens møde', 'Pkt. 2', 'Salg af grund', 'Beslutning', 'Godkendt.', 'Side 2 af 2', '\fKommunalbestyrelsens møde', 'Pkt. 2', 'Indstilling', 'At grunden sælges.'].join('\n');
      assert.deepEqual(shape(text), ['1 [beslutning]', '2 [beslutning indstilling]']);
    });
  });

  describe('contents entries `12 a.` / `12a.` keep their letter', () => {
    const text = [
      'REFERAT',
      '',
      'Indholdsfortegnelse',
      '12. Vejplan\t2',
      '12 a. Ekstra bevilling\t3',
      '12b. Navngivning af vej\t3',
      '',
      '12. Vejplan',
      'Sagsnr.: 25/1',
      'Beslutning',
      'Godkendt.',
      '',
      '12 a. Ekstra bevilling',
      'Sagsnr.: 25/2',
      'Beslutning',
      'Godkendt.',
      '',
      '12b. Navngivning af vej',
      'Sagsnr.: 25/3',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    it('the entries carry number and letter, their titles no letter, and match the items', () => {
      const doc = parse(text);
      assert.deepEqual(
        doc.contents!.entries.map((e) => `${e.number}${e.numberSuffix ?? ''} ${e.title.value}`),
        ['12 Vejplan', '12a Ekstra bevilling', '12b Navngivning af vej'],
      );
      assert.deepEqual(serious(text), []);
    });
    it('regenerating the contents keeps the letters as written', () => {
      const doc = parse(text);
      const edit = regenerateContentsEdit(doc);
      assert.equal(edit ? applyEdits(text, [edit]) : text, text);
    });
  });

  describe('PDF transcripts (pdftotext)', () => {
    const transcript = (body: string[]) => ['REFERAT', 'Mødedato: 17. november 2025', '', ...body].join('\n');
    it('a heading glued to the empty label above it (`Øvrige sagsbehandlere: Sagsresume`) is the section', () => {
      const text = transcript(['142. Budget 2026', 'Sagsnr.: 25/1 Sagsbehandler: ABC', 'Øvrige sagsbehandlere: Sagsresume', 'Budgettet er i balance.', 'Side 1 af 2', '\fByrådet 17. november 2025', 'Beslutning', 'Godkendt.']);
      const doc = parse(text);
      assert.deepEqual(shape(text), ['142 [resume beslutning]']);
      assert.equal(doc.items[0]!.sections[0]!.heading.value, 'Sagsresume');
      assert.deepEqual(serious(text), []);
    });
    it('only in a transcript, and never a label\'s value with a number before it, or a sentence', () => {
      const web = ['REFERAT', '', '142. Budget 2026', 'Sagsnr.: 25/1', 'Sagstype: Beslutning', 'Beslutning', 'Godkendt.'].join('\n');
      assert.deepEqual(shape(web), ['142 [beslutning]']);
      const pdf = transcript(['142. Budget 2026', 'Sagsnr.: 25/1', 'Mødet 12: Beslutning', 'Beslutning', 'Godkendt.', '\fByrådet 17. november 2025', 'Side 2 af 2']);
      assert.deepEqual(shape(pdf), ['142 [beslutning]']);
    });
    it('`Pkt. 90` at a page\'s foot, its title on the next page: the item begins at `Pkt. 90`', () => {
      const text = ['REFERAT', '', 'Pkt. 89', 'Budget 2026', 'Beslutning', 'Godkendt.', 'Pkt. 90', 'Side 1 af 2', '', '\fUdvalget – 17. november 2025', 'Status på affald', 'Sagsfremstilling', 'Mængden falder.', 'Beslutning', 'Taget til efterretning.', 'Side 2 af 2', '', '\fUdvalget – 17. november 2025'].join('\n');
      const doc = parse(text);
      assert.deepEqual(doc.items.map((i) => `${i.headingLine + 1} ${i.number.value} ${i.title.value}`), ['3 89 Budget 2026', '7 90 Status på affald']);
    });

    it('`Pkt. 90` at a page\'s foot with a table\'s last cell after the foot (`6.400`, as pdftotext prints a table cut by the page): still its title on the next page', () => {
      const text = ['REFERAT', '', 'Pkt. 89', 'Budget 2026', 'Økonomi', 'Anlæg', '2.500', '', 'I alt', 'Beslutning', 'Godkendt.', 'Pkt. 90', 'Side 1 af 2', '', '6.400', '', '\fUdvalget – 17. november 2025', 'Status på affald', 'Sagsfremstilling', 'Mængden falder.', 'Beslutning', 'Taget til efterretning.', 'Side 2 af 2', '', '\fUdvalget – 17. november 2025'].join('\n');
      const doc = parse(text);
      assert.deepEqual(doc.items.map((i) => `${i.headingLine + 1} ${i.number.value} ${i.title.value}`), ['3 89 Budget 2026', '12 90 Status på affald']);
      assert.deepEqual(doc.items[1]!.sections.map((s) => s.id), ['sagsfremstilling', 'beslutning']);
    });
  });

  describe('new layouts (session 19): the rules each one needed', () => {
    it('a number glued to the title (`112Godkendelse af dagsorden`) heads an item; a glued number in a case\'s text does not', () => {
      const text = ['Referat', '', '112Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt', '', '113Ny affaldsordning', '', 'Sagsfremstilling', '', 'Ordningen gælder fra 2026.', '', '2026Ordningen evalueres efter et år', 'og justeres.', '', 'Beslutning', '', 'Godkendt'].join('\n');
      assert.deepEqual(shape(text), ['112 [beslutning]', '113 [sagsfremstilling beslutning]']);
    });
    it('an empty case-type mark `( )` is no part of the title and no case type', () => {
      const doc = parse(['Mødedato: 19.08.2025', '', '1. Godkendelse af dagsorden ( )', '', 'Indstilling', '', 'At dagsordenen godkendes.', '', 'Beslutning', '', 'Godkendt.', '', '2. Puljen (B)', '', 'Beslutning', '', 'Godkendt.'].join('\n'));
      assert.deepEqual(doc.items.map((i) => [i.title.value, i.caseType?.value]), [['Godkendelse af dagsorden', undefined], ['Puljen', 'B']]);
    });
    it('items headed only by one repeated label (`Åben`) are items, the first one\'s decision too', () => {
      const text = ['22. september 2025 - referat fra byrådet', '', 'Åben', '', 'Beslutning', '', 'Godkendt.', '', 'Åben', '', 'Indstilling', '', 'At planen vedtages.', '', 'Beslutning', '', 'Godkendt.', '', 'Åben', '', 'Indstilling', '', 'At orienteringen tages til efterretning.', '', 'Beslutning', '', 'Til orientering.'].join('\n');
      const doc = parse(text);
      assert.deepEqual(shape(text), ['1 [beslutning]', '2 [indstilling beslutning]', '3 [indstilling beslutning]']);
      assert.equal(doc.header.title?.kind, 'referat');
    });
    it('a date alone is the meeting date; `Dagsorden eller referat` is no title; `Dato: |` takes the cell below', () => {
      const alone = parse(['30. sep 2025', '', '140. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n'));
      assert.deepEqual(alone.header.meetingDate?.date?.value, { day: 30, month: 9, year: 2025 });
      const web = parse(['Dagsorden eller referat', 'Dato: |', '08-10-2025 16:00:00 |', '---|---|', 'Udvalg: |', 'Byrådet |', '', 'Referat', '', '41. Budget', 'Sagsnr.: 25/1', 'Beslutning', 'Godkendt.'].join('\n'));
      assert.equal(web.header.title?.kind, 'referat');
      assert.equal(web.header.title?.text, 'Referat');
      assert.deepEqual(web.header.meetingDate?.date?.value, { day: 8, month: 10, year: 2025 });
    });
    it('a journal number just above an item\'s heading is its own, and ends the item before it; a date is no such number', () => {
      const doc = parse(['Dagsorden', '', 'Sagnr.: 1-30-72-118-25', '', '1. Tilskud', '', 'Resume', '', 'Tekst.', '', 'Sagnr.: 1-01-72-9-25', '', '2. Høringssvar', '', 'Resume', '', 'Tekst.', '', 'Dato: 12-03-2025', '', '3. Eventuelt'].join('\n'));
      assert.deepEqual(doc.items.map((i) => i.journalNumber?.value), ['1-30-72-118-25', '1-01-72-9-25', undefined]);
      assert.equal(doc.items[0]!.range.end.line, 8, 'item 1 ends before the journal line of item 2');
    });
    it('`JOURNALNUMMER` with the number under it at an item\'s end is its journal number', () => {
      const doc = parse(['1. Lån', '', 'INDSTILLING', '', 'At lånet optages.', '', 'BESLUTNINGER', '', 'Anbefalet.', '', 'JOURNALNUMMER', '', '25012345', '', '2. Udbud', '', 'INDSTILLING', '', 'At orienteringen tages til efterretning.', '', 'BESLUTNINGER', '', 'Taget til efterretning.'].join('\n'));
      assert.deepEqual(doc.items.map((i) => i.journalNumber?.value), ['25012345', undefined]);
    });
    it('the title right above `Sag nr. 131` is numbered by it, whatever stands below', () => {
      const text = ['Sager 131 - 132', '', 'Spørgetid', 'Sag nr. 131', '', 'Beslutningskompetence: KB', '', 'Beslutning', '', 'Taget til efterretning.', '', 'Lokalplan 150', 'Sag nr. 132', '', 'Beslutningskompetence: KB', '', 'Beslutning', '', 'Godkendt.'].join('\n');
      const doc = parse(text);
      assert.deepEqual(doc.items.map((i) => `${i.headingLine + 1} ${i.number.value} ${i.title.value}`), ['3 131 Spørgetid', '12 132 Lokalplan 150']);
      assert.deepEqual(shape(text), ['131 [kompetence beslutning]', '132 [kompetence beslutning]']);
    });
  });

  describe('contents entries written as links to the items (Word or a web page made Markdown)', () => {
    const text = ['# Referat', '', '## Indhold', '', '- [Budget 2026](#budget-2026)', '- [Salg af grund](#salg-af-grund)', '', '## 4. Budget 2026', '', 'Sagsnr.: 25/1', '', '### Beslutning', '', 'Godkendt.', '', '## 5. Salg af grund', '', 'Sagsnr.: 25/2', '', '### Beslutning', '', 'Godkendt.', ''].join('\n');
    it('read as entries (title and anchor), a missing one found, regenerated as links', () => {
      const doc = parse(text, 'møde.referat.md');
      assert.deepEqual(doc.contents!.entries.map((e) => `${e.title.value} ${e.anchor}`), ['Budget 2026 #budget-2026', 'Salg af grund #salg-af-grund']);
      assert.deepEqual(serious(text, 'møde.referat.md'), []);
      const dropped = text.replace('- [Salg af grund](#salg-af-grund)\n', '');
      assert.deepEqual(serious(dropped, 'møde.referat.md'), ['15 contents-missing-item']);
      const edit = regenerateContentsEdit(parse(dropped, 'møde.referat.md'))!;
      assert.equal(applyEdits(dropped, [edit]), text);
    });
  });

  describe('the new-item skeleton is written in the document\'s form', () => {
    const skeletons = (file: string) => {
      const text = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'layouts', file), 'utf8')).text.replace(/\s*$/u, '\n\n');
      const doc = analyze(text, { fileName: file }).doc;
      return completions(doc, defaultConfig, 'da', { line: doc.lines.length - 1, character: 0 })
        .filter((c) => c.kind === 'snippet')
        .map((c) => expandSnippet(c.insertText));
    };
    it('after `Pkt. 90` alone: `Pkt. 91` alone, the title on the next line', () => {
      for (const s of skeletons('pkt-alone-print.referat.txt')) assert.match(s, /^Pkt\. 91\nTitel\n/u);
    });
    it('after items headed by a title alone: a title, the opening section right under it, no number and no journal line', () => {
      for (const s of skeletons('unnumbered-web.referat.txt')) {
        assert.doesNotMatch(s, /Punkt|\d{2}\.\d{2}\.\d{2}-/u);
        // (indented as the document's titles and headings are: session 20)
        assert.match(s, /^ {4}Titel\n\n {4}Beslutning\n/u);
      }
    });
  });
});
