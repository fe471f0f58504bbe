import { alignContents } from '../analysis/contentsAlignment';
import type { ContentsEntry, MinutesDocument } from '../model/minutes';
import { TextEdit, pos, range } from '../text/range';
import { eolOf, heading, sectionHeadingShape } from './style';

/** How the document writes its contents entries, learnt from the entries it has. */
interface EntryStyle {
  /** Between title and page number, e.g. `.....\t`. */
  readonly separator: string;
  /** Entries start with the item's number, written as this (`Punkt {n}: `, `{n}. `, `- Pkt. {n} `), `{n}` standing for it. */
  readonly numbered: string | undefined;
  /** A blank line between every two entries (paragraphs, as Word made Markdown writes them). */
  readonly spaced?: boolean;
  /** Entries are Markdown links to the items (`[2. Takster](#takster)`), after this (a list's `- `). */
  readonly linkLead?: string;
  /** Page numbers right-aligned at this column behind spaces (`pdftotext -layout`) or dot leaders, or undefined. */
  readonly pageColumn?: number;
  /** What fills the room up to that column: a space or a dot. */
  readonly fill?: string;
}

const DEFAULT_STYLE: EntryStyle = { separator: '.....\t', numbered: undefined };

/** `12`, or a supplementary item's `12a` / `12 a` as its heading writes it. */
function numberAsWritten(doc: MinutesDocument, item: MinutesDocument['items'][number]): string {
  if (item.numberSuffix === undefined) return String(item.number.value);
  const at = item.number.range;
  const letter = /^\s?[a-h]/iu.exec(doc.lines[at.end.line]!.text.slice(at.end.character));
  return `${item.number.value}${letter ? letter[0] : item.numberSuffix}`;
}

function entryStyle(doc: MinutesDocument, entries: readonly ContentsEntry[]): EntryStyle {
  const counts = new Map<string, number>();
  const withLeaders = entries.some((e) => !e.cutShort);
  for (const e of entries) {
    // Entries without leaders are cut short where others have them; where none has any, the tab is the form.
    if ((e.cutShort && withLeaders) || !e.page) continue;
    const sep = doc.lines[e.line]!.text.slice(e.title.range.end.character, e.page.range.start.character);
    counts.set(sep, (counts.get(sep) ?? 0) + 1);
  }
  let separator = DEFAULT_STYLE.separator;
  let best = 0;
  for (const [sep, n] of counts) if (n > best) [separator, best] = [sep, n];
  const withNumber = entries.filter((e) => e.number !== undefined);
  let numbered: string | undefined;
  if (entries.length > 0 && withNumber.length * 2 > entries.length) {
    const e = withNumber[0]!;
    // An entry glued to the contents heading (`Indholdsfortegnelse1. …`) starts after the heading;
    // a link's prefix starts inside its brackets.
    const from = e.anchor !== undefined ? doc.lines[e.line]!.text.indexOf('[') + 1 : doc.contents && e.line === doc.contents.headingRange.start.line ? e.range.start.character : 0;
    const prefix = doc.lines[e.line]!.text.slice(from, e.title.range.start.character);
    numbered = prefix.replace(new RegExp(`(?<!\\d)${e.number}(?!\\d)`, 'u'), '{n}');
    if (!numbered.includes('{n}')) numbered = 'Punkt {n}: ';
  }
  // Spaces before the page numbers, all ending in one column: a right-aligned page column.
  const paged = entries.filter((e) => e.page);
  const column = paged[0]?.page!.range.end.character;
  const uniform = /^ {3,}$/u.test(separator) ? ' ' : /^\.{3,}$/u.test(separator) ? '.' : undefined;
  const pageColumn = paged.length >= 2 && uniform && paged.every((e) => e.page!.range.end.character === column) ? column : undefined;
  const linked = entries.length > 0 && entries.every((e) => e.anchor !== undefined);
  const linkLead = linked ? doc.lines[entries[0]!.line]!.text.slice(0, doc.lines[entries[0]!.line]!.text.indexOf('[')) : undefined;
  const spaced = entries.length >= 2 && entries.every((e, k) => k === 0 || (e.line === entries[k - 1]!.line + 2 && doc.lines[e.line - 1]!.text.trim() === ''));
  return { separator, numbered, pageColumn, fill: uniform, linkLead, spaced };
}

/** An anchor as pandoc (and most sites) make it from a heading: lower case, words joined by `-`, no leading number. */
function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[^\p{L}\p{N}\s_.-]/gu, '')
    .trim()
    .replace(/\s+/gu, '-');
}

/**
 * Rewrites the Indholdsfortegnelse from the items: one entry per item, full title (with the
 * case-type prefix, as the published minutes write it), the document's dot leaders and tab, and
 * the page number the entry had when the item is still there (pages cannot be known from text).
 * Without a contents section, one is inserted before the first item.
 */
