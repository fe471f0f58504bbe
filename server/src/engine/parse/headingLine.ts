import { isSpace, trimmedSpan } from '../text/lines';

/**
 * A line read as a possible heading: Markdown `#` markers and emphasis wrappers
 * (`**…**`, `__…__`, `<b>…</b>`, `<strong>…</strong>`) removed, with the columns of what is left.
 */
export interface HeadingLine {
  /** 1–6 for `#`…`######`, 0 for a line without markers. */
  readonly level: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['**', '**'],
  ['__', '__'],
  ['<b>', '</b>'],
  ['<strong>', '</strong>'],
];

export function readHeadingLine(raw: string): HeadingLine | undefined {
  if (!scanHeadingLine(raw)) return undefined;
  return { level: scanned.level, text: raw.slice(scanned.start, scanned.end), start: scanned.start, end: scanned.end };
}

/**
 * Where `scanHeadingLine` leaves its answer. One shared scratch record instead of an object per
 * line: the parser asks this of every line, and most lines need nothing more than the numbers.
 * Read it right after the call; the next call overwrites it.
 */
export const scanned = { level: 0, start: 0, end: 0 };

/** `readHeadingLine` without allocating: false for a blank line, else the answer is in `scanned`. */
export function scanHeadingLine(raw: string): boolean {
  let { start: s, end: e } = trimmedSpan(raw);
  if (s === e) return false;
  let level = 0;
  if (raw.charCodeAt(s) === 35 /* # */) {
    let h = s;
    while (h < e && raw.charCodeAt(h) === 35) h++;
    const count = h - s;
    // `#` must be followed by a space (or end the line) to be a heading, as in CommonMark.
    if (count <= 6 && (h === e || raw.charCodeAt(h) === 32 || raw.charCodeAt(h) === 9)) {
      level = count;
      s = h;
      while (s < e && (raw.charCodeAt(s) === 32 || raw.charCodeAt(s) === 9)) s++;
      // Optional closing sequence: "## Title ##"
      let t = e;
      while (t > s && raw.charCodeAt(t - 1) === 35) t--;
      if (t < e && (t === s || raw.charCodeAt(t - 1) === 32)) {
        e = t;
        while (e > s && raw.charCodeAt(e - 1) === 32) e--;
      }
    }
  }
  // Strip emphasis that wraps the whole heading, repeatedly (`**<b>Title</b>**`).
  for (let changed = true; changed; ) {
    changed = false;
    // Every opener starts with * _ or <: most lines are done after one character test.
    const first = raw.charCodeAt(s);
    if (first !== 42 && first !== 95 && first !== 60) break;
    for (let w = 0; w < WRAPPERS.length; w++) {
      const open = WRAPPERS[w]![0];
      const close = WRAPPERS[w]![1];
      if (e - s > open.length + close.length && raw.startsWith(open, s) && raw.endsWith(close, e) && !containsWithin(raw, open, s + open.length, e - close.length)) {
        s += open.length;
        e -= close.length;
        while (s < e && raw.charCodeAt(s) === 32) s++;
        while (e > s && raw.charCodeAt(e - 1) === 32) e--;
        changed = true;
      }
    }
  }
  scanned.level = level;
  scanned.start = s;
  scanned.end = e;
  return true;
}

/** `raw.slice(from, to).includes(needle)` without the slice. */
function containsWithin(raw: string, needle: string, from: number, to: number): boolean {
  const at = raw.indexOf(needle, from);
  return at >= 0 && at + needle.length <= to;
}

/**
 * False when the line's heading text (see `readHeadingLine`) cannot begin with P or I, so it can
 * be neither `Punkt N:` nor `Indholdsfortegnelse`. Skips everything `readHeadingLine` may strip
 * (whitespace, `#`, `*`, `_`, `<b>`, `<strong>`) and looks at the next character: exact, and
 * cheap enough to ask of every line.
 */
export function mayBeItemOrContentsHeading(raw: string): boolean {
  let p = 0;
  const n = raw.length;
  while (p < n) {
    const c = raw.charCodeAt(p);
    if (isSpace(c) || c === 35 || c === 42 || c === 95) p++;
    else if (c === 60 && raw.startsWith('<b>', p)) p += 3;
    else if (c === 60 && raw.startsWith('<strong>', p)) p += 8;
    else return c === 80 || c === 112 || c === 73 || c === 105; // P p I i
  }
  return false;
}

const ITEM_HEADING = /^Punkt\s+(\d{1,6})\s*(?::|\.(?=\s))\s*(.*)$/iu;
const CASE_TYPE = /^(\p{Lu})-sag\s*:\s*/u;

export interface ItemHeadingParts {
  readonly number: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Everything after `Punkt N:` */
  readonly fullTitleStart: number;
  readonly caseType?: { readonly code: string; readonly start: number; readonly end: number };
  readonly titleStart: number;
  readonly end: number;
}

/** Recognises `Punkt N: [X-sag:] title` in a heading's text; columns are relative to the raw line. */
export function readItemHeading(h: HeadingLine): ItemHeadingParts | undefined {
  const m = ITEM_HEADING.exec(h.text);
  if (!m) return undefined;
  const numText = m[1]!;
  const numberStart = h.start + h.text.indexOf(numText, 5);
  const rest = m[2]!;
  const fullTitleStart = h.end - rest.length;
  const c = CASE_TYPE.exec(rest);
  return {
    number: Number(numText),
    numberStart,
    numberEnd: numberStart + numText.length,
    fullTitleStart,
    caseType: c ? { code: c[1]!, start: fullTitleStart, end: fullTitleStart + 1 } : undefined,
    titleStart: fullTitleStart + (c ? c[0].length : 0),
    end: h.end,
  };
}

/** Longer than this, a stand-alone line is a paragraph, not a heading. */
export const MAX_PLAIN_HEADING = 120;

/** Sentence punctuation a heading does not end in (looked up by the last character: as `/[…]$/` the expression tried every position of the line). */
const END_PUNCTUATION = '.,;:!?…”"\'»';
const LIST_OR_MARKUP_START = /^(?:[-*•–+>|<(\\]|o\s|\d+\)\s)/u;

/**
 * A line of text that stands alone like a heading in plain-text minutes (`Baggrund`,
 * `Målgruppestørrelse`): blank lines around it, short, no sentence punctuation at the end, not a
 * list item, not markup. Used only for sub-headings in the outline, never for sections.
 */
export function looksLikePlainHeading(text: string, prevBlank: boolean, nextBlank: boolean): boolean {
  if (!prevBlank || !nextBlank) return false;
  if (text.length > MAX_PLAIN_HEADING || text.includes('\t')) return false;
  if ((text.length > 0 && END_PUNCTUATION.includes(text.charAt(text.length - 1))) || LIST_OR_MARKUP_START.test(text)) return false;
  if (!A_LETTER.test(text)) return false;
  // At most 16 words: the spaces found by `indexOf`, not a `charCodeAt` loop over the line (a
  // slice of the document: that loop was 4% of the parse of the real minutes).
  let words = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++words > 16) return false;
  return true;
}

const A_LETTER = /\p{L}/u;
