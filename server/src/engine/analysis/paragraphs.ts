import type { AgendaItem, MinutesDocument, Section } from '../model/minutes';
import type { Position } from '../text/range';
import { proseLines, sentenceSpans } from './prose';
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
  /** Where a character of `text` stands in the document. */
  positionAt(offset: number): Position;
}

const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/** A line that starts a list item (`- `, `• `, `2. `): a paragraph of its own. */
export function isListLine(text: string): boolean {
  const c = text.trimStart()[0];
  // The first character decides almost every line without the regular expression.
  return c !== undefined && (c === '-' || c === '*' || c === '•' || c === '–' || (c >= '0' && c <= '9')) && LIST_MARKER.test(text);
}

const KRONER = /kr/i;

const cache = new DocumentSlot<readonly Paragraph[]>();

export function paragraphs(doc: MinutesDocument): readonly Paragraph[] {
  let result = cache.get(doc);
  if (result) return result;
  const prose = proseLines(doc);
  const out: Paragraph[] = [];
  let first = 0;
  let money = false;
  const flush = (end: number) => {
    if (end > first && (money || prose[end - 1]!.text.trimEnd().endsWith(':'))) out.push(makeParagraph(prose.slice(first, end), prose[first]!.item, prose[first]!.section));
  };
  for (let i = 0; i < prose.length; i++) {
    const p = prose[i]!;
    const previous = prose[i - 1];
    if (!previous || p.line !== previous.line + 1 || p.item !== previous.item || p.section !== previous.section || isListLine(p.text)) {
      flush(i);
      first = i;
      money = false;
    }
    // Most lines settle on the plain substring search; the case-blind regex only sees capitals.
    money ||= p.text.includes('kr') || ((p.text.includes('K') || p.text.includes('R')) && KRONER.test(p.text));
  }
  flush(prose.length);
  cache.set(doc, (result = out));
  return result;
}

function makeParagraph(raw: readonly { line: number; text: string }[], item: AgendaItem, section: Section | undefined): Paragraph {
  const lines = raw.map(composed);
  const starts: number[] = [];
  let text = '';
  for (const l of lines) {
    if (text.length > 0) text += ' ';
    starts.push(text.length);
    text += l.text;
  }
  const marker = LIST_MARKER.exec(lines[0]!.text);
  return new ProseParagraph(text, item, section, lines, starts, marker ? marker[0].length : 0);
}

interface ComposedLine {
  readonly line: number;
  /** The line in NFC, so the words are matched the same however «på» was typed. */
  readonly text: string;
  /** Offset in the raw line of each offset of `text` (and of its end); absent when they are the same. */
  readonly rawOffsets?: readonly number[];
}

const COMBINING = /[\u0300-\u036f]/;

/** A line with decomposed letters (`a` + ring for «å») composed, remembering where each character came from. */
function composed(l: { line: number; text: string }): ComposedLine {
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
  ) {}
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
