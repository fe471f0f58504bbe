import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  IParagraphStyleOptions,
  LeaderType,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

/**
 * Invented minutes written as Word writes them (issue 13, Word files): the structure is in Word's
 * markup, not in the text. Item numbers come from automatic list or heading numbering (`w:numPr`
 * on the paragraph or in its style: the paragraph's text has no number), section headings are
 * styles or bold paragraphs, tables are real tables with merged header cells and right-aligned
 * amounts, the contents are a TOC field with dot leaders and page numbers, and the committee and
 * date repeat in the page header. One model of the minutes, several layouts; the expectation (the
 * items with their sections, the findings) comes from the model, so a layout cannot drift from it.
 *
 * Used by test/import/docxLayouts.test.ts and scripts/measure-docx-layouts.mjs.
 */

export type Spelling = 'plain' | 'variants';

export interface DocxLayout {
  readonly name: string;
  readonly what: string;
  /**
   * How an item's heading is written: `heading-auto` Heading 1 numbered by its style (the text
   * has no number), `heading-direct` Heading 1 with the numbering on the paragraph, `list-bold` a
   * numbered list paragraph whose text is bold, `bold-typed` a bold paragraph with the number typed,
   * `bold-tab` the same with a tab after the number (`1.<tab>Title`), `table-row` a shaded one-row
   * table of number and title (a template's item bar), `layout-table` each item one table of two
   * columns: Word's number in the narrow left cell, the title and the whole case (sections, lists,
   * the budget table nested) in the right one.
   */
  readonly item: 'heading-auto' | 'heading-direct' | 'list-bold' | 'bold-typed' | 'bold-tab' | 'table-row' | 'layout-table';
  /** The numbering's level text (`%1.`, `Punkt %1:`) where Word numbers the items. */
  readonly label?: string;
  /** The first item's number (items running through the year start high). */
  readonly start?: number;
  /** Style names: Word's built-in (`heading 1`) or a Danish template's (`Overskrift 1`, no outline level). */
  readonly styles?: 'builtin' | 'danish';
  /** How a section heading is written. */
  readonly section: 'heading2' | 'bold' | 'bold-colon' | 'bold-mixed';
  /** Heading 2 numbered by the items' list at its second level (`%1.%2`: `2.1 Resume`), as Word's multilevel heading list does. */
  readonly sectionNumbers?: boolean;
  readonly spelling?: Spelling;
  /** A TOC field with the entries Word caches (number, tab, title, dot leader, page). */
  readonly toc?: boolean;
  /** The meeting's header fields as paragraphs, as a two-column table, or only in the page header. */
  readonly header?: 'paragraphs' | 'table' | 'page-header';
  /** Committee and date in the page header, `Side N af M` in the footer. */
  readonly running?: boolean;
  /** A page break before every item. */
  readonly pageBreaks?: boolean;
  /**
   * The budget table's head: one row, two rows with merged cells, or a caption row merged over
   * the whole width above one head row (`Drift, 1.000 kr.`) and the total's label merged over
   * two columns.
   */
  readonly table?: 'simple' | 'merged' | 'caption';
}

export interface Defects {
  /** The budget table's `I alt` changed: a `table-sum` must be found. */
  readonly wrongTotal?: boolean;
  /** The Anlæg table's net total changed (a table with remarks right of the amounts). */
  readonly wrongNet?: boolean;
  /** This item's decision left out: `missing-section` must be found. */
  readonly dropDecision?: number;
}

export interface Expected {
  readonly items: readonly { readonly number: number; readonly sections: readonly string[] }[];
  /** Codes of the warnings and errors that must be found (nothing else may be). */
  readonly findings: readonly string[];
}

type Body = string | { readonly points: readonly string[] } | { readonly list: readonly string[] } | { readonly bullets: readonly string[] } | { readonly table: 'budget' | 'anlaeg' };

interface SectionModel {
  readonly id: string;
  readonly heading: { readonly plain: string; readonly variants: string };
  readonly body: readonly Body[];
}

interface ItemModel {
  readonly title: string;
  readonly journal: string;
  readonly sections: readonly SectionModel[];
}

