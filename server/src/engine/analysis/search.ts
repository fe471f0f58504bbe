import type { MinutesDocument } from '../model/minutes';
import { linesHolding } from '../text/lines';

/**
 * The lines holding a match of `needles`, a global regular expression of literal alternatives
 * (`/ndstillingspunkt|NDSTILLINGSPUNKT/g`), found by one native search over the whole text: a
 * check that looks for a rare word then reads only those lines, instead of testing every line of
 * the document. One expression of alternatives is one scan that skips ahead on the literals; an
 * `indexOf` per needle was one scan each, and a slow one when the first letter is common (`n`).
 * Each match counts on the line that holds all of it (one spanning a line break counts on none).
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

/**
 * The lines holding one of `needles` (literal strings), found with `indexOf` over the whole text:
 * measured in the analysis of the real minutes, two literal searches cost about two thirds of one
 * expression of alternatives (which V8 cannot skip ahead on). Each match counts on the line that
 * holds all of it.
 */
export function linesContainingAny(doc: MinutesDocument, needles: readonly string[]): ReadonlySet<number> {
  const found = new Set<number>();
  for (const needle of needles) {
    const marks = linesHolding(doc.text, doc.lines, needle);
    if (marks) for (let line = 0; line < marks.length; line++) if (marks[line] === 1) found.add(line);
  }
  return found;
}
