import type { AgendaItem, MinutesDocument, Section } from '../model/minutes';
import { isBlank } from '../text/lines';

/** A line of running text in an item (not a heading, not a table row), with where it stands. */
export interface ProseLine {
  readonly line: number;
  readonly text: string;
  readonly item: AgendaItem;
  readonly section?: Section;
}

const cache = new WeakMap<MinutesDocument, readonly ProseLine[]>();

/** Every prose line of every item, computed once per document for all prose checks. */
export function proseLines(doc: MinutesDocument): readonly ProseLine[] {
  let result = cache.get(doc);
  if (result) return result;
  const out: ProseLine[] = [];
  for (const item of doc.items) {
    const skip = new Set<number>([item.headingLine]);
    if (item.journalNumber) skip.add(item.journalNumber.range.start.line);
    const tables = [...item.preamble.tables, ...item.sections.flatMap((s) => s.tables)];
    for (const t of tables) for (let l = t.range.start.line; l <= t.range.end.line; l++) skip.add(l);
    for (const s of item.sections) skip.add(s.headingLine);
    let section: Section | undefined;
    let next = 0;
    for (let l = item.range.start.line; l <= item.range.end.line; l++) {
      while (next < item.sections.length && item.sections[next]!.headingLine <= l) section = item.sections[next++];
      const text = doc.lines[l]!.text;
      if (skip.has(l) || isBlank(text)) continue;
      out.push({ line: l, text, item, section });
    }
  }
  cache.set(doc, (result = out));
  return result;
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
