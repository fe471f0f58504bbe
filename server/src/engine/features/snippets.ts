import type { HeadingStyle } from '../model/minutes';
import type { HeadingShape } from '../edits/style';
import type { Locale } from '../i18n/messages';
import { PLACEHOLDER } from '../edits/placeholders';

/**
 * The snippet catalogue: one source for the static `snippets/referat.code-snippets` (generated
 * by `npm run gen`, a Markdown and a plain-text variant of each) and for the skeletons the
 * server offers in the document's own heading style. Bodies are VS Code/LSP snippet syntax;
 * every placeholder has a default that checks clean, so a skeleton is valid minutes as
 * inserted and the secretary overwrites the defaults.
 */
export interface SnippetDefinition {
  readonly id: SnippetId;
  /** Prefix in the static snippet file (the plain-text variant adds `-txt`). */
  readonly prefix: string;
  /** The name VS Code shows in «Insert Snippet» and beside the suggestion: words a secretary uses. */
  readonly name: string;
  readonly description: { readonly da: string; readonly en: string };
  body(style: HeadingStyle): string;
}

export type SnippetId =
  | 'header'
  | 'itemDecision'
  | 'itemOrientation'
  | 'sectionResume'
  | 'sectionEffekt'
  | 'sectionIndstilling'
  | 'sectionBeslutning'
  | 'sectionSagsfremstilling'
  | 'sectionOkonomi'
  | 'sectionBilag'
  | 'vote'
  | 'absence';

const MD_ITEM: HeadingShape = { prefix: '# ', suffix: '' };
const MD_SECTION: HeadingShape = { prefix: '## ', suffix: '' };
const PLAIN: HeadingShape = { prefix: '', suffix: '' };

const esc = (s: string) => s.replace(/[\\$}]/gu, (c) => `\\${c}`);
const h = (shape: HeadingShape, text: string) => `${esc(shape.prefix)}${text}${esc(shape.suffix)}`;

/** Sections of a decision item with their placeholder bodies; `n` numbers the tab stops. */
/** A section's heading as the document spells it (`Sagsbeskrivelse`, `INDSTILLING:`); the name by default. */
export type SectionSpeller = (id: string, name: string) => string;
const asNamed: SectionSpeller = (_id, name) => name;

function sectionBodies(s: HeadingShape, committee: string, first: number, spell: SectionSpeller = asNamed, firstSection?: string): { text: string; next: number } {
  let n = first;
  const hs = (id: string, name: string) => h(s, esc(spell(id, name)));
  const t = (def: string) => `\${${n++}:${esc(def)}}`;
  // Each section's lines, made in the order they are written (so the tab stops run down the text).
  const blocks: [string, () => string[]][] = [
    ['resume', () => [hs('resume', 'Resume'), '', t(PLACEHOLDER.resume)]],
    ['effekt', () => [hs('effekt', 'Effekt'), '', t(PLACEHOLDER.effekt)]],
    [
      'indstilling',
      () => [hs('indstilling', 'Indstilling'), '', `${t('Forvaltningen')} indstiller, at ${t('udvalget')}:`, '', `1. ${t('godkender sagen')}.`, `2. ${t('tager orienteringen til efterretning')}.`],
    ],
    ['beslutning', () => [hs('beslutning', 'Beslutning'), '', t(`${committee} godkender indstillingen.`)]],
    ['sagsfremstilling', () => [hs('sagsfremstilling', 'Sagsfremstilling'), '', t(PLACEHOLDER.sagsfremstilling)]],
    [
      'okonomi',
      () => [
        hs('okonomi', 'Økonomi'),
        '',
        t('Sagen har ingen økonomiske konsekvenser.'),
        '',
        `1.000 kr.\t${t('2025')}\t${t('2026')}\t${t('2027')}\t${t('2028')}\tI alt`,
        `${t(PLACEHOLDER.budgetRow)}\t0\t0\t0\t0\t0`,
        'I alt\t0\t0\t0\t0\t0',
      ],
    ],
    ['bilag', () => [hs('bilag', 'Bilag'), '', t(PLACEHOLDER.bilag)]],
  ];
  // The section the document's items open with comes first (a web page's `Beslutning` right under the title).
  const lead = blocks.findIndex(([id]) => id === firstSection);
  if (lead > 0) blocks.unshift(...blocks.splice(lead, 1));
  const parts = blocks.map(([, make]) => make().join('\n'));
  return { text: parts.join('\n\n'), next: n };
}

