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
  const running = runsThroughYear(doc);
  let next = 1;
  doc.items.forEach((item, i) => {
    if (i === 0 || starts.has(i)) next = running ? item.number.value : 1;
    // A supplementary item (`12a`) keeps the number of the item it follows, with its letter.
    if (item.numberSuffix !== undefined) {
      if (i > 0 && !starts.has(i) && item.number.value !== next - 1) edits.push({ range: item.number.range, newText: String(next - 1) });
      return;
    }
    if (item.number.value !== next) edits.push({ range: item.number.range, newText: String(next) });
    next++;
  });
  return edits;
}

/**
 * Numbers run through the year where the configuration says so, and in a document whose profile
 * was guessed and whose first item is not 1 (`Punkt 45:` with KLE numbers looks like Odense's
 * layout, but counts through the year): item-number-gap reads it so, and renumbering keeps the
 * first number there.
 */
export function runsThroughYear(doc: MinutesDocument): boolean {
  const config = doc.config;
  if (config?.numbering === 'running') return true;
  const first = doc.items[0]?.number.value;
  const guessed = config !== undefined && (config.profile === 'auto' || config.profileGuessed === true) && !config.explicit.includes('numbering');
  return first !== undefined && first !== 1 && guessed;
}