export function regenerateContentsEdit(doc: MinutesDocument, contentsHeading = 'Indholdsfortegnelse'): TextEdit | undefined {
  if (doc.items.length === 0) return undefined;
  const eol = eolOf(doc);
  const entries = doc.contents?.entries ?? [];
  const style = entryStyle(doc, entries);
  const pageOf = new Map<number, number>();
  const anchorOf = new Map<number, string>();
  // A long heading wrapped onto two lines: its entry holds the whole title, and keeps it.
  const wholeTitle = new Map<number, string>();
  for (const pair of alignContents(doc)) {
    if (pair.entry && pair.item && pair.entry.page) pageOf.set(pair.item.headingLine, pair.entry.page.value);
    if (pair.entry && pair.item && pair.match === 'exact' && pair.entry.title.value.startsWith(`${pair.item.fullTitle.value} `)) wholeTitle.set(pair.item.headingLine, pair.entry.title.value);
    if (pair.entry?.anchor && pair.item) anchorOf.set(pair.item.headingLine, pair.entry.anchor);
  }
  const leaders = style.separator.replace(/\t.*$/su, '').replace(/\s+$/u, '') || '.....';
  // A plain list of titles (a web page's, no page numbers, no leaders) stays a plain list.
  const listStyle = entries.length > 0 && entries.every((e) => !e.page && e.cutShort);
  // Titles as the entries write them: with the case type (`B-sag: …`, `… (B)`) or without.
  let bare = 0;
  let full = 0;
  for (const pair of alignContents(doc)) {
    if (!pair.entry || !pair.item || pair.item.title.value === pair.item.fullTitle.value) continue;
    if (pair.entry.title.value === pair.item.title.value) bare++;
    else if (pair.entry.title.value === pair.item.fullTitle.value) full++;
  }
  // Group labels between the entries (`Åben dagsorden`, `Lukket dagsorden`) stay before the
  // entry they stood above: they cannot be made from the items, and are not lost either.
  const labelsBefore = new Map<number, string[]>();
  if (doc.contents && entries.length > 1) {
    const entryLines = new Set(entries.map((e) => e.line));
    const itemOf = new Map<number, number>();
    for (const pair of alignContents(doc)) if (pair.entry && pair.item) itemOf.set(pair.entry.line, pair.item.headingLine);
    let pending: string[] = [];
    for (let l = entries[0]!.line + 1; l <= entries[entries.length - 1]!.line; l++) {
      const text = doc.lines[l]!.text;
      if (!entryLines.has(l)) {
        if (text.trim().length > 0) pending.push(text);
        continue;
      }
      const item = itemOf.get(l);
      if (pending.length > 0 && item !== undefined) labelsBefore.set(item, pending);
      pending = [];
    }
  }
  const lines = doc.items.flatMap((item) => [...(labelsBefore.get(item.headingLine) ?? []), entryLine(item)]);
  function entryLine(item: (typeof doc.items)[number]): string {
    const itemTitle = wholeTitle.get(item.headingLine) ?? (bare > full ? item.title.value : item.fullTitle.value);
    // `1 (Åben) …` / `4 (Lukket) …`: each entry says whether its item is open or closed.
    const prefix = style.numbered?.replace(/\((Åben|Åbent|Lukket)\)/u, (label, word: string) => (item.closed ? '(Lukket)' : word === 'Lukket' ? '(Åben)' : label));
    const title = prefix ? `${prefix.replace('{n}', numberAsWritten(doc, item))}${itemTitle}` : itemTitle;
    // Links keep the anchor they had; a new item's is its heading's (as pandoc and most sites make it).
    if (style.linkLead !== undefined) return `${style.linkLead}[${title}](${anchorOf.get(item.headingLine) ?? `#${slug(item.fullTitle.value)}`})`;
    const page = pageOf.get(item.headingLine);
    // Without a page number the entry keeps its leaders, so it is not taken for a cut-short one.
    if (listStyle) return title;
    if (page !== undefined && style.pageColumn !== undefined) {
      // The numbered prefix carries the entries' indentation already.
      const width = style.pageColumn - String(page).length - title.length;
      if (width >= 3) return `${title}${style.fill!.repeat(width)}${page}`;
    }
    return page === undefined ? `${title}${leaders}` : `${title}${style.separator}${page}`;
  }
  const block = lines.join(style.spaced && labelsBefore.size === 0 ? eol + eol : eol);
  if (doc.contents && entries.length > 0) {
    const first = entries[0]!;
    const last = entries[entries.length - 1]!;
    const from = first.line === doc.contents.headingRange.start.line ? first.range.start.character : 0;
    return { range: range(first.line, from, last.line, doc.lines[last.line]!.text.length), newText: block };
  }
  if (doc.contents) {
    const h = doc.contents.headingRange;
    const end = pos(h.end.line, doc.lines[h.end.line]!.text.length);
    return { range: { start: end, end }, newText: `${eol}${eol}${block}` };
  }
  const at = pos(doc.items[0]!.headingLine, 0);
  const shape = sectionHeadingShape(doc);
  return { range: { start: at, end: at }, newText: `${heading(shape, contentsHeading)}${eol}${eol}${block}${eol}${eol}` };
}
