import type { MinutesDocument } from '../model/minutes';
import type { TextEdit } from '../text/range';

/**
 * Numbers the items consecutively in document order, from the number the first item has (numbers
 * that run through the year stay in their run; Odense's start at 1), each meeting of a file from
 * its own first number. Only the digits change, so the numbering form stays; only numbers that
 * change are edited.
 */
export function renumberEdits(doc: MinutesDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  const starts = new Set(doc.meetings.map((m) => m.firstItem));
  let next = 1;
  doc.items.forEach((item, i) => {
    if (i === 0 || starts.has(i)) next = doc.config?.numbering === 'running' ? item.number.value : 1;
    if (item.number.value !== next) edits.push({ range: item.number.range, newText: String(next) });
    next++;
  });
  return edits;
}
