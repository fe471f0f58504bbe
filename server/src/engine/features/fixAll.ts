import type { Finding, Fix } from '../checks/check';
import { TextEdit, rangesOverlap } from '../text/range';

/**
 * The edits of "fix all": every safe fix once (a document-wide fix such as renumbering is one
 * object shared by all its findings), skipping a fix whose edits would overlap one already taken.
 * One function for the code action and the command, so both fix the same things.
 */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const taken = new Set<Fix>();
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix || taken.has(fix)) continue;
    taken.add(fix);
    if (fix.edits.some((e) => edits.some((o) => rangesOverlap(o.range, e.range)))) continue;
    edits.push(...fix.edits.map((e) => ({ range: e.range, newText: e.newText })));
  }
  return edits;
}
