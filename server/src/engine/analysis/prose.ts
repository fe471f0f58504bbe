import type { AgendaItem, MinutesDocument, Section, Table } from '../model/minutes';
import { blankLinesOf } from '../parse/parseMinutes';
import { DocumentSlot } from '../model/derived';

/** A line of running text in an item (not a heading, not a table row), with where it stands. */
export interface ProseLine {
  readonly line: number;
  readonly text: string;
  readonly item: AgendaItem;
  readonly section?: Section;
}

/**
 * One class for every prose line (one shape); measured faster to build than an object literal
 * while the caches were WeakMaps.
 */
class ProseLineOf implements ProseLine {
  constructor(
    readonly line: number,
    readonly text: string,
    readonly item: AgendaItem,
    readonly section: Section | undefined,
  ) {}
}

const memo = new DocumentSlot<readonly ProseLine[]>();

/** Every prose line of every item, computed once per document for all prose checks. */
export function proseLines(doc: MinutesDocument): readonly ProseLine[] {
  return memo.of(doc, findProseLines);
}

function findProseLines(doc: MinutesDocument): readonly ProseLine[] {
  // Lines that are not prose, marked in one array for the whole document (a Set per item and
  // an array of its tables were most of this function's time).
  const notProse = new Uint8Array(doc.lines.length);
  const mark = (t: Table) => notProse.fill(1, t.range.start.line, t.range.end.line + 1);
  for (const item of doc.items) {
    notProse[item.headingLine] = 1;
    if (item.journalNumber) notProse[item.journalNumber.range.start.line] = 1;
    item.preamble.tables.forEach(mark);
    for (const s of item.sections) {
      s.tables.forEach(mark);
      notProse[s.headingLine] = 1;
    }
  }
  const out: ProseLine[] = [];
  const blank = blankLinesOf(doc);
  for (const item of doc.items) {
    let section: Section | undefined;
    let next = 0;
    for (let l = item.range.start.line; l <= item.range.end.line; l++) {
      while (next < item.sections.length && item.sections[next]!.headingLine <= l) section = item.sections[next++];
      if (notProse[l] === 1 || blank[l]) continue;
      out.push(new ProseLineOf(l, doc.lines[l]!.text, item, section));
    }
  }
  return out;
}

/** Sentence spans in a line: a stop followed by space and a capital letter ends a sentence. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?](?=\s+["”«]?\p{Lu})/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}
