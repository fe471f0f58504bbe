import { Range, lineRange } from './range';

/**
 * One physical line of the document. `text` excludes the line break (LF, CRLF or CR), so
 * character offsets are the same as an editor's columns whatever the line endings are.
 */
export interface Line {
  readonly index: number;
  readonly text: string;
  /** Offset of the first character of the line in the whole text. */
  readonly offset: number;
}

const BOM = '\uFEFF';

/**
 * Splits text into lines once. Everything else in the engine works on these lines, never on
 * the raw string again. Linear (native searches, no regex backtracking on long lines).
 */
export function splitLines(text: string): Line[] {
  let start = 0;
  // indexOf and a regex scan natively; a charCodeAt loop over every character was a quarter of
  // the whole parse. Text without CR (the common case) needs only the LF search.
  if (text.indexOf('\r') < 0) {
    // Made at about its final size from the text's length (one line per 32 characters; minutes
    // average 50 to 90), then cut to the lines found: grown by `push` from empty past about 16,000
    // lines, V8 reallocates it in the large-object space again and again (ten times the cost per
    // line; see tables/numberArrays.ts), and counting the lines first was one more search of the
    // whole text. Measured on the two real minutes: 59 µs against 101 (count first) and 92 (push).
    // A text of shorter lines grows the array by assignment, a few times.
    const lines = new Array<Line>((text.length >> 5) + 16);
    let k = 0;
    for (let i = text.indexOf('\n'); i >= 0; k++, i = text.indexOf('\n', start)) {
      lines[k] = { index: k, text: text.slice(start, i), offset: start };
      start = i + 1;
    }
    lines[k] = { index: k, text: text.slice(start), offset: start };
    lines.length = k + 1;
    return lines;
  }
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ index: lines.length, text: text.slice(start, m.index), offset: start });
    start = breaks.lastIndex;
  }
  lines.push({ index: lines.length, text: text.slice(start), offset: start });
  return lines;
}

/**
 * The lines of `text` (as `splitLines` made them) that hold `needle` whole, as one mark per line
 * (1 = holds it); undefined when no line does. One native search over the whole text and a line
 * pointer that only moves forward: cheaper than a search per line when the needle is rare (a tab:
 * only table rows have one; measured 30 µs less on the two real minutes).
 *
 * `tail` (a suffix of the needle) is what is searched for, the rest checked where it is found:
 * the native search is slow for a needle of common letters (`ndstillingspunkt`: 52 µs over the
 * two real minutes) and fast for one that starts with a rare one (`punkt`: 18 µs).
 */
export function linesHolding(text: string, lines: readonly Line[], needle: string, tail: string = needle): Uint8Array | undefined {
  const lead = needle.length - tail.length;
  let marks: Uint8Array | undefined;
  let line = 0;
  for (let at = text.indexOf(tail, lead); at >= 0; at = text.indexOf(tail, at + 1)) {
    if (lead > 0 && !text.startsWith(needle, at - lead)) continue;
    marks ??= new Uint8Array(lines.length);
    const from = at - lead;
    while (line + 1 < lines.length && lines[line + 1]!.offset <= from) line++;
    const l = lines[line]!;
    const end = l.offset + l.text.length;
    if (from + needle.length <= end) {
      marks[line] = 1;
      // The line is marked: the search goes on from its end, not through its other occurrences
      // (a table row holds a tab per cell; 25 → 15 µs over the two real minutes).
      at = end - 1;
    }
  }
  return marks;
}

/** The first and last non-whitespace character of a line (a leading BOM counts as whitespace). */
export function trimmedSpan(text: string): { start: number; end: number } {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
}

/** No character but whitespace (a scan, no allocation: the parser asks this of every line). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Range covering the trimmed content of a line (zero-length at column 0 for a blank line). */
export function trimmedLineRange(line: Line): Range {
  const { start, end } = trimmedSpan(line.text);
  return lineRange(line.index, start, end);
}

/** Text compared by meaning, not by bytes: NFC (decomposed æøå equal composed), one space, no BOM. */
export function normalizeText(s: string): string {
  // Text with no character from U+0300 on (no combining mark, BOM, odd space) is already NFC
  // and has no BOM: only its whitespace may need work, and often not even that. Titles and
  // short lines come through here many times per document. Two expressions rather than a
  // character loop: `charCodeAt` on a slice of the document costs several times what the
  // expression engine does per character (72 titles of the real minutes: 27 → 12 µs).
  if (!BEYOND_SIMPLE.test(s)) return SPACES_TO_SQUEEZE.test(s) ? s.replace(SPACE_RUNS, ' ').trim() : s;
  return s.replace(BOM, '').normalize('NFC').replace(SPACE_RUNS, ' ').trim();
}

/** A character from U+0300 on: a combining mark, a BOM or an odd space may be among them. */
const BEYOND_SIMPLE = /[^\u0000-\u02ff]/;
/** Space at either end, two in a row, or whitespace other than a space (below U+0300). */
const SPACES_TO_SQUEEZE = /^ | $|  |[\u00a0\t-\r]/;
const SPACE_RUNS = /[\s\u00a0\u202f\u2009]+/g;
