import type { AgendaItem, MinutesDocument } from '../model/minutes';
import { trimmedLineRange } from '../text/lines';
import type { Range } from '../text/range';

/** The first non-blank line: where findings about the document as a whole go. */
export function firstTextRange(doc: MinutesDocument): Range {
  for (const line of doc.lines) {
    const r = trimmedLineRange(line);
    if (r.start.character !== r.end.character) return r;
  }
  return trimmedLineRange(doc.lines[0]!);
}

/** An item's number as the document writes it, for messages: `12`, or `12a` for a supplementary item. */
export function itemLabel(item: AgendaItem): string {
  return `${item.number.value}${item.numberSuffix ?? ''}`;
}
