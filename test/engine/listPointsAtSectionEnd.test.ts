import * as assert from 'node:assert/strict';
import { analyze } from '../support/engine';

/**
 * A numbered point at the END of a section (`1. Status på ventelisten` as a section's last line,
 * right above the next section or item) reads by itself like an item's heading over its block.
 * The document decides (issue 13, 1d): the items' numbers count evenly, an item numbered twice has
 * sections of its own, a web page's items without numbers stay its titles, and a capitalised title
 * after a list written `1. at …` is the next item when it opens a block of its own.
 * Measured over every family: `node scripts/measure-list-points.mjs`.
 */
const shape = (text: string, fileName = 'møde.referat.txt') => analyze(text, { fileName }).doc.items.map((i) => `${i.number.value} [${i.sections.map((s) => s.id).join(' ')}]`);
const serious = (text: string, fileName = 'møde.referat.txt') =>
  analyze(text, { fileName })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.range.start.line + 1} ${f.code}`);

/** An item of a web page's print: number, title and its sections, the Resume's last line `last`. */
const item = (n: number, title: string, last: readonly string[] = []) => [
  `${n}.    ${title}`,
  '',
  'Resume',
  'Forvaltningen forelægger sagen til beslutning.',
  ...last,
  '',
  'Indstilling',
  'Forvaltningen indstiller, at sagen godkendes.',
  '',
  'Beslutning',
  'Godkendt.',
  '',
];
const header = ['Referat', 'Økonomiudvalget', 'Mødedato: 04.11.2025', ''];

describe('a numbered point at the end of a section (issue 13)', () => {
  it('numbers that run through the year keep counting evenly: `1.` inside item 140 is a point', () => {
    const text = [...header, ...item(140, 'Godkendelse af dagsorden', ['', '1.    Status på ventelisten']), ...item(141, 'Takster 2026'), ...item(142, 'Budgetopfølgning')].join('\n');
    assert.deepEqual(shape(text), ['140 [resume indstilling beslutning]', '141 [resume indstilling beslutning]', '142 [resume indstilling beslutning]']);
    assert.deepEqual(serious(text), []);
  });

  it('a point numbered as the item it stands in (`1.` inside item 1) is a point: the item is not split in two', () => {
    const text = [...header, ...item(1, 'Godkendelse af dagsorden', ['', '1.    Status på ventelisten']), ...item(2, 'Takster 2026'), ...item(3, 'Budgetopfølgning')].join('\n');
    assert.deepEqual(shape(text), ['1 [resume indstilling beslutning]', '2 [resume indstilling beslutning]', '3 [resume indstilling beslutning]']);
    assert.deepEqual(serious(text), []);
  });

  it('a second `1.` inside item 1, where the numbers go on without it, is a point even between two sections of the same kind', () => {
    // The items open with different sections (no opening section to go by).
    const first = ['1.    Låneoptagelse 2025', '', 'Indstilling', 'Administrationen anbefaler lånet.', '', 'Baggrund', 'Regionen har lånedispensation.', '', '1.    Status på ventelisten', '', 'Sagsfremstilling', 'Lånet optages som et fastforrentet lån.', '', 'Beslutning', 'Anbefalet.', ''];
    const second = ['2.    Takster 2026', '', 'Resume', 'Taksterne reguleres.', '', 'Beslutning', 'Godkendt.', ''];
    const third = ['3.    Eventuelt', '', 'Beslutning', 'Intet.', ''];
    const text = [...header, ...first, ...second, ...third].join('\n');
    assert.deepEqual(shape(text), ['1 [indstilling sagsfremstilling sagsfremstilling beslutning]', '2 [resume beslutning]', '3 [beslutning]']);
  });

  it('a point with nothing under it right above the next item is a point, also where the journal number stands above the title', () => {
    // A regional agenda's print: `Sagnr.: …` above each item's title, so a line right above it
    // reads as if the journal number were its own.
    const journalFirst = (n: number, title: string) => [`Sagnr.: 1-30-72-${n}-25`, '', `${n}. ${title}`, '', 'Resume', 'Administrationen forelægger sagen.', '', 'Sagsfremstilling', 'Der er kommet fem ansøgninger.', '', ''];
    const text = ['Dagsorden', 'til', 'mødet i Udvalg for regional udvikling', 'den 5. november 2025 kl. 09:00', '', ...journalFirst(1, 'Tilskud til kollektiv trafik'), '1.    Status på ventelisten', '', ...journalFirst(2, 'Høringssvar om infrastrukturplanen'), ...journalFirst(3, 'Regional udviklingsstrategi')].join('\n');
    assert.deepEqual(shape(text), ['1 [resume sagsfremstilling]', '2 [resume sagsfremstilling]', '3 [resume sagsfremstilling]']);
  });

  it('a list `1. at …` / `2. Status …` ends before the next item `3. …`, also the last item with a section right under it', () => {
    const last = ['3. Eventuelt', '', 'Beslutning', 'Intet.'];
    const text = [...header, ...item(1, 'Godkendelse af dagsorden'), ...item(2, 'Takster 2026'), '1. at sagen sendes i høring', '', '2. Status på ventelisten', '', ...last].join('\n');
    assert.deepEqual(shape(text), ['1 [resume indstilling beslutning]', '2 [resume indstilling beslutning]', '3 [beslutning]']);
    // A list point with its list's text under it stays a point: `3. Orientering om regnskab` here.
    const point = [...header, ...item(1, 'Godkendelse af dagsorden'), ...item(2, 'Takster 2026'), '1. at sagen sendes i høring', '2. at taksterne offentliggøres', '3. Orientering om regnskab', 'Forvaltningen følger op.'].join('\n');
    assert.deepEqual(shape(point), ['1 [resume indstilling beslutning]', '2 [resume indstilling beslutning]']);
  });

  it('a point in the middle of an item that lacks the section every item opens with is part of that item', () => {
    // Item 2's block goes on after the point with Økonomi and Beslutning; every item opens with Resume.
    const lines = item(2, 'Takster 2026');
    const at = lines.indexOf('Indstilling');
    const split = [...lines.slice(0, at), '1.    Status på ventelisten', '', 'Økonomi', 'Taksterne stiger med 2 pct.', '', ...lines.slice(at)];
    const text = [...header, ...item(1, 'Godkendelse af dagsorden'), ...split, ...item(3, 'Budgetopfølgning')].join('\n');
    assert.deepEqual(shape(text), ['1 [resume indstilling beslutning]', '2 [resume okonomi indstilling beslutning]', '3 [resume indstilling beslutning]']);
  });

  it('an item numbered twice that has sections of its own stays an item (and a finding)', () => {
    const text = [...header, ...item(1, 'Godkendelse af dagsorden'), ...item(2, 'Takster 2026'), ...item(2, 'Ny skolestruktur'), ...item(3, 'Budgetopfølgning')].join('\n');
    assert.deepEqual(shape(text), ['1 [resume indstilling beslutning]', '2 [resume indstilling beslutning]', '2 [resume indstilling beslutning]', '3 [resume indstilling beslutning]']);
    assert.ok(serious(text).some((f) => f.endsWith('item-number-duplicate')), serious(text).join(', '));
  });

  it('a web page whose items are titles without numbers keeps its titles when a section ends with a numbered point', () => {
    const titled = (title: string, last: readonly string[] = []) => [`    ${title}`, '', '    Beslutning', '    Vedtaget.', ...last, '', '    Resumé', '    Sagen forelægges.', '', ''];
    const text = ['Referat Byrådet 10-09-2025', '', ...titled('Godkendelse af dagsorden'), ...titled('Ombygning af Nørrevang Skole', ['', '1.    Status på ventelisten']), ...titled('Takster for dagtilbud 2026')].join('\n');
    assert.deepEqual(
      analyze(text, { fileName: 'web.referat.txt' }).doc.items.map((i) => `${i.title.value} [${i.sections.map((s) => s.id).join(' ')}]`),
      ['Godkendelse af dagsorden [beslutning resume]', 'Ombygning af Nørrevang Skole [beslutning resume]', 'Takster for dagtilbud 2026 [beslutning resume]'],
    );
  });

  it('after a recommendation written `1. at …`, a capitalised title that opens a block of its own is the next item, prose first or not', () => {
    const agenda = (under: readonly string[]) =>
      [
        'Dagsorden',
        'Lokaludvalget',
        'Mødedato: 04.11.2025',
        '',
        '1. Godkendelse af dagsorden',
        '',
        'Indstilling',
        'Sekretariatet indstiller,',
        '1. at sagen sendes i høring',
        '',
        '2. Puljeansøgninger august 2025 (B)',
        '',
        ...under,
        '3. Budgetopfølgning',
        '',
        'Indstilling',
        'Sekretariatet indstiller, at budgetopfølgningen tages til efterretning.',
      ].join('\n');
    const read = ['1 [indstilling]', '2 [indstilling]', '3 [indstilling]'];
    assert.deepEqual(shape(agenda(['Lokaludvalget skal tage stilling til tre ansøgninger.', '', 'Indstilling', 'Sekretariatet indstiller, at ansøgningerne imødekommes.', ''])), read);
    assert.deepEqual(shape(agenda(['Indstilling', 'Sekretariatet indstiller, at ansøgningerne imødekommes.', ''])), read);
    // Followed by the list's own text and then the next item, it is the list's last point.
    assert.deepEqual(shape(agenda(['Sekretariatet følger op i januar.', ''])), ['1 [indstilling]', '3 [indstilling]']);
  });

  it('the same, where the header has two title lines (`Dagsorden til` / `Dagsorden åben`): still one meeting', () => {
    const text = [
      'Dagsorden til',
      'mødet i Økonomiudvalget den 9. juni 2025',
      '',
      'Dagsorden åben',
      '',
      '1. Godkendelse af dagsorden',
      '',
      'Indstilling',
      'Direktionen indstiller,',
      '1. at sagen sendes i høring',
      '',
      '2. Anlægsbevilling til nyt tag på Strandby Hallen',
      '',
      'Indstilling',
      'Direktionen indstiller, at bevillingen gives.',
      '',
      '3. Budgetopfølgning',
      '',
      'Indstilling',
      'Direktionen indstiller, at opfølgningen tages til efterretning.',
    ].join('\n');
    assert.deepEqual(shape(text, 'møde.dagsorden.txt'), ['1 [indstilling]', '2 [indstilling]', '3 [indstilling]']);
  });

  it('a journal number in bold under the title (`**Sagsnr.:** …`, a Word export) opens the item after a list', () => {
    const text = [
      '# Dagsorden',
      '',
      'Mødedato: 04.11.2025',
      '',
      '**1. Godkendelse af dagsorden**',
      '',
      '**Sagsnr.:** 00.01.00-A00-1-25',
      '',
      '**Indstilling:**',
      '',
      'Skolechefen indstiller, at dagsordenen godkendes.',
      '',
      '1. at sagen sendes i høring',
      '',
      '**2. Skoledistrikter fra skoleåret 2026/27**',
      '',
      '**Sagsnr.:** 17.02.00-P20-2-25',
      '',
      '**Indstilling:**',
      '',
      'Skolechefen indstiller, at distrikterne godkendes.',
      '',
    ].join('\n');
    assert.deepEqual(shape(text, 'møde.dagsorden.md'), ['1 [indstilling]', '2 [indstilling]']);
  });
});
