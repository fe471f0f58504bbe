import * as assert from 'node:assert/strict';
import { analyze } from '../support/engine';
import { applyEdits } from '../support/edits';
import { renumberEdits } from '../../server/src/engine/edits/renumber';

/**
 * Layout details the parser reads that the layout fixtures show only once each (session 18):
 * supplementary items, agendas without a title, closed items, PDF page furniture, decisions headed
 * by body/date/item number, glued contents headings, contents group labels and items without numbers.
 */
const parse = (text: string, fileName = 'møde.txt') => analyze(text, { fileName }).doc;
const serious = (text: string, fileName = 'møde.txt') =>
  analyze(text, { fileName })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.range.start.line + 1} ${f.code}`);

/** An item in the `N. Title` layout with a journal number and the given sections. */
function item(head: string, journal: string, sections: Record<string, string>): string[] {
  return [head, `Sagsnr.: ${journal}`, '', ...Object.entries(sections).flatMap(([h, body]) => [h, body, ''])];
}

describe('layout forms read by the parser (session 18)', () => {
  it('reads supplementary items (`12a.`, `12 a.`) as items after item 12, with their letter', () => {
    const text = [
      'REFERAT',
      '',
      ...item('11. Budget 2026', '25/101', { Indstilling: 'At budgettet godkendes.', Beslutning: 'Godkendt.' }),
      ...item('12. Vejplan', '25/102', { Indstilling: 'At vejplanen godkendes.', Beslutning: 'Godkendt.' }),
      ...item('12 a. Ekstra bevilling til vinterberedskab', '25/103', { Indstilling: 'At bevillingen gives.', Beslutning: 'Godkendt.' }),
      ...item('12b. Navngivning af ny vej', '25/104', { Indstilling: 'At vejen navngives.', Beslutning: 'Godkendt.' }),
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.items.map((i) => `${i.number.value}${i.numberSuffix ?? ''} ${i.title.value} [${i.sections.map((s) => s.id).join(' ')}]`),
      [
        '11 Budget 2026 [indstilling beslutning]',
        '12 Vejplan [indstilling beslutning]',
        '12a Ekstra bevilling til vinterberedskab [indstilling beslutning]',
        '12b Navngivning af ny vej [indstilling beslutning]',
      ],
    );
  });

  it('supplementary items are no duplicate and no step of the numbering; renumbering keeps their letter', () => {
    const items = (heads: string[]) =>
      ['REFERAT', '', ...heads.flatMap((h, k) => item(h, `25/${200 + k}`, { Indstilling: 'At sagen godkendes.', Beslutning: 'Godkendt.' }))].join('\n');
    const clean = items(['11. Budget 2026', '12. Vejplan', '12 a. Ekstra bevilling til vinterberedskab', '12b. Navngivning af ny vej', '13. Salg af grund']);
    assert.deepEqual(serious(clean), []);
    // The same supplementary number twice is a duplicate, said with its letter.
    const twice = items(['11. Budget 2026', '12. Vejplan', '12a. Ekstra bevilling', '12a. Navngivning af ny vej']);
    const dup = analyze(twice, { fileName: 'møde.txt' }).findings.filter((f) => f.code === 'item-number-duplicate');
    assert.equal(dup.length, 1);
    assert.match(dup[0]!.message, /12a/);
    // Renumbering a gap keeps the running start (a guessed profile, first item 11) and the letter.
    const gap = items(['11. Budget 2026', '12. Vejplan', '12a. Ekstra bevilling', '14. Salg af grund']);
    const renumbered = applyEdits(gap, renumberEdits(parse(gap)));
    assert.deepEqual(
      parse(renumbered).items.map((i) => `${i.number.value}${i.numberSuffix ?? ''}`),
      ['11', '12', '12a', '13'],
    );
    assert.deepEqual(serious(renumbered), []);
    // A finding about a supplementary item names it with its letter: «Punkt 12a», not «Punkt 12».
    const lacking = items(['11. Budget 2026', '12. Vejplan', '12a. Ekstra bevilling', '13. Salg af grund']).replace(/(12a\. Ekstra bevilling[\s\S]*?)Beslutning\nGodkendt\./u, '$1');
    const missing = analyze(lacking, { fileName: 'møde.referat.txt' }).findings.filter((f) => f.code === 'missing-section');
    assert.deepEqual(missing.map((f) => f.message), ['Punkt 12a mangler afsnittet «Beslutning».']);
  });

  it('an agenda with blank decision headings: the next item right under one is an item, a list under Indstilling is not', () => {
    const text = [
      'DAGSORDEN',
      '',
      '1. Godkendelse af dagsorden',
      'Sagsnr.: 25/101',
      'Indstilling',
      'Forvaltningen indstiller, at dagsordenen godkendes.',
      'Beslutning',
      '',
      '2. Skolernes budget 2025',
      'Sagsnr.: 25/102',
      'Indstilling',
      '1. At budgettet godkendes.',
      '2. At fordelingen tages til efterretning.',
      'Beslutning',
      '',
      '3. Status på skolebyggeri',
      'Indstilling',
      'Forvaltningen indstiller, at orienteringen tages til efterretning.',
      'Beslutning',
      '',
      '4. Meddelelser',
      'Beslutning',
      '',
      '5. Eventuelt',
      'Beslutning',
    ].join('\n');
    const doc = parse(text, 'møde.dagsorden.txt');
    assert.deepEqual(
      doc.items.map((i) => `${i.number.value} ${i.title.value}`),
      ['1 Godkendelse af dagsorden', '2 Skolernes budget 2025', '3 Status på skolebyggeri', '4 Meddelelser', '5 Eventuelt'],
    );
    assert.deepEqual(serious(text, 'møde.dagsorden.txt'), []);
  });

  it('a contents title wrapped onto a second line is one entry, not an orphan (`… og tillæg` / `nr. 12 til …`)', () => {
    const text = [
      'REFERAT',
      '',
      'Indholdsfortegnelse',
      '1. Godkendelse af dagsorden ......................................... 2',
      '2. Forslag til lokalplan nr. 123 for boligområdet ved Skovvej og tillæg',
      'nr. 12 til Kommuneplan 2025 ......................................... 2',
      '3. Salg af grund ..................................................... 3',
      '',
      ...item('1. Godkendelse af dagsorden', '25/101', { Beslutning: 'Godkendt.' }),
      ...item('2. Forslag til lokalplan nr. 123 for boligområdet ved Skovvej og tillæg nr. 12 til Kommuneplan 2025', '25/102', { Indstilling: 'At forslaget vedtages.', Beslutning: 'Godkendt.' }),
      ...item('3. Salg af grund', '25/103', { Indstilling: 'At grunden sælges.', Beslutning: 'Godkendt.' }),
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.contents?.entries.map((e) => e.number), [1, 2, 3]);
    assert.deepEqual(serious(text), []);
  });

  it('a lower-case list point with a letter (`1 a. at …`) is no item', () => {
    const text = ['REFERAT', '', ...item('4. Vejplan', '25/102', { Indstilling: 'Forvaltningen indstiller,\n1 a. at vejplanen godkendes.\n1 b. at den offentliggøres.', Beslutning: 'Godkendt.' })].join('\n');
    assert.deepEqual(
      parse(text).items.map((i) => i.number.value),
      [4],
    );
  });

  it('a document with no title, a neutral file name and no decision in any item is an agenda', () => {
    const text = ['Teknik- og Miljøudvalget', 'Mødedato: 4. november 2025', '', ...item('1. Godkendelse af dagsorden', '25/100', { Indstilling: 'At dagsordenen godkendes.' }), ...item('2. Vejplan 2026', '25/101', { Indstilling: 'At vejplanen godkendes.' })].join('\n');
    assert.equal(parse(text).kind, 'dagsorden');
    assert.deepEqual(serious(text), [], 'no missing Beslutning on an agenda');
    // The file name still decides, and one decision makes it minutes.
    assert.equal(parse(text, 'udvalg.referat.txt').kind, 'referat');
    const decided = text.replace('At vejplanen godkendes.', 'At vejplanen godkendes.\n\nBeslutning\nGodkendt.');
    assert.equal(parse(decided).kind, 'referat');
    assert.deepEqual(serious(decided), ['4 missing-section'], 'the item without a decision in minutes');
  });

  it('marks closed items: by their title or by a `Lukket` line under the heading', () => {
    const text = [
      'REFERAT',
      '',
      ...item('5. Salg af grund', '25/1', { Indstilling: 'At grunden sælges.', Beslutning: 'Godkendt.' }),
      '6. Lukket punkt: Personalesag',
      '',
      '7. Køb af ejendom (Lukket)',
      '',
      '8. Erstatningssag',
      'Sagsnr.: 25/8    Lukket sag',
      '',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    assert.deepEqual(
      parse(text).items.map((i) => `${i.number.value}${i.closed ? ' lukket' : ''}`),
      ['5', '6 lukket', '7 lukket', '8 lukket'],
    );
  });

  it('reads past PDF page furniture between an item’s heading and its journal number', () => {
    const furniture = ['Side 2 af 3', '', '\fØkonomiudvalget – Referat – 12. marts 2025'];
    const text = [
      'Økonomiudvalget – Referat – 12. marts 2025',
      'REFERAT',
      '1. Godkendelse af dagsorden',
      ...furniture.slice(0, 1),
      '\fØkonomiudvalget – Referat – 12. marts 2025',
      'Sagsnr.: 25/1',
      'Beslutning',
      'Godkendt.',
      '2. Budgetopfølgning',
      ...furniture,
      'Sagsnr.: 25/2',
      'Beslutning',
      'Taget til efterretning.',
      'Side 3 af 3',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.items.map((i) => `${i.number.value} ${i.journalNumber?.value} [${i.sections.map((s) => s.id).join(' ')}]`),
      ['1 25/1 [beslutning]', '2 25/2 [beslutning]'],
    );
  });

  it('a decision headed by body, date and item number is the decision only with this meeting’s date', () => {
    const text = [
      'Referat',
      'Dato: Onsdag, 2. april 2025 - 18:00',
      '',
      'Pkt. 44 Tilskud til foreninger',
      'Sagsnr. 318840 Kultur- og Fritidsudvalget Åbent punkt',
      '',
      'Indstilling',
      'Forvaltningen indstiller, at tilskuddet fordeles.',
      '',
      'Økonomiudvalget, 18. marts 2025, pkt. 44:',
      'Anbefales.',
      '',
      'Kultur- og Fritidsudvalget, 02-04-2025, pkt. 44',
      'Godkendt.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.items[0]!.sections.map((s) => `${s.id}@${s.headingLine + 1}`),
      ['indstilling@7', 'beslutning@13'],
    );
    assert.equal(doc.items[0]!.journalNumber?.value, '318840');
  });

  it('reads a contents heading glued to its first entry, and skips group labels with roman page numbers', () => {
    const text = [
      'Byrådet - Referat',
      '',
      'Indholdsfortegnelse1. Fraværende',
      'Til behandling - for åbne døre.....\tii',
      '2. Salg af grunde',
      '',
      '1. Fraværende',
      '',
      'Beslutning',
      'Ingen.',
      '',
      '2. Salg af grunde',
      '',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.contents?.entries.map((e) => `${e.line + 1}:${e.number} ${e.title.value}`),
      ['3:1 Fraværende', '5:2 Salg af grunde'],
    );
    assert.deepEqual(doc.contents?.headingRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 'Indholdsfortegnelse'.length } });
    assert.deepEqual(serious(text), []);
  });

  it('reads `Beslutning: Vedtaget` under each title (a web page’s list of decisions) as items with their decision', () => {
    const text = ['Dagsorden', '', '1. Godkendelse af dagsorden', 'Beslutning: Vedtaget', '', '2. Lokalplan 1201, boliger ved Havnevej - endelig', 'Beslutning: Vedtaget', '', '3. Forslag om flere legepladser', 'Beslutning: Sendt til behandling i Magistraten'].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.items.map((i) => `${i.number.value} [${i.sections.map((s) => `${s.id}@${s.headingLine + 1}`).join(' ')}]`),
      ['1 [beslutning@4]', '2 [beslutning@7]', '3 [beslutning@10]'],
    );
    assert.deepEqual(serious(text), []);
    // Further down an item, such a line is text of the section it stands in.
    const later = ['REFERAT', '', '1. Vejplan', 'Sagsnr.: 25/1', '', 'Sagsfremstilling', 'Beslutning: udvalget skal tage stilling til planen.', '', 'Beslutning', 'Godkendt.'].join('\n');
    assert.deepEqual(
      parse(later).items[0]!.sections.map((s) => `${s.id}@${s.headingLine + 1}`),
      ['sagsfremstilling@6', 'beslutning@9'],
    );
  });

  it('reads `Pkt. 42` alone with the title on a line below, and not again under `• Pkt. 42 Title`', () => {
    const block = (n: number, title: string) => [`Pkt. ${n}`, '', title, '', `Sagsnr. 3011${n} Kultur- og Fritidsudvalget Åbent punkt`, '', 'Indstilling', 'At sagen godkendes.', '', 'Beslutning', 'Godkendt.', ''];
    const text = ['Referat', 'Dato: Onsdag, 2. april 2025 - 18:00', '', ...block(42, 'Godkendelse af dagsorden'), ...block(43, 'Meddelelser fra formanden')].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.items.map((i) => `${i.headingLine + 1}:${i.number.value} ${i.title.value}@${i.title.range.start.line + 1} ${i.journalNumber?.value} [${i.sections.map((s) => s.id).join(' ')}]`),
      ['4:42 Godkendelse af dagsorden@6 301142 [indstilling beslutning]', '16:43 Meddelelser fra formanden@18 301143 [indstilling beslutning]'],
    );
    const bulleted = text.replace('Pkt. 42\n', ' • Pkt. 42 Godkendelse af dagsorden\n\nPkt. 42\n').replace('Pkt. 43\n', ' • Pkt. 43 Meddelelser fra formanden\n\nPkt. 43\n');
    assert.deepEqual(
      parse(bulleted).items.map((i) => `${i.headingLine + 1}:${i.number.value}`),
      ['4:42', '18:43'],
    );
  });

  it('reads items without numbers (a title with the same section under each) only where no item is numbered', () => {
    const unnumbered = ['Referat Byrådet 10-09-2025', '', 'Godkendelse af dagsorden', '', 'Beslutning', 'Vedtaget.', '', 'Ombygning af skolen', '', 'Beslutning', 'Vedtaget.', '', 'Resumé', 'Skolen ombygges.'].join('\n');
    const doc = parse(unnumbered);
    assert.deepEqual(
      doc.items.map((i) => `${i.number.value} ${i.title.value} [${i.sections.map((s) => s.id).join(' ')}]`),
      ['1 Godkendelse af dagsorden [beslutning]', '2 Ombygning af skolen [beslutning resume]'],
    );
    assert.equal(doc.layout.itemForm, 'title');
    // The same as a PDF's text (no blank lines; an attachment list right above the last title).
    const pdf = ['Referat Byrådet 10-09-2025', 'Godkendelse af dagsorden', 'Beslutning', 'Vedtaget.', 'Ombygning af skolen', 'Beslutning', 'Vedtaget.', 'Bilag', 'Bilag 1: Tegninger', 'Cykelparkering ved stationen', 'Beslutning', 'Sendt til udvalget.'].join('\n');
    assert.deepEqual(
      parse(pdf).items.map((i) => `${i.number.value} ${i.title.value} [${i.sections.map((s) => s.id).join(' ')}]`),
      ['1 Godkendelse af dagsorden [beslutning]', '2 Ombygning af skolen [beslutning bilag]', '3 Cykelparkering ved stationen [beslutning]'],
    );
    // With numbered items in the document, a title line over a section is no item of its own.
    const numbered = ['REFERAT', '', '1. Godkendelse af dagsorden', 'Sagsnr.: 25/1', '', 'Beslutning', 'Vedtaget.', '', 'Bemærkninger fra mødet', '', 'Beslutning', 'Ingen.'].join('\n');
    assert.deepEqual(
      parse(numbered).items.map((i) => i.number.value),
      [1],
    );
  });

  it('reads section headings numbered by an outline list (`2.1 Resume`, Word’s multilevel headings); one number alone is no outline number', () => {
    const text = [
      'REFERAT',
      '',
      '# 1. Godkendelse af dagsorden',
      '',
      '## 1.1 Beslutning',
      '',
      'Godkendt.',
      '',
      '# 2. Vejplan',
      '',
      '## 2.1 Resume',
      '',
      'Vejplanen beskriver de næste fire års arbejde.',
      '',
      '## 2.2. Indstilling',
      '',
      'Forvaltningen indstiller:',
      '',
      '1. Beslutning',
      '',
      '## 2.3 Beslutning i Teknik- og Miljøudvalget den 19. november 2025',
      '',
      'Godkendt.',
      '',
      '## 2.4 Beslutningen om udbud',
      '',
      'Teksten fortsætter.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.items.map((i) => `${i.number.value} [${i.sections.map((s) => `${s.id}:${s.heading.value}`).join(' | ')}]`),
      ['1 [beslutning:1.1 Beslutning]', '2 [resume:2.1 Resume | indstilling:2.2. Indstilling | beslutning:2.3 Beslutning i Teknik- og Miljøudvalget den 19. november 2025]'],
    );
    assert.deepEqual(serious(text), []);
  });
});

