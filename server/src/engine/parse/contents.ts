import type { ContentsEntry } from '../model/minutes';
import { Line, trimmedLineRange, trimmedSpan } from '../text/lines';
import { lineRange } from '../text/range';
import { ACCESS_LABEL } from './itemForms';

// (`Byrådet, Indholdsfortegnelse`: the body's name before it, on a PDF's page top.)
const CONTENTS_TITLE = /^(?:\p{Lu}[\p{L} -]{1,40},\s*)?(?:indholdsfortegnelse|indhold)\s*:?$/iu;
/** Words that head a contents list only when entries follow: `Dagsorden`, `Punkter`, a `Pkt. Tekst Side` table head. */
const CONTENTS_TITLE_IF_ENTRIES = /^(?:dagsorden|dagsordenspunkter|punkter|sager|pkt\.?\s+(?:tekst|titel|emne)(?:\s+side)?|punkt\s+(?:tekst|titel|emne)(?:\s+side)?)\s*:?$/iu;
// `12 a.` / `12a.`: a supplementary item's letter belongs to the number, not to the title.
const ENTRY_NUMBER = /^(?:[-*•·▪]\s*)?(?:(?:Punkt|Pkt\.?|Nr\.?)\s*:?\s*)?(\d{1,6})(?:\s?([a-h])(?=[:.)]))?\s*[:.)]?\s+/iu;
const ENTRY_LINE = /^\s*(?:[-*•·▪]\s*)?(?:(?:Punkt|Pkt\.?|Nr\.?|Sag\s*nr\.?)\s*:?\s*)?\d{1,4}(?:\s?[a-h](?=[:.)]))?\.?\s+\S/iu;

/**
 * A contents heading: `Indholdsfortegnelse`, `Indhold`; or `Dagsorden`, `Punkter`, `Pkt. Tekst
 * Side` when the next line reads like an entry (a numbered title or one with a page number).
 */
/** The head of a contents table (`Pkt.<tab>Tekst<tab>Side`): part of the contents, no entry. */
// (`Sag nr. Side`: the column heads of a contents whose entries are numbered by case.)
export const CONTENTS_TABLE_HEAD = /^\s*(?:(?:pkt\.?|punkt|nr\.?)\s+(?:tekst|titel|emne|sag)(?:\s+side)?|sag\s*nr\.?\s+side)\s*$/iu;

export function isContentsHeading(text: string, lines?: readonly Line[], blank?: readonly boolean[], at = -1): boolean {
  const t = text.normalize('NFC');
  if (CONTENTS_TITLE.test(t)) return true;
  if (!lines || !blank || !CONTENTS_TITLE_IF_ENTRIES.test(t)) return false;
  let i = at + 1;
  while (i < lines.length && blank[i]) i++;
  // (`Dagsorden` / `Åben dagsorden` / `55. Title`: a group label first, the entries under it.)
  if (i < lines.length && GROUP_LABEL.test(lines[i]!.text)) for (i++; i < lines.length && blank[i]; ) i++;
  return i < lines.length && (ENTRY_LINE.test(lines[i]!.text) || looksLikeContentsEntry(lines[i]!.text));
}

/** A contents' group label over its entries: `Åben dagsorden`, `Lukket dagsorden`, `Åbne punkter`. */
const GROUP_LABEL = /^\s*(?:Åben|Åbent|Åbne|Lukket|Lukkede)\s+(?:dagsorden|møde|punkter|sager)\s*:?\s*$/iu;

