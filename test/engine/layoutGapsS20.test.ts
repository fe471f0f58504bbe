import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, completions, defaultConfig, messagesFor, regenerateContentsEdit } from '../support/engine';
import { parseAnnotated } from '../support/annotated';
import { expandSnippet } from '../support/snippet';
import { FIXTURES } from '../support/paths';

/**
 * Gaps left by session 19 (issue 13), each closed at its root: contents entries of PDF
 * transcripts against headings with a case-type mark, an agenda item right after a numbered
 * recommendation, the name and skeleton of glued numbers.
 */
const serious = (text: string, fileName = 'møde.referat.txt') =>
  analyze(text, { fileName })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.range.start.line + 1} ${f.code}`);

const shape = (text: string, fileName = 'møde.dagsorden.txt') => analyze(text, { fileName }).doc.items.map((i) => `${i.number.value} [${i.sections.map((s) => s.id).join(' ')}]`);

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
    it('a long heading wrapped onto the next line against the whole title in the contents; regenerated whole', () => {
      const long = 'Forslag til ny strategi for beboerparkering i brokvartererne og udvidelse af de nuværende';
      const text = ['REFERAT', '', 'Indholdsfortegnelse', '1. Godkendelse af dagsorden\t2', `2. ${long} parkeringszoner frem mod 2028 (2025-0418833)\t3`, '', '1. Godkendelse af dagsorden', '', 'Beslutning', 'Godkendt.', '', `2. ${long}`, 'parkeringszoner frem mod 2028 (2025-0418833)', 'Indstilling', 'At strategien godkendes.', '', 'Beslutning', 'Godkendt.'].join('\n');
      assert.deepEqual(serious(text), []);
      const edit = regenerateContentsEdit(analyze(text, { fileName: 'møde.referat.txt' }).doc)!;
      assert.equal(edit.newText, text.split('\n').slice(3, 5).join('\n'));
      // A short heading is no wrapped one: an entry that goes on past it is another title.
      assert.deepEqual(serious(text.replace(`2. ${long}\n`, '2. Forslag til ny strategi\n').replace(`2. ${long} parkeringszoner`, '2. Forslag til ny strategi parkeringszoner')), ['5 contents-title']);
    });
    it('a different title is still one', () => {
      assert.deepEqual(serious(doc(['1. Godkendelse af dagsorden2', '2. Udpegning af medlem til Handicaprådet 3', '3. Køb af ejendom (Lukket punkt) 4'])), ['8 contents-title', '9 contents-title']);
    });
  });

  describe('an agenda item right after a numbered recommendation that ends at the number before it', () => {
    const agenda = (contents: readonly string[], points = ['1. at budgetopfølgningen godkendes', '2. at mindreforbruget overføres til 2026']) =>
      [
        'DAGSORDEN',
        'Økonomiudvalget',
        'Mødedato: 04.11.2025',
        '',
        ...contents,
        '1. Godkendelse af dagsorden',
        '',
        'Resume',
        'Dagsordenen forelægges til godkendelse.',
        '',
        'Indstilling',
        'Direktionen indstiller, at dagsordenen godkendes.',
        '',
        '2. Budgetopfølgning pr. 30. september',
        '',
        'Resume',
        'Budgetopfølgningen viser et mindreforbrug.',
        '',
        'Indstilling',
        'Direktionen indstiller,',
        ...points,
        '',
        '3. Anlægsbevilling til Lundens Skole',
        '',
        'Resume',
        'Skolen skal have nyt tag.',
        '',
        'Indstilling',
        'Direktionen indstiller, at der gives en anlægsbevilling.',
      ].join('\n');
    const contents = ['Indhold', '1. Godkendelse af dagsorden\t2', '2. Budgetopfølgning pr. 30. september\t2', '3. Anlægsbevilling til Lundens Skole\t3', ''];
    const read = ['1 [resume indstilling]', '2 [resume indstilling]', '3 [resume indstilling]'];
    it('is the item its block and the contents say it is', () => {
      assert.deepEqual(shape(agenda(contents)), read);
      assert.deepEqual(serious(agenda(contents), 'møde.dagsorden.txt'), []);
    });
    it('also without contents: its block opens as the other items\' blocks do', () => {
      assert.deepEqual(shape(agenda([])), read);
    });
    it('also after points written `1)` and `2)`', () => {
      assert.deepEqual(shape(agenda(contents, ['1) at budgetopfølgningen godkendes', '2) at mindreforbruget overføres til 2026'])), read);
    });
    it('not where the contents give that number another title', () => {
      const other = ['Indhold', '1. Godkendelse af dagsorden\t2', '2. Budgetopfølgning pr. 30. september\t2', '3. Salg af grunde i Lunden\t3', ''];
      assert.deepEqual(shape(agenda(other)), ['1 [resume indstilling]', '2 [resume indstilling resume indstilling]']);
    });
    it('a list\'s point followed by the section\'s text stays a point, also where its number would be the next item\'s', () => {
      const text = agenda([], ['1. at budgetopfølgningen godkendes', '2. at mindreforbruget overføres til 2026', '3. Overførsel af mindreforbrug', 'Forvaltningen følger op i januar.']).replace('3. Anlægsbevilling til Lundens Skole', '4. Anlægsbevilling til Lundens Skole');
      assert.deepEqual(shape(text), ['1 [resume indstilling]', '2 [resume indstilling]', '4 [resume indstilling]']);
    });
  });

  describe('a form named as it is written, and the new-item skeleton in its indentation', () => {
    const fixture = (folder: string, file: string) => parseAnnotated(fs.readFileSync(path.join(FIXTURES, folder, file), 'utf8')).text;
    const name = (text: string, fileName: string) => {
      const { layout } = analyze(text, { fileName }).doc;
      return messagesFor('da').layoutName(layout.profile, layout.itemForm, layout.itemVariant);
    };
    it('`112Godkendelse` is «101Titel», `1.  207. Title` «1. 101. Titel», `Pkt. 88` alone «Pkt. 1 / Titel», `• 301. Title` «• 1. Titel»; `412 Title` stays «101 Titel»', () => {
      assert.equal(name(fixture('layouts', 'frederikssund-web.referat.txt'), 'f.referat.txt'), 'Opsætning: standard, punkter som «101Titel»');
      assert.match(name(fixture('layouts', 'double.referat.txt'), 'f.referat.txt'), /«1\. 101\. Titel»$/u);
      assert.match(name(fixture('layouts', 'pkt-alone-print.referat.txt'), 'f.referat.txt'), /«Pkt\. 1 \/ Titel»$/u);
      assert.match(name(fixture('layouts', 'bullets.referat.txt'), 'f.referat.txt'), /«• 1\. Titel»$/u);
      assert.match(name(fixture('layouts', 'nnn.dagsorden.txt'), 'f.dagsorden.txt'), /«101 Titel»$/u);
      assert.match(name(fixture('layouts', 'kk-punkt-pdf.referat.txt'), 'f.referat.txt'), /«Punkt 1 Titel»$/u);
      assert.match(name(fixture('layouts', 'odense.referat.md'), 'f.referat.md'), /«Punkt 1: Titel»$/u);
      assert.equal(analyze(fixture('layouts', 'frederikssund-web.referat.txt'), { fileName: 'f.referat.txt' }).doc.layout.itemForm, 'bare', 'the form keeps the name `.referat.json` pins it by');
    });
    it('an indented title keeps its indentation in the skeleton (plain text; a Markdown heading never)', () => {
      const text = ['REFERAT', '', '  4. Takster 2026', '', '  Sagsnr.: 25/301', '', '  Indstilling', '  At taksterne godkendes.', '', '  Beslutning', '  Godkendt.', '', '  5. Budget 2026', '', '  Sagsnr.: 25/302', '', '  Indstilling', '  At budgettet godkendes.', '', '  Beslutning', '  Godkendt.', '', ''].join('\n');
      const doc = analyze(text, { fileName: 'møde.referat.txt' }).doc;
      const skeletons = completions(doc, defaultConfig, 'da', { line: doc.lines.length - 1, character: 0 }).filter((c) => c.kind === 'snippet').map((c) => expandSnippet(c.insertText));
      assert.equal(skeletons.length, 2);
      for (const s of skeletons) {
        assert.match(s, /^ {2}6\. Titel\n/u);
        const again = analyze(text + s + '\n', { fileName: 'møde.referat.txt' }).doc;
        assert.deepEqual(again.items.map((i) => i.number.value), [4, 5, 6]);
      }
    });
  });

  describe('new families: the rules they needed', () => {
    const parse = (text: string, fileName = 'møde.referat.txt') => analyze(text, { fileName }).doc;
    it('sections numbered on their own (`1. Resume` … `3. Beslutning`) are sections as a run from 1, never items; `Bilag` / `1. Tidsplan` is an attachment', () => {
      const item = (n: number) => [`Pkt. ${n} Sag nummer ${n}`, '', `Sagsnr.: 25/${n}`, '', '1. Resume', 'Kort om sagen.', '', '2. Indstilling', 'Direktøren indstiller,', '1. at sagen godkendes.', '', '3. Beslutning', 'Godkendt.', '', 'Bilag', '1. Tidsplan', ''];
      const text = ['REFERAT', '', ...item(4), ...item(5)].join('\n');
      assert.deepEqual(shape(text, 'møde.referat.txt'), ['4 [resume indstilling beslutning bilag]', '5 [resume indstilling beslutning bilag]']);
      // Out of the run (`2.` first) none of the run is a section.
      assert.deepEqual(shape(text.replace(/^1\. Resume$/gmu, '2. Resume'), 'møde.referat.txt'), ['4 [bilag]', '5 [bilag]']);
    });
    it('`Sagsnr.:⇥25/14432` under the title is a label and its value (the journal number), `I alt:⇥1.200` a table\'s row', () => {
      const text = ['REFERAT', '', '7. Vintertjeneste', 'Sagsnr.:\t05.01.08-G01-2-25', 'Sagsbehandler:\tJens Krog', '', 'Beslutning', 'Godkendt.', '', '8. Takster', 'Sagsnr.:\t05.01.08-G01-3-25', '', 'Økonomi', 'Takst\tKr.', 'Salt:\t700', 'Kørsel:\t500', 'I alt:\t1.200', '', 'Beslutning', 'Godkendt.'].join('\n');
      const doc = parse(text);
      assert.deepEqual(doc.items.map((i) => i.journalNumber?.value), ['05.01.08-G01-2-25', '05.01.08-G01-3-25']);
      assert.deepEqual(doc.tables.map((t) => t.rows.length), [4]);
    });
    it('`Beslutninger fra mødet` under the committee\'s name titles minutes', () => {
      const doc = parse(['Økonomiudvalget', 'Beslutninger fra mødet', 'Mødedato: Mandag den 10. november 2025', '', '1. Godkendelse af dagsorden', '', 'Beslutning', 'Godkendt.', '', '2. Budget', '', 'Beslutning', 'Godkendt.'].join('\n'), 'møde.txt');
      assert.equal(doc.header.title?.kind, 'referat');
      assert.equal(doc.header.title?.text, 'Beslutninger fra mødet');
    });
    it('a bare `DAGSORDEN` with the first item right under it is the title, no contents without entries', () => {
      const doc = parse(['DAGSORDEN', '', '3. Budget', 'Sagsnr.: 25/1', 'Indstilling', 'At budgettet godkendes.', '', '4. Takster', 'Sagsnr.: 25/2', 'Indstilling', 'At taksterne godkendes.'].join('\n'), 'møde.txt');
      assert.equal(doc.contents, undefined);
      assert.equal(doc.header.title?.kind, 'dagsorden');
      assert.deepEqual(doc.items.map((i) => i.number.value), [3, 4]);
    });
    it('`Dagsorden` over a group label (`Åben dagsorden`) and its entries heads the contents', () => {
      const doc = parse(['Referat', '', 'Dagsorden', 'Åben dagsorden', '1. Budget', '2. Takster', '', '1. Budget', 'Sagsnr.: 25/1', 'Beslutning', 'Godkendt.', '', '2. Takster', 'Sagsnr.: 25/2', 'Beslutning', 'Godkendt.'].join('\n'));
      assert.deepEqual(doc.contents?.entries.map((e) => e.number), [1, 2]);
    });
  });
});
