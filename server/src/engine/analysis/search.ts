import type { MinutesDocument } from '../model/minutes';
import { linesHolding } from '../text/lines';

/**
 * The lines holding one of `needles` (literal strings), found with `indexOf` over the whole text:
 * measured in the analysis of the real minutes, two literal searches cost about two thirds of one
 * expression of alternatives (which V8 cannot skip ahead on). Each match counts on the line that
 * holds all of it. With `tailLength`, each needle's last characters are searched for and the rest
 * checked where they stand (see `linesHolding`: a tail starting with a rare letter is found faster).
 */
export function linesContainingAny(doc: MinutesDocument, needles: readonly string[], tailLength?: number): ReadonlySet<number> {
  const found = new Set<number>();
  for (const needle of needles) {
    const marks = linesHolding(doc.text, doc.lines, needle, tailLength === undefined ? needle : needle.slice(-tailLength));
    if (marks) for (let line = 0; line < marks.length; line++) if (marks[line] === 1) found.add(line);
  }
  return found;
}