const H = {
  resume: { plain: 'Resume', variants: 'Sagsresumé' },
  indstilling: { plain: 'Indstilling', variants: 'Forvaltningens indstilling' },
  sagsfremstilling: { plain: 'Sagsfremstilling', variants: 'Sagsbeskrivelse' },
  okonomi: { plain: 'Økonomi', variants: 'Økonomiske konsekvenser' },
  bilag: { plain: 'Bilag', variants: 'Bilagsliste' },
  beslutning: { plain: 'Beslutning', variants: 'Beslutning i Teknik- og Miljøudvalget den 19. november 2025' },
} as const;

const section = (id: keyof typeof H, ...body: Body[]): SectionModel => ({ id, heading: H[id], body });

const ITEMS: readonly ItemModel[] = [
  {
    title: 'Godkendelse af dagsorden',
    journal: '25/18801',
    sections: [section('beslutning', 'Godkendt.')],
  },
  {
    title: 'Budgetopfølgning pr. 30. september 2025 for Teknik og Miljø',
    journal: '25/18820',
    sections: [
      section('resume', 'Budgetopfølgningen viser et forventet merforbrug på 0,25 mio. kr. på udvalgets driftsområder. Merforbruget skyldes især vintertjenesten i årets første måneder.'),
      section('indstilling', 'Forvaltningen indstiller,', { points: ['at budgetopfølgningen tages til efterretning,', 'at merforbruget på vejvedligeholdelse finansieres inden for udvalgets ramme.'] }),
      section(
        'sagsfremstilling',
        'Udvalget følger budgettet fire gange om året. Tabellen viser det oprindelige og det korrigerede budget, det forventede regnskab og afvigelsen for hvert område.',
        { table: 'budget' },
        'Vejvedligeholdelse har et merforbrug, fordi vinteren var længere end normalt. Parker og grønne områder har et mindreforbrug, fordi to stillinger først blev besat i efteråret.',
      ),
      section('okonomi', 'Merforbruget finansieres af mindreforbruget på parker og grønne områder og miljø og natur.'),
      section('beslutning', 'Indstillingen blev godkendt.'),
    ],
  },
  {
    title: 'Renovering af Byparken',
    journal: '25/20417',
    sections: [
      section('resume', 'Byparken trænger til en renovering. Forvaltningen foreslår, at stier, belysning og legeplads fornyes i 2025 og 2026.'),
      section('indstilling', 'Forvaltningen indstiller, at udvalget over for Økonomiudvalget og Byrådet anbefaler,', {
        points: ['at der gives en anlægsbevilling til renovering af Byparken,', 'at projektet finansieres af puljen til byfornyelse,', 'at projektet sættes i gang i december 2025.'],
      }),
      section(
        'sagsfremstilling',
        'Parkens stier er slidte, og belysningen er fra 1980. Projektet omfatter:',
        { list: ['Nye stier og belysning langs søen.', 'En ny legeplads ved Parkvej.', 'Plantning af 40 nye træer.'] },
        'Borgerne har haft projektet i høring i september, og bemærkningerne er indarbejdet.',
      ),
      section('okonomi', 'Projektet koster i alt 3,7 mio. kr. Fonden for grønne byrum giver et tilskud, så nettoudgiften fordeles på årene således:', { table: 'anlaeg' }),
      section('bilag', { bullets: ['Projektbeskrivelse for Byparken', 'Tidsplan for renoveringen'] }),
      section('beslutning', 'Anbefales godkendt.'),
    ],
  },
  {
    title: 'Meddelelser',
    journal: '25/18802',
    sections: [
      section('resume', 'Formanden og forvaltningen orienterer om aktuelle sager.'),
      section('beslutning', 'Orienteringen blev taget til efterretning.'),
    ],
  },
];

/** Budget table: Afvigelse = Korrigeret − Forventet regnskab; `I alt` sums the rows. */
const BUDGET = {
  rows: [
    ['Vejvedligeholdelse', '12.400', '12.900', '13.350', '-450'],
    ['Parker og grønne områder', '8.150', '8.150', '7.900', '250'],
    ['Kollektiv trafik', '21.300', '21.800', '22.100', '-300'],
    ['Miljø og natur', '3.600', '3.450', '3.200', '250'],
  ],
  total: ['I alt', '45.450', '46.300', '46.550', '-250'],
  wrongTotal: ['I alt', '45.540', '46.300', '46.550', '-250'],
};

