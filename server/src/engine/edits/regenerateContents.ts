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
}

const DEFAULT_STYLE: EntryStyle = { separator: '.....\t', numbered: undefined };

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
    const prefix = doc.lines[e.line]!.text.slice(0, e.title.range.start.character);
    numbered = prefix.replace(new RegExp(`(?<!\\d)${e.number}(?!\\d)`, 'u'), '{n}');
    if (!numbered.includes('{n}')) numbered = 'Punkt {n}: ';
  }
  return { separator, numbered };
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
  for (const pair of alignContents(doc)) if (pair.entry && pair.item && pair.entry.page) pageOf.set(pair.item.headingLine, pair.entry.page.value);
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
  const lines = doc.items.map((item) => {
    const itemTitle = bare > full ? item.title.value : item.fullTitle.value;
    const title = style.numbered ? `${style.numbered.replace('{n}', String(item.number.value))}${itemTitle}` : itemTitle;
    const page = pageOf.get(item.headingLine);
    // Without a page number the entry keeps its leaders, so it is not taken for a cut-short one.
    if (listStyle) return title;
    return page === undefined ? `${title}${leaders}` : `${title}${style.separator}${page}`;
  });
  const block = lines.join(eol);
  if (doc.contents && entries.length > 0) {
    const first = entries[0]!;
    const last = entries[entries.length - 1]!;
    return { range: range(first.line, 0, last.line, doc.lines[last.line]!.text.length), newText: block };
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
