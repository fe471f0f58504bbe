import type { AgendaItem, MinutesDocument, Section } from '../model/minutes';
import type { Position } from '../text/range';
import { isJsSpace } from '../text/chars';
import { ProseLine, proseLines, sentenceSpans } from './prose';
import { pairPlaces } from '../text/simdScan';
import { DocumentSlot } from '../model/derived';

/**
 * Running text as the reader sees it: a paragraph is consecutive prose lines (a sentence may be
 * wrapped over two lines: «Udgiften består af en / engangsudgift på 6.300 kr.»), and each list
 * item (`- …`, `1. …`, `• …`) is a paragraph of its own. Sums in prose are read per sentence
 * and per list, so they need this shape rather than physical lines.
 *
 * Only the paragraphs the number checks can use are built: those that mention kroner, and those
 * that end with a colon (a list's introduction). The rest — most of any minutes — cost a
 * substring search per line and nothing else.
 */
export interface Paragraph {
  /** The lines joined by single spaces. */
  readonly text: string;
  readonly item: AgendaItem;
  readonly section?: Section;
  readonly firstLine: number;
  readonly lastLine: number;
  /** Length of the list marker (`- `, `2. `) when the paragraph is a list item, else 0. */
  readonly listMarker: number;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  /** False when the text cannot hold `kr` in any case, so it names no amount of money. */
  readonly mayNameKroner: boolean;
  /** Where in `text` a search for `kr` may start (the first one is there or later); -1 with none. */
  readonly kronerFrom: number;
  /** Where a character of `text` stands in the document. */
  positionAt(offset: number): Position;
}

const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/** A line that starts a list item (`- `, `• `, `2. `): a paragraph of its own. */
export function isListLine(text: string): boolean {
  return mayStartList(text) && LIST_MARKER.test(text);
}

/**
 * The first character after the indentation (what `trimStart` removes: JavaScript's `\s`) can
 * start a list marker: this decides almost every line without the regular expression, and
 * without cutting a string.
 */
function mayStartList(text: string): boolean {
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  const c = text[i];
  return c !== undefined && (c === '-' || c === '*' || c === '•' || c === '–' || (c >= '0' && c <= '9'));
}

/** The text ends with a colon, trailing whitespace aside (`text.trimEnd().endsWith(':')`, without the copy). */
export function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === 58;
}

const KRONER = /kr/gi;

/**
 * Where the line's first `kr` in any case (`kr.`, `Kr.`, `KR`) stands, or -1: a line with one may
 * name an amount of money, and the amounts are looked for from there on (`moneyIn` does not scan
 * the text before it again).
 */
function firstKroner(text: string): number {
  // One case-blind scan: measured on every line of both real minutes, faster (90 µs) than a
  // substring search first with the regex for lines with capitals (123 µs): Danish prose is full
  // of K and R.
  KRONER.lastIndex = 0;
  return KRONER.test(text) ? KRONER.lastIndex - 2 : -1;
}

const memo = new DocumentSlot<readonly Paragraph[]>();

export function paragraphs(doc: MinutesDocument): readonly Paragraph[] {
  return memo.of(doc, findParagraphs);
}

function findParagraphs(doc: MinutesDocument): readonly Paragraph[] {
  const prose = proseLines(doc);
  const plain = withoutCombiningMarks.get(doc) === true;
  const out: Paragraph[] = [];
  let first = 0;
  // The paragraph's first line with `kr` (-1: none yet) and where on it.
  let krLine = -1;
  let krColumn = 0;
  const flush = (end: number) => {
    if (end > first && (krLine >= 0 || endsWithColon(prose[end - 1]!.text))) out.push(makeParagraph(prose, first, end, krLine, krColumn, plain));
  };
  // Every `kr` of the whole text at once, by a SIMD scan (text/simdScan.ts), read off line by line as
  // the prose lines go down the document (they are in its order); without it, each line's own scan.
  const places = pairPlaces(doc.text, 'kr');
  let place = 0;
  for (let i = 0; i < prose.length; i++) {
    const p = prose[i]!;
    const previous = prose[i - 1];
    if (!previous || p.line !== previous.line + 1 || p.item !== previous.item || p.section !== previous.section || isListLine(p.text)) {
      flush(i);
      first = i;
      krLine = -1;
    }
    if (places === undefined) {
      if (krLine < 0) krColumn = firstKroner(p.text);
    } else {
      const offset = doc.lines[p.line]!.offset;
      while (place < places.length && places[place]! < offset) place++;
      if (krLine < 0) krColumn = place < places.length && places[place]! + 2 <= offset + p.text.length ? places[place]! - offset : -1;
    }
    if (krLine < 0 && krColumn >= 0) krLine = i;
  }
  flush(prose.length);
  return out;
}

