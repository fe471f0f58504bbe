import type { MinutesDocument } from '../model/minutes';

/**
 * The lines holding any of `needles` (exact, case-sensitive), found by a native search over the
 * whole text: a check that looks for a rare word then reads only those lines, instead of running
 * `includes` on every line of the document.
 */
export function linesContaining(doc: MinutesDocument, needles: readonly string[]): ReadonlySet<number> {
  const found = new Set<number>();
  for (const needle of needles) {
    if (needle.length === 0) continue;
    for (let at = doc.text.indexOf(needle); at >= 0; at = doc.text.indexOf(needle, at + 1)) {
      // A needle is matched within a line only: one spanning a line break counts on no line.
      const line = lineAt(doc, at);
      const l = doc.lines[line]!;
      if (at + needle.length <= l.offset + l.text.length) found.add(line);
    }
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