export interface SkeletonOptions {
  readonly number?: number;
  /**
   * How the document writes an item's number before its title, `{n}` standing for the number
   * (`Punkt {n}: `, `{n}. `, `• Pkt. {n} `): a new item is written in the document's own form.
   * Odense's `Punkt {n}: ` by default.
   */
  readonly numberForm?: string;
  /**
   * The line under the title that carries the number (`Sag nr. {n}`), where the document writes
   * its items so; the heading is then the title alone.
   */
  readonly numberLine?: string;
  /**
   * The line above the title that carries the number (`Pkt. {n}`), where the document heads its
   * items with the number alone and the title on the next line.
   */
  readonly numberAbove?: string;
  /** Whether the document writes journal numbers under its items' titles; true by default. */
  readonly journalNumber?: boolean;
  /** The title as text, not a placeholder: a label every item is headed by (`Åben`, where a web page lost its titles). */
  readonly titleText?: string;
  /** The section the document's items open with (`beslutning` on a web page of titles alone). */
  readonly firstSection?: string;
  /** Whether the document writes case types before the title (`B-sag: `); true by default. */
  readonly caseTypePrefix?: boolean;
  /** The document's spelling of each section heading. */
  readonly spell?: SectionSpeller;
  readonly committee?: string;
  readonly itemShape?: HeadingShape;
  readonly sectionShape?: HeadingShape;
}

/** A whole agenda item: `B` a decision item with every section, `D` an orientation item. */
export function itemSkeleton(style: HeadingStyle, caseType: 'B' | 'D', options: SkeletonOptions = {}): string {
  const itemShape = options.itemShape ?? (style === 'markdown' ? MD_ITEM : PLAIN);
  const sectionShape = options.sectionShape ?? (style === 'markdown' ? MD_SECTION : PLAIN);
  const committee = options.committee?.trim() || 'Udvalget';
  // The first tab stop is the first thing to write, the title. A number the caller knows (the
  // next one, from the server) is plain text; the static snippet's `1` is the last tab stop, so
  // typing the title never overwrites it.
  const spell = options.spell ?? asNamed;
  const form = options.numberForm ?? 'Punkt {n}: ';
  const at = form.indexOf('{n}');
  // The number may be a tab stop (`${4:1}`): only the text around it is escaped.
  const numbered = (num: string) => (at < 0 ? esc(form) : `${esc(form.slice(0, at))}${num}${esc(form.slice(at + 3))}`);
  const caseText = (code: string) => (options.caseTypePrefix === false ? '' : `${code}-sag: `);
  const titleStop = options.titleText !== undefined ? `${esc(options.titleText)}\${1}` : `\${1:${PLACEHOLDER.title}}`;
  const title = (num: string, code: string) => {
    if (options.numberAbove !== undefined) {
      const at2 = options.numberAbove.indexOf('{n}');
      const line = at2 < 0 ? esc(options.numberAbove) : `${esc(options.numberAbove.slice(0, at2))}${num}${esc(options.numberAbove.slice(at2 + 3))}`;
      return `${line}\n${caseText(code)}${titleStop}`;
    }
    if (options.numberLine === undefined) return `${numbered(num)}${caseText(code)}${titleStop}`;
    const at2 = options.numberLine.indexOf('{n}');
    const line = at2 < 0 ? esc(options.numberLine) : `${esc(options.numberLine.slice(0, at2))}${num}${esc(options.numberLine.slice(at2 + 3))}`;
    return `${caseText(code)}${titleStop}\n${line}`;
  };
  // A document without journal numbers gets none (a title alone must stand right over its first section).
  const journal = options.journalNumber === false ? [] : [`\${2:${PLACEHOLDER.journalNumber}}`, ''];
  if (caseType === 'D') {
    const num = options.number !== undefined ? String(options.number) : '${4:1}';
    const resume = [h(sectionShape, esc(spell('resume', 'Resume'))), '', `\${3:${PLACEHOLDER.resume}}`];
    const decision = [h(sectionShape, esc(spell('beslutning', 'Beslutning'))), '', 'Orientering givet.'];
    const body = options.firstSection === 'beslutning' ? [...decision, '', ...resume] : [...resume, '', ...decision];
    return [h(itemShape, title(num, 'D')), '', ...journal, ...body, '$0'].join('\n');
  }
  const sections = sectionBodies(sectionShape, committee, 3, spell, options.firstSection);
  const num = options.number !== undefined ? String(options.number) : `\${${sections.next}:1}`;
  return [h(itemShape, title(num, 'B')), '', ...journal, sections.text, '$0'].join('\n');
}

