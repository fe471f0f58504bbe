import type { MinutesDocument } from '../model/minutes';

export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'region';
}

/** Folding for the contents, each item, each section and each table. */
export function foldingRanges(doc: MinutesDocument): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const add = (startLine: number, endLine: number) => {
    if (endLine > startLine) regions.push({ startLine, endLine, kind: 'region' });
  };
  if (doc.contents) add(doc.contents.range.start.line, doc.contents.range.end.line);
  for (const item of doc.items) {
    add(item.range.start.line, item.range.end.line);
    for (const s of item.sections) add(s.range.start.line, s.range.end.line);
  }
  for (const t of doc.tables) add(t.range.start.line, t.range.end.line);
  return regions;
}