/** Anlæg in kr. with a negative grant (minus sign and Danish ÷) and a column of remarks right of the amounts. */
const ANLAEG = {
  head: ['Anlæg', '2025', '2026', 'Bemærkning'],
  rows: [
    ['Projektering', '350.000 kr.', '0 kr.', 'Rådgiver valgt efter udbud'],
    ['Stier, belysning og legeplads', '1.200.000 kr.', '2.150.000 kr.', 'Anlæg fra marts 2026'],
    ['Tilskud fra Fonden for grønne byrum', '-300.000 kr.', '÷250.000 kr.', 'Tilsagn modtaget'],
  ],
  total: ['Nettoudgift i alt', '1.250.000 kr.', '1.900.000 kr.', ''],
};

export const DOCX_LAYOUTS: readonly DocxLayout[] = [
  {
    name: 'heading-style-numbered',
    what: 'Heading 1 numbered by its style (`%1.`, text without number), Heading 2 sections, merged table head',
    item: 'heading-auto',
    label: '%1.',
    section: 'heading2',
    table: 'merged',
  },
  {
    name: 'heading-punkt-label',
    what: 'Heading 1 with list numbering `Punkt %1:` on the paragraph, bold sections with colon, TOC field',
    item: 'heading-direct',
    label: 'Punkt %1:',
    section: 'bold-colon',
    toc: true,
    table: 'simple',
  },
  {
    name: 'list-bold-items',
    what: 'items as a numbered list with bold titles, bold sections, numbered points in Indstilling (another list)',
    item: 'list-bold',
    label: '%1.',
    section: 'bold',
    table: 'merged',
  },
  {
    name: 'bold-sections-mixed',
    what: 'items typed bold `Punkt N:`, section headings bold with and without colon, variant spellings, a caption row merged over the table',
    item: 'bold-typed',
    section: 'bold-mixed',
    spelling: 'variants',
    table: 'caption',
  },
  {
    name: 'running-numbers-toc',
    what: 'heading numbering starting at 185 (`%1.`), TOC field, page breaks, running header/footer',
    item: 'heading-auto',
    label: '%1.',
    start: 185,
    section: 'heading2',
    toc: true,
    running: true,
    pageBreaks: true,
    table: 'merged',
  },
  {
    name: 'header-table-running',
    what: 'meeting fields in a two-column table, committee and date in the page header, page number footer',
    item: 'heading-direct',
    label: '%1.',
    section: 'heading2',
    header: 'table',
    running: true,
    table: 'merged',
  },
  {
    name: 'typed-tab-items',
    what: 'items typed bold `1.<tab>Title` (no style, no list), Heading 2 sections',
    item: 'bold-tab',
    section: 'heading2',
    table: 'simple',
  },
  {
    name: 'item-bar-tables',
    what: 'each item heading a shaded one-row table (number | title), bold sections with colon',
    item: 'table-row',
    section: 'bold-colon',
    table: 'merged',
  },
  {
    name: 'page-header-only',
    what: 'committee and meeting date only in the page header (the body starts with the items), a caption row merged over the table',
    item: 'heading-auto',
    label: 'Punkt %1:',
    section: 'heading2',
    header: 'page-header',
    running: true,
    table: 'caption',
  },
  {
    name: 'outline-numbered',
    what: "Word's multilevel heading list: Heading 1 `%1.`, Heading 2 `%1.%2` (sections read `2.1 Resume`)",
    item: 'heading-auto',
    label: '%1.',
    section: 'heading2',
    sectionNumbers: true,
    toc: true,
    table: 'merged',
  },
  {
    name: 'layout-table',
    what: "each item a two-column table: Word's number alone in the left cell, title, sections, lists and the budget table (nested) in the right",
    item: 'layout-table',
    label: '%1.',
    section: 'bold',
    table: 'merged',
  },
  {
    name: 'danish-styles',
    what: 'styles named `Overskrift 1`/`Overskrift 2` without outline level, items numbered by the style, variant spellings',
    item: 'heading-auto',
    label: 'Punkt %1.',
    styles: 'danish',
    section: 'heading2',
    spelling: 'variants',
    toc: true,
    table: 'merged',
  },
];

const COMMITTEE = 'Teknik- og Miljøudvalget';

function numberOf(layout: DocxLayout, k: number): number {
  return (layout.start ?? 1) + k;
}