const shapes = (style: HeadingStyle) => (style === 'markdown' ? MD_SECTION : PLAIN);

function section(name: string, def: string): (style: HeadingStyle) => string {
  return (style) => [h(shapes(style), name), '', `\${1:${esc(def)}}`, '$0'].join('\n');
}

export const snippets: readonly SnippetDefinition[] = [
  {
    id: 'header', name: 'Mødehoved',
    prefix: 'referat-hoved',
    description: { da: 'Mødets hoved: titel, Mødedato, Mødested og Indholdsfortegnelse', en: 'Meeting header: title, meeting date, venue and table of contents' },
    body: (style) =>
      [
        h(style === 'markdown' ? MD_ITEM : PLAIN, '${1|REFERAT,DAGSORDEN|} ${2:Beskæftigelses- og Socialudvalget} ${3:2022-2025} d. ${4:09-04-2024}'),
        '',
        `${style === 'markdown' ? '**Mødedato**' : 'Mødedato'} \${5:Tirsdag} d. \${6:9. april 2024} kl. \${7:08:30}`,
        '',
        `${style === 'markdown' ? '**Mødested**' : 'Mødested'} \${8:Udvalgsværelset}`,
        '',
        h(shapes(style), 'Indholdsfortegnelse'),
        '',
        '$0',
      ].join('\n'),
  },
  {
    id: 'itemDecision', name: 'Beslutningspunkt (B-sag)',
    prefix: 'referat-punkt-b',
    description: {
      da: 'Beslutningspunkt (B-sag): Resume, Effekt, Indstilling, Beslutning, Sagsfremstilling, Økonomi med budgettabel og Bilag',
      en: 'Decision item (B case): Resume, Effekt, Indstilling, Beslutning, Sagsfremstilling, Økonomi with a budget table and Bilag',
    },
    body: (style) => itemSkeleton(style, 'B'),
  },
  {
    id: 'itemOrientation', name: 'Orienteringspunkt (D-sag)',
    prefix: 'referat-punkt-d',
    description: { da: 'Orienteringspunkt (D-sag): Resume og Beslutning «Orientering givet.»', en: 'Orientation item (D case): Resume and Beslutning "Orientering givet."' },
    body: (style) => itemSkeleton(style, 'D'),
  },
  { id: 'sectionResume', name: 'Afsnit: Resume', prefix: 'referat-resume', description: { da: 'Afsnittet Resume', en: 'The Resume (summary) section' }, body: section('Resume', PLACEHOLDER.resume) },
  { id: 'sectionEffekt', name: 'Afsnit: Effekt', prefix: 'referat-effekt', description: { da: 'Afsnittet Effekt', en: 'The Effekt (impact) section' }, body: section('Effekt', PLACEHOLDER.effekt) },
  {
    id: 'sectionIndstilling', name: 'Afsnit: Indstilling',
    prefix: 'referat-indstilling',
    description: { da: 'Afsnittet Indstilling med nummererede punkter', en: 'The Indstilling (recommendation) section with numbered points' },
    body: (style) =>
      [h(shapes(style), 'Indstilling'), '', '${1:Forvaltningen} indstiller, at ${2:udvalget}:', '', '1. ${3:godkender sagen}.', '2. ${4:tager orienteringen til efterretning}.', '$0'].join('\n'),
  },
  {
    id: 'sectionBeslutning', name: 'Afsnit: Beslutning',
    prefix: 'referat-beslutning',
    description: { da: 'Afsnittet Beslutning med en standardbeslutning', en: 'The Beslutning (decision) section with a standard decision' },
    body: (style) =>
      [h(shapes(style), 'Beslutning'), '', '${1:Udvalget} ${2|godkender indstillingen.,anbefaler indstillingen.,drøftede sagen.|}', '$0'].join('\n'),
  },
  {
    id: 'sectionSagsfremstilling', name: 'Afsnit: Sagsfremstilling',
    prefix: 'referat-sagsfremstilling',
    description: { da: 'Afsnittet Sagsfremstilling', en: 'The Sagsfremstilling (case description) section' },
    body: section('Sagsfremstilling', PLACEHOLDER.sagsfremstilling),
  },
  {
    id: 'sectionOkonomi', name: 'Afsnit: Økonomi med budgettabel',
    prefix: 'referat-okonomi',
    description: { da: 'Afsnittet Økonomi med budgettabel (1.000 kr., år, I alt)', en: 'The Økonomi (finances) section with a budget table (DKK 1,000, years, total)' },
    body: (style) =>
      [
        h(shapes(style), 'Økonomi'),
        '',
        '${1:Sagen har ingen økonomiske konsekvenser.}',
        '',
        '1.000 kr.\t${2:2025}\t${3:2026}\t${4:2027}\t${5:2028}\tI alt',
        '${6:Udgift}\t0\t0\t0\t0\t0',
        'I alt\t0\t0\t0\t0\t0',
        '$0',
      ].join('\n'),
  },
  { id: 'sectionBilag', name: 'Afsnit: Bilag', prefix: 'referat-bilag', description: { da: 'Afsnittet Bilag', en: 'The Bilag (attachments) section' }, body: section('Bilag', PLACEHOLDER.bilag) },
  {
    id: 'vote', name: 'Afstemning',
    prefix: 'referat-stemme',
    description: { da: 'Afstemningslinje: «Udvalgsmedlem … (…) stemmer imod indstillingen.»', en: 'Vote line: "Udvalgsmedlem … (…) stemmer imod indstillingen."' },
    body: () => '${1:Udvalgsmedlem} ${2:Navn} (${3:A}) stemmer ${4|imod,for|} indstillingen.$0',
  },
  {
    id: 'absence', name: 'Fravær',
    prefix: 'referat-fravaer',
    description: { da: 'Fraværslinje: «… deltog ikke i behandlingen af dette punkt.»', en: 'Absence line: "… deltog ikke i behandlingen af dette punkt."' },
    body: () => '${1:Udvalgsmedlem} ${2:Navn} deltog ikke i behandlingen af dette punkt.$0',
  },
];

export function snippetDescription(id: SnippetId, locale: Locale): string {
  return snippets.find((s) => s.id === id)!.description[locale];
}

/**
 * The static snippet file: a Markdown and a plain-text (`-txt`) variant of every snippet, named
 * and described in Danish (VS Code cannot localise a snippet file, and Danish is the default).
 */
export function snippetFile(): Record<string, { prefix: string; body: string[]; description: string }> {
  const out: Record<string, { prefix: string; body: string[]; description: string }> = {};
  for (const s of snippets) {
    const plain = s.body('plain') !== s.body('markdown');
    out[plain ? `${s.name}, Markdown` : s.name] = { prefix: s.prefix, body: s.body('markdown').split('\n'), description: s.description.da };
    if (plain) out[`${s.name}, ren tekst`] = { prefix: `${s.prefix}-txt`, body: s.body('plain').split('\n'), description: `${s.description.da} (ren tekst uden #)` };
  }
  return out;
}
