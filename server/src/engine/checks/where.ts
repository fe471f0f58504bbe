import type { MinutesDocument } from '../model/minutes';
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