/** What Word shows for item k's number (the level text with the counter). */
function shownLabel(layout: DocxLayout, k: number): string {
  if (layout.item === 'bold-typed') return `Punkt ${numberOf(layout, k)}:`;
  if (layout.item === 'bold-tab' || layout.item === 'table-row') return `${numberOf(layout, k)}.`;
  if (layout.item === 'layout-table') return (layout.label ?? '%1.').replace('%1', String(numberOf(layout, k)));
  return (layout.label ?? '%1.').replace('%1', String(numberOf(layout, k)));
}

export function expectedOf(layout: DocxLayout, defects: Defects = {}): Expected {
  const items = ITEMS.map((it, k) => ({
    number: numberOf(layout, k),
    sections: it.sections.filter((s) => !(s.id === 'beslutning' && defects.dropDecision === numberOf(layout, k))).map((s) => s.id),
  }));
  const findings: string[] = [];
  if (defects.wrongTotal || defects.wrongNet) findings.push('table-sum');
  if (defects.dropDecision !== undefined) findings.push('missing-section');
  return { items, findings };
}

const right = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold })] });
const left = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (p: Paragraph, extra: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) => new TableCell({ children: [p], ...extra });

function budgetTable(layout: DocxLayout, defects: Defects): Table {
  const head =
    layout.table === 'merged'
      ? [
          new TableRow({
            tableHeader: true,
            children: [
              cell(left('Beløb i 1.000 kr.', true), { verticalMerge: VerticalMergeType.RESTART }),
              cell(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Budget 2025', bold: true })] }), { columnSpan: 2 }),
              cell(right('Forventet regnskab', true), { verticalMerge: VerticalMergeType.RESTART }),
              cell(right('Afvigelse', true), { verticalMerge: VerticalMergeType.RESTART }),
            ],
          }),
          new TableRow({
            tableHeader: true,
            children: [
              cell(left(''), { verticalMerge: VerticalMergeType.CONTINUE }),
              cell(right('Oprindeligt', true)),
              cell(right('Korrigeret', true)),
              cell(right(''), { verticalMerge: VerticalMergeType.CONTINUE }),
              cell(right(''), { verticalMerge: VerticalMergeType.CONTINUE }),
            ],
          }),
        ]
      : layout.table === 'caption'
        ? [
            new TableRow({ tableHeader: true, children: [cell(left('Drift, udvalgets områder (1.000 kr.)', true), { columnSpan: 5 })] }),
            new TableRow({ tableHeader: true, children: ['Område', 'Oprindeligt budget', 'Korrigeret budget', 'Forventet regnskab', 'Afvigelse'].map((t, i) => cell(i ? right(t, true) : left(t, true))) }),
          ]
        : [new TableRow({ tableHeader: true, children: ['1.000 kr.', 'Oprindeligt budget', 'Korrigeret budget', 'Forventet regnskab', 'Afvigelse'].map((t, i) => cell(i ? right(t, true) : left(t, true))) })];
  const total = defects.wrongTotal ? BUDGET.wrongTotal : BUDGET.total;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...head,
      ...BUDGET.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(i ? right(t) : left(t))) })),
      new TableRow({ children: total.map((t, i) => cell(i ? right(t, true) : left(t, true))) }),
    ],
  });
}

function anlaegTable(defects: Defects): Table {
  const total = defects.wrongNet ? ['Nettoudgift i alt', '1.250.000 kr.', '1.990.000 kr.', ''] : ANLAEG.total;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ANLAEG.head.map((t, i) => cell(i && i < 3 ? right(t, true) : left(t, true))) }),
      ...ANLAEG.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(i && i < 3 ? right(t) : left(t))) })),
      new TableRow({ children: total.map((t, i) => cell(i && i < 3 ? right(t, true) : left(t, true))) }),
    ],
  });
}

const ITEM_STYLE = { builtin: 'Heading1', danish: 'Overskrift1' } as const;
const SECTION_STYLE = { builtin: 'Heading2', danish: 'Overskrift2' } as const;

function sectionHeading(layout: DocxLayout, s: SectionModel, j: number): Paragraph {
  const text = s.heading[layout.spelling ?? 'plain'];
  const styles = layout.styles ?? 'builtin';
  switch (layout.section) {
    case 'heading2':
      return styles === 'builtin' ? new Paragraph({ heading: HeadingLevel.HEADING_2, text }) : new Paragraph({ style: SECTION_STYLE[styles], text });
    case 'bold':
      return new Paragraph({ children: [new TextRun({ text, bold: true })] });
    case 'bold-colon':
      return new Paragraph({ children: [new TextRun({ text: `${text}:`, bold: true })] });
    case 'bold-mixed':
      return new Paragraph({ children: [new TextRun({ text: j % 2 ? `${text}:` : text, bold: true })] });
  }
}

