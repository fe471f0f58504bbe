import type { MinutesDocument } from '../model/minutes';
import type { TextEdit } from '../text/range';

/** Numbers the items 1..N in document order; only numbers that change are edited. */
export function renumberEdits(doc: MinutesDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  doc.items.forEach((item, i) => {
    if (item.number.value !== i + 1) edits.push({ range: item.number.range, newText: String(i + 1) });
  });
  return edits;
}
