import type { MinutesDocument } from '../model/minutes';

/**
 * The lines holding a match of `needles`, a global regular expression of a rare word
 * (`/ndstillingspunkt/giu`), found by one native search over the whole text: a check that looks
 * for a rare word then reads only those lines, instead of testing every line of the document.
 * (`indexOf` per needle was slower: each search after a hit builds its skip table again, and one
 * search per case is needed.) Each match counts on the line that holds all of it (one spanning a
 * line break counts on none).
 */
export function linesContaining(doc: MinutesDocument, needles: RegExp): ReadonlySet<number> {
  const found = new Set<number>();
  needles.lastIndex = 0;
  for (let m = needles.exec(doc.text); m; m = needles.exec(doc.text)) {
    const line = lineAt(doc, m.index);
    const l = doc.lines[line]!;
    if (m.index + m[0].length <= l.offset + l.text.length) found.add(line);
    if (m[0].length === 0) needles.lastIndex++;
  }
  return found;
}

/** The index of the line holding text offset `at` (binary search over the line offsets). */
function lineAt(doc: MinutesDocument, at: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid]!.offset <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