function itemHeading(layout: DocxLayout, it: ItemModel, k: number): Paragraph | Table {
  const styles = layout.styles ?? 'builtin';
  const pageBreakBefore = layout.pageBreaks && k > 0 ? true : undefined;
  switch (layout.item) {
    case 'heading-auto':
      // The numbering is in the style: the paragraph says nothing but its style.
      return styles === 'builtin'
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, text: it.title, pageBreakBefore })
        : new Paragraph({ style: ITEM_STYLE[styles], text: it.title, pageBreakBefore });
    case 'heading-direct':
      return new Paragraph({ heading: HeadingLevel.HEADING_1, text: it.title, numbering: { reference: 'items', level: 0 }, pageBreakBefore });
    case 'list-bold':
      return new Paragraph({ numbering: { reference: 'items', level: 0 }, children: [new TextRun({ text: it.title, bold: true })], pageBreakBefore });
    case 'bold-typed':
      return new Paragraph({ children: [new TextRun({ text: `${shownLabel(layout, k)} ${it.title}`, bold: true })], pageBreakBefore });
    case 'bold-tab':
      return new Paragraph({ children: [new TextRun({ text: shownLabel(layout, k), bold: true }), new TextRun({ children: [new Tab(), it.title], bold: true })], pageBreakBefore });
    case 'layout-table':
      throw new Error('a layout table holds the whole item (itemTable)');
    case 'table-row': {
      const shade = { fill: 'D9E2F3' };
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              new TableCell({ shading: shade, width: { size: 10, type: WidthType.PERCENTAGE }, children: [left(shownLabel(layout, k), true)] }),
              new TableCell({ shading: shade, children: [left(it.title, true)] }),
            ],
          }),
        ],
      });
    }
  }
}

/** The whole item in a table of two columns: Word's number on the left, the case on the right. */
function itemTable(layout: DocxLayout, it: ItemModel, k: number, defects: Defects, list: () => number): Table {
  const right: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: it.title, bold: true })] }),
    new Paragraph({ children: [new TextRun('Sagsnr.: '), new TextRun(it.journal)] }),
  ];
  it.sections.forEach((s, j) => {
    if (s.id === 'beslutning' && defects.dropDecision === numberOf(layout, k)) return;
    right.push(sectionHeading(layout, s, j));
    for (const b of s.body) right.push(...body(b, layout, defects, list));
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 8, type: WidthType.PERCENTAGE }, children: [new Paragraph({ numbering: { reference: 'items', level: 0 }, children: [] })] }),
          new TableCell({ children: right }),
        ],
      }),
    ],
  });
}

function contents(layout: DocxLayout): (Paragraph | TableOfContents)[] {
  // Word's cached result of `TOC \o "1-1" \h \z \u`: the number Word shows, a tab, the title, a
  // right tab with dot leader, the page.
  const entries = ITEMS.map(
    (it, k) =>
      new Paragraph({
        style: 'TOC1',
        tabStops: [
          { type: TabStopType.LEFT, position: 1100 },
          { type: TabStopType.RIGHT, position: 9350, leader: LeaderType.DOT },
        ],
        children: [new TextRun(shownLabel(layout, k)), new TextRun({ children: [new Tab(), it.title] }), new TextRun({ children: [new Tab(), String(k + 2)] })],
      }),
  );
  return [new Paragraph({ style: 'TOCHeading', text: 'Indholdsfortegnelse' }), new TableOfContents('Indholdsfortegnelse', { hyperlink: true, headingStyleRange: '1-1', contentChildren: entries, beginDirty: false })];
}

function meetingHeader(layout: DocxLayout): (Paragraph | Table)[] {
  const fields: [string, string][] = [
    ['Udvalg:', COMMITTEE],
    ['Mødedato:', 'Onsdag den 19. november 2025 kl. 16.00'],
    ['Mødested:', 'Mødelokale 3, Rådhuset'],
    ['Afbud:', 'Ingen'],
  ];
  const title = new Paragraph({ heading: HeadingLevel.TITLE, text: 'Referat' });
  if (layout.header === 'page-header') return [title];
  if (layout.header === 'table') {
    return [
      title,
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: fields.map(([k, v]) => new TableRow({ children: [cell(left(k, true)), cell(left(v))] })),
      }),
    ];
  }
  return [title, ...fields.map(([k, v]) => new Paragraph({ children: [new TextRun({ text: k, bold: true }), new TextRun(` ${v}`)] }))];
}

