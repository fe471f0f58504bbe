import type { Finding, Fix } from '../checks/check';
import { TextEdit, rangesOverlap } from '../text/range';

/**
 * The edits of "fix all": every safe fix once (a document-wide fix such as renumbering is one
 * object shared by all its findings), skipping a fix whose edits would overlap one already taken.
 * `asked` (the command, the CLI's --fix): the user asked for all safe fixes. `unasked` (the
 * `source.fixAll.referat` code action, which VS Code runs on save): only the fixes that decide
 * nothing for the secretary.
 */
export function safeFixEdits(findings: readonly Finding[], when: 'asked' | 'unasked' = 'asked'): TextEdit[] {
  const taken = new Set<Fix>();
  const edits: TextEdit[] = [];
  const wanted = when === 'unasked' ? (x: Fix) => x.unasked === true : (x: Fix) => x.safe === true || x.unasked === true;
  for (const f of findings) {
    const fix = f.fixes?.find(wanted);
    if (!fix || taken.has(fix)) continue;
    taken.add(fix);
    if (fix.edits.some((e) => edits.some((o) => rangesOverlap(o.range, e.range)))) continue;
    edits.push(...fix.edits.map((e) => ({ range: e.range, newText: e.newText })));
  }
  return edits;
}