/** `[2. Takster 2026](#takster-2026)`, `- [Takster](#takster)`: an entry as a link to the item's anchor (Word or a web page made Markdown). */
const LINK_ENTRY = /^(\s*(?:[-*+]\s+)?)\[([^\]]+)\]\((#[^)\s]*)\)\s*$/u;

/** The link text's columns and the anchor when the line is a contents entry written as a link. */
export function linkEntry(text: string): { from: number; to: number; anchor: string } | undefined {
  if (text.indexOf('](#') < 0) return undefined;
  const m = LINK_ENTRY.exec(text);
  if (!m) return undefined;
  const from = m[1]!.length + 1;
  return { from, to: from + m[2]!.length, anchor: m[3]! };
}

/** The text an entry is read from: a link's text, or the line itself. */
export function entryText(text: string): string {
  const link = linkEntry(text);
  return link ? text.slice(link.from, link.to) : text;
}

/** `Indholdsfortegnelse1. Fraværende`: a heading glued to its first entry (web pages' text). */
const GLUED_TITLE = /^(?:indholdsfortegnelse|indhold)(?=\d{1,4}\.\s*\p{L})/iu;

/** The length of a contents heading glued to its first entry at the start of `text`, or 0. */
export function gluedContentsHeading(text: string): number {
  const m = GLUED_TITLE.exec(text);
  return m ? m[0].length : 0;
}

/**
 * True when a line ends like a contents entry: a page number after a tab or after dot leaders.
 * An item heading never does, which is how an entry that starts with `Punkt N:` is told apart.
 */
export function looksLikeContentsEntry(text: string): boolean {
  return splitEntry(text) !== undefined && splitEntry(text)!.page !== undefined;
}

/** An entry by its shape alone: a page number, or dot leaders (an entry whose page was lost). */
export function hasEntryEnding(text: string): boolean {
  const parts = splitEntry(text);
  return parts !== undefined && (parts.page !== undefined || parts.leaders);
}

interface EntryParts {
  titleStart: number;
  titleEnd: number;
  leaders: boolean;
  page?: { value: number; start: number; end: number };
}

function splitEntry(text: string, from = 0, spacePage = false, to?: number): EntryParts | undefined {
  const span = trimmedSpan(text);
  const start = Math.max(span.start, from);
  let end = to ?? span.end;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (start >= end) return undefined;
  let e = end;
  let page: EntryParts['page'];
  // Trailing page number
  let d = e;
  while (d > start && isDigit(text.charCodeAt(d - 1))) d--;
  if (d < e && e - d <= 4 && d > start) {
    let w = d;
    while (w > start && (text.charCodeAt(w - 1) === 32 || text.charCodeAt(w - 1) === 9)) w--;
    const sep = text.slice(w, d);
    const beforeIsLeader = w > start && (text.charCodeAt(w - 1) === 46 || text.charCodeAt(w - 1) === 0x2026);
    // A column of spaces before it (`pdftotext -layout`) sets a page number apart as a tab does.
    if (sep.includes('\t') || beforeIsLeader || sep.length >= 3 || (spacePage && sep.length > 0 && e - d <= 3)) {
      page = { value: Number(text.slice(d, e)), start: d, end: e };
      e = w;
    }
  }
  // Dot leaders (two or more dots, or an ellipsis), possibly with spaces between.
  let l = e;
  let dots = 0;
  while (l > start) {
    const c = text.charCodeAt(l - 1);
    if (c === 46) dots++;
    else if (c === 0x2026) dots += 3;
    else if (c !== 32) break;
    l--;
  }
  const leaders = dots >= 2;
  if (leaders) e = l;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return { titleStart: start, titleEnd: e, leaders, page };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The entry on a line, from column `from` (after a glued heading) to its end. `spacePage`: the
 * contents end every entry in a number after one space (a PDF's text), so that is its page.
 */
export function parseContentsEntry(line: Line, from = 0, spacePage = false): ContentsEntry | undefined {
  const link = from === 0 ? linkEntry(line.text) : undefined;
  const parts = link ? splitEntry(line.text, link.from, false, link.to) : splitEntry(line.text, from, spacePage);
  if (!parts || parts.titleEnd <= parts.titleStart) return undefined;
  let titleStart = parts.titleStart;
  let number: number | undefined;
  let numberSuffix: string | undefined;
  const m = ENTRY_NUMBER.exec(line.text.slice(titleStart, parts.titleEnd));
  if (m) {
    number = Number(m[1]);
    numberSuffix = m[2]?.toLowerCase();
    titleStart += m[0].length;
    // `1 (Åben) Meddelelser fra formanden`: the open/closed label is no part of the title.
    const access = ACCESS_LABEL.exec(line.text.slice(titleStart, parts.titleEnd));
    if (access) titleStart += access[0].length;
  }
  return {
    line: line.index,
    range: from > 0 ? lineRange(line.index, parts.titleStart, parts.page ? parts.page.end : parts.titleEnd) : trimmedLineRange(line),
    title: { value: line.text.slice(titleStart, parts.titleEnd), range: lineRange(line.index, titleStart, parts.titleEnd) },
    number,
    numberSuffix,
    anchor: link?.anchor,
    page: parts.page ? { value: parts.page.value, range: lineRange(line.index, parts.page.start, parts.page.end) } : undefined,
    // A link's text is the item's title in full, never cut short.
    cutShort: !parts.leaders && !link,
  };
}