function body(b: Body, layout: DocxLayout, defects: Defects, list: () => number): (Paragraph | Table)[] {
  if (typeof b === 'string') return [new Paragraph(b)];
  if ('points' in b) {
    const instance = list();
    return b.points.map((t) => new Paragraph({ numbering: { reference: 'points', level: 0, instance }, text: t }));
  }
  if ('list' in b) {
    const instance = list();
    return b.list.map((t) => new Paragraph({ numbering: { reference: 'points', level: 0, instance }, text: t }));
  }
  if ('bullets' in b) return b.bullets.map((t) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, text: t }));
  return [b.table === 'budget' ? budgetTable(layout, defects) : anlaegTable(defects), new Paragraph('')];
}

function itemNumbering(layout: DocxLayout) {
  return {
    reference: 'items',
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: layout.label ?? '%1.',
        start: layout.start ?? 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 567, hanging: 567 } } },
      },
      { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
    ],
  };
}

function styles(layout: DocxLayout): { default?: Record<string, unknown>; paragraphStyles: IParagraphStyleOptions[] } {
  const auto = layout.item === 'heading-auto';
  const numbered = auto ? { numbering: { reference: 'items', level: 0 } } : {};
  const toc: IParagraphStyleOptions[] = [
    { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 28 } },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal' },
  ];
  if ((layout.styles ?? 'builtin') === 'danish') {
    return {
      paragraphStyles: [
        // A municipality's template: its own heading styles, named in Danish, no outline level.
        { id: 'Overskrift1', name: 'Overskrift 1', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 30 }, paragraph: { spacing: { before: 360, after: 120 }, ...numbered } },
        { id: 'Overskrift2', name: 'Overskrift 2', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 24 }, paragraph: { spacing: { before: 240, after: 60 } } },
        ...toc,
      ],
    };
  }
  const heading2 = layout.sectionNumbers ? { heading2: { run: { bold: true, size: 26 }, paragraph: { numbering: { reference: 'items', level: 1 } } } } : {};
  return {
    default: auto || layout.sectionNumbers ? { ...(auto ? { heading1: { run: { bold: true, size: 30 }, paragraph: numbered } } : {}), ...heading2 } : undefined,
    paragraphStyles: toc,
  };
}

/** The Word document of the minutes in `layout`, with `defects` injected. */
export async function buildDocx(layout: DocxLayout, defects: Defects = {}): Promise<Buffer> {
  let lists = 0;
  const list = () => ++lists;
  const children: (Paragraph | Table | TableOfContents)[] = [...meetingHeader(layout)];
  if (layout.toc) children.push(...contents(layout));
  ITEMS.forEach((it, k) => {
    if (layout.item === 'layout-table') {
      children.push(itemTable(layout, it, k, defects, list), new Paragraph(''));
      return;
    }
    if (layout.pageBreaks && k === 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(itemHeading(layout, it, k));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Sagsnr.: ', bold: false }), new TextRun(it.journal)] }));
    it.sections.forEach((s, j) => {
      if (s.id === 'beslutning' && defects.dropDecision === numberOf(layout, k)) return;
      children.push(sectionHeading(layout, s, j));
      for (const b of s.body) children.push(...body(b, layout, defects, list));
    });
  });
  const st = styles(layout);
  const running = `${COMMITTEE} – Referat – 19. november 2025`;
  const pageHeader =
    layout.header === 'page-header'
      ? [new Paragraph({ children: [new TextRun({ text: COMMITTEE, bold: true })] }), new Paragraph('Referat fra mødet onsdag den 19. november 2025 kl. 16.00, Mødelokale 3')]
      : [new Paragraph({ alignment: AlignmentType.RIGHT, text: running })];
  const doc = new Document({
    creator: 'Referat tests',
    styles: { ...(st.default ? { default: st.default } : {}), paragraphStyles: st.paragraphStyles },
    numbering: {
      config: [
        itemNumbering(layout),
        { reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      ],
    },
    sections: [
      {
        ...(layout.running
          ? {
              headers: { default: new Header({ children: pageHeader }) },
              footers: {
                default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })] })] }),
              },
            }
          : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
