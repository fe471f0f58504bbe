import { readHeadingLine } from '../parse/headingLine';
import type { ReferatConfig } from '../config/config';
import { PLACEHOLDER } from './placeholders';
import type { AgendaItem, MinutesDocument, Section } from '../model/minutes';
import { DocumentSlot } from '../model/derived';

/**
 * How this document writes its headings, learnt from the document itself, so that inserted
 * sections and items look like their neighbours: `## **Beslutning**` in the 2024 minutes,
 * a bare `Beslutning` line in the plain-text 2020 minutes.
 */
export interface HeadingShape {
  readonly prefix: string;
  readonly suffix: string;
}

const PLAIN: HeadingShape = { prefix: '', suffix: '' };

/**
 * A plain-text document's indentation is part of its headings (a web page's text indents every
 * title and heading): kept. A Markdown heading's is not (four spaces make a code block).
 */
function shapeOf(doc: MinutesDocument, line: number, start: number, end: number): HeadingShape {
  const raw = doc.lines[line]?.text ?? '';
  const before = raw.slice(0, start);
  return { prefix: doc.headingStyle === 'plain' ? before.replace(/^\s*\f/u, '') : before.replace(/^\s+/u, ''), suffix: raw.slice(end).replace(/\s+$/u, '') };
}

function sectionShape(doc: MinutesDocument, s: Section): HeadingShape {
  return shapeOf(doc, s.headingLine, s.heading.range.start.character, s.heading.range.end.character);
}

/**
 * The shape of a section heading in `item`: the neighbouring section's (`near`) first, since
 * one item may mix `###` and `##` (2024, item 5), then the item's own, then the nearest item's.
 */
export function sectionHeadingShape(doc: MinutesDocument, item?: AgendaItem, near?: Section): HeadingShape {
  if (near) return sectionShape(doc, near);
  if (item?.sections.length) return sectionShape(doc, item.sections[0]!);
  const n = neighbours(doc);
  const index = item ? (n.index.get(item) ?? doc.items.length) : doc.items.length;
  const other = (index > 0 ? n.previousWithSections[Math.min(index, doc.items.length) - 1] : undefined) ?? n.nextWithSections[index + 1];
  if (other) return sectionShape(doc, other.sections[0]!);
  return doc.headingStyle === 'markdown' ? { prefix: '## ', suffix: '' } : PLAIN;
}

interface Neighbours {
  readonly index: ReadonlyMap<AgendaItem, number>;
  /** For each position, the nearest item at or before it that has a section. */
  readonly previousWithSections: readonly (AgendaItem | undefined)[];
  /** For each position, the nearest item at or after it that has a section. */
  readonly nextWithSections: readonly (AgendaItem | undefined)[];
}

const neighbourCache = new DocumentSlot<Neighbours>();

/** Worked out once per document, so that a fix on every one of thousands of items stays linear. */
function neighbours(doc: MinutesDocument): Neighbours {
  return neighbourCache.of(doc, findNeighbours);
}

function findNeighbours(doc: MinutesDocument): Neighbours {
  const items = doc.items;
  const previous: (AgendaItem | undefined)[] = new Array(items.length);
  const next: (AgendaItem | undefined)[] = new Array(items.length + 1);
  let last: AgendaItem | undefined;
  for (let i = 0; i < items.length; i++) previous[i] = last = items[i]!.sections.length ? items[i] : last;
  last = undefined;
  for (let i = items.length - 1; i >= 0; i--) next[i] = last = items[i]!.sections.length ? items[i] : last;
  return { index: new Map(items.map((it, i) => [it, i])), previousWithSections: previous, nextWithSections: next };
}

/** The shape of an item heading (`# **Punkt 1: …**`): from the last item before `line`, or the first. */
export function itemHeadingShape(doc: MinutesDocument, line = Number.MAX_SAFE_INTEGER): HeadingShape {
  let model = doc.items[0];
  for (const i of doc.items) {
    if (i.headingLine >= line) break;
    model = i;
  }
  if (!model) return doc.headingStyle === 'markdown' ? { prefix: '# ', suffix: '' } : PLAIN;
  // What stands before the heading's text (`# **`) and after the title (`**`).
  const h = readHeadingLine(doc.lines[model.headingLine]!.text);
  return shapeOf(doc, model.headingLine, h ? h.start : 0, model.fullTitle.range.end.character);
}