/** Prose lines `from` to `to` (exclusive) as one paragraph; the first `kr` on line `krLine` (-1: none) at `krColumn`. */
function makeParagraph(prose: readonly ProseLine[], from: number, to: number, krLine: number, krColumn: number, plain: boolean): Paragraph {
  const composed = plain ? asComposed : composedLine;
  const item = prose[from]!.item;
  const section = prose[from]!.section;
  if (to === from + 1) {
    // Nearly every paragraph is one line: its text is the line's, in arrays of exactly one.
    const line = composed(prose[from]!);
    // A recomposed line's columns moved (and it may hold a `K` it did not: NFC turns the kelvin sign into one).
    const kronerFrom = line.rawOffsets !== undefined ? 0 : krLine >= 0 ? krColumn : -1;
    return new ProseParagraph(line.text, item, section, [line], [0], listMarkerLength(line.text), kronerFrom);
  }
  const lines: ComposedLine[] = [];
  const starts: number[] = [];
  let text = '';
  let recomposed = false;
  for (let i = from; i < to; i++) {
    const l = composed(prose[i]!);
    recomposed ||= l.rawOffsets !== undefined;
    if (i > from) text += ' ';
    starts.push(text.length);
    text += l.text;
    lines.push(l);
  }
  // A recomposed line may hold a `K` it did not (NFC turns the kelvin sign into one): unknown.
  const kronerFrom = recomposed ? 0 : krLine >= 0 ? starts[krLine - from]! + krColumn : -1;
  return new ProseParagraph(text, item, section, lines, starts, listMarkerLength(lines[0]!.text), kronerFrom);
}

function listMarkerLength(firstLine: string): number {
  // Most paragraphs are no list item: one look at the first character, no expression (236
  // expression calls on the real minutes → the list items' few).
  if (!mayStartList(firstLine)) return 0;
  const marker = LIST_MARKER.exec(firstLine);
  return marker ? marker[0].length : 0;
}

interface ComposedLine {
  readonly line: number;
  /** The line in NFC, so the words are matched the same however «på» was typed. */
  readonly text: string;
  /** Offset in the raw line of each offset of `text` (and of its end); absent when they are the same. */
  readonly rawOffsets?: readonly number[];
}

const COMBINING = /[\u0300-\u036f]/;

/**
 * Documents known to hold no combining mark at all (`analyze` says so when the canonical check
 * found nothing to change): their lines are not tested one by one (a regular expression per line
 * of every paragraph, a hundredth of the analysis of the real minutes).
 */
const withoutCombiningMarks = new DocumentSlot<true>();

export function declareWithoutCombiningMarks(doc: MinutesDocument): void {
  withoutCombiningMarks.set(doc, true);
}

/** A line of a document without combining marks: composed as it is. */
function asComposed(l: ComposedLine): ComposedLine {
  return l;
}

/** A line with decomposed letters (`a` + ring for «å») composed, remembering where each character came from. */
function composedLine(l: { line: number; text: string }): ComposedLine {
  if (!COMBINING.test(l.text)) return l;
  let text = '';
  const rawOffsets: number[] = [];
  for (let i = 0; i < l.text.length; ) {
    let j = i + 1;
    while (j < l.text.length && COMBINING.test(l.text[j]!)) j++;
    const group = l.text.slice(i, j).normalize('NFC');
    for (let k = 0; k < group.length; k++) rawOffsets.push(i);
    text += group;
    i = j;
  }
  rawOffsets.push(l.text.length);
  return { line: l.line, text, rawOffsets };
}

class ProseParagraph implements Paragraph {
  private spans?: readonly { readonly start: number; readonly end: number }[];
  constructor(
    readonly text: string,
    readonly item: AgendaItem,
    readonly section: Section | undefined,
    private readonly lines: readonly ComposedLine[],
    private readonly starts: readonly number[],
    readonly listMarker: number,
    kronerFrom: number,
  ) {
    this.#kronerFrom = kronerFrom;
  }
  /** Private (not an own enumerable property): a paragraph serialises as it always has. */
  readonly #kronerFrom: number;
  get mayNameKroner(): boolean {
    return this.#kronerFrom >= 0;
  }
  get kronerFrom(): number {
    return this.#kronerFrom;
  }
  get firstLine(): number {
    return this.lines[0]!.line;
  }
  get lastLine(): number {
    return this.lines[this.lines.length - 1]!.line;
  }
  /** Found on first use: most paragraphs hold no amount and are never split into sentences. */
  get sentences(): readonly { readonly start: number; readonly end: number }[] {
    return (this.spans ??= sentenceSpans(this.text));
  }
  positionAt(offset: number): Position {
    let k = this.starts.length - 1;
    while (k > 0 && this.starts[k]! > offset) k--;
    const l = this.lines[k]!;
    const local = Math.min(Math.max(0, offset - this.starts[k]!), l.text.length);
    return { line: l.line, character: l.rawOffsets ? l.rawOffsets[local]! : local };
  }
}