export function heading(shape: HeadingShape, text: string): string {
  return `${shape.prefix}${text}${shape.suffix}`;
}

/** The document's line break: CRLF documents stay CRLF after an edit. */
export function eolOf(doc: MinutesDocument): string {
  return doc.eol;
}

/**
 * A section's heading as this document would write it: the spelling it already uses for the
 * section (`Forvaltningens indstilling`), else the configured name in the document's habit
 * (CAPITALS, a trailing colon).
 */
export function sectionSpelling(doc: MinutesDocument, config: ReferatConfig, id: string): string {
  const name = sectionName(config, id);
  const habit = spellingCache.of(doc, spellingHabit);
  const own = habit.byId.get(id);
  // A decision heading with its body and date is no model for another one.
  if (own !== undefined) return own;
  let text = name;
  if (habit.upper) text = text.toUpperCase();
  if (habit.colon) text += ':';
  return text;
}

interface SpellingHabit {
  /** The first plain heading of each section id as written. */
  readonly byId: ReadonlyMap<string, string>;
  /** Most section headings are in capitals / end in a colon. */
  readonly upper: boolean;
  readonly colon: boolean;
}

const spellingCache = new DocumentSlot<SpellingHabit>();

/** Worked out once per document: a fix on every one of thousands of items stays linear. */
function spellingHabit(doc: MinutesDocument): SpellingHabit {
  const byId = new Map<string, string>();
  let upper = 0;
  let colon = 0;
  let total = 0;
  for (const item of doc.items) {
    for (const s of item.sections) {
      const v = s.heading.value;
      if (!byId.has(s.id) && v.length <= 40 && !/\d/u.test(v)) byId.set(s.id, v);
      total++;
      if (v === v.toUpperCase() && v !== v.toLowerCase()) upper++;
      if (v.endsWith(':')) colon++;
    }
  }
  return { byId, upper: total > 0 && upper * 2 > total, colon: total > 0 && colon * 2 > total };
}

export function sectionName(config: ReferatConfig, id: string): string {
  return config.sections.find((s) => s.id === id)?.name ?? id;
}

/** The committee's name from the title (`Beskæftigelses- og Socialudvalget`), or `Udvalget`. */
export function committeeOf(doc: MinutesDocument): string {
  return doc.header.title?.committee?.value.trim() || 'Udvalget';
}

/**
 * The standard decisions (document text, always Danish) for an item, most likely first:
 * a decision case (B) is approved or recommended, a discussion/orientation case (D) is noted or
 * discussed. Without a case type, an item with an Indstilling is most likely approved.
 */
export function standardDecisions(doc: MinutesDocument, item: AgendaItem | undefined): string[] {
  const committee = committeeOf(doc);
  const approve = `${committee} godkender indstillingen.`;
  const recommend = `${committee} anbefaler indstillingen.`;
  const noted = 'Orientering givet.';
  const discussed = `${committee} drøftede sagen.`;
  const code = item?.caseType?.value.toUpperCase();
  if (code === 'B') return [approve, recommend];
  if (code === 'D' || code === 'O') return [noted, discussed];
  if (item?.sections.some((s) => s.id === 'indstilling')) return [approve, recommend, noted, discussed];
  return [noted, discussed, approve, recommend];
}

/**
 * What a freshly inserted section says until the secretary writes it: text, so the section
 * is not reported empty, and obviously a placeholder. Document text, hence Danish.
 */
export function sectionPlaceholder(doc: MinutesDocument, item: AgendaItem | undefined, id: string): string {
  switch (id) {
    case 'beslutning':
      return standardDecisions(doc, item)[0]!;
    case 'resume':
      return PLACEHOLDER.resume;
    case 'effekt':
      return PLACEHOLDER.effekt;
    case 'indstilling':
      return PLACEHOLDER.indstilling;
    case 'sagsfremstilling':
      return PLACEHOLDER.sagsfremstilling;
    case 'okonomi':
      return 'Sagen har ingen økonomiske konsekvenser.';
    case 'bilag':
      return PLACEHOLDER.bilag;
    default:
      return '…';
  }
}
