import { analyze, Finding, TextEdit } from '../../server/src/engine';
import { tableRelation } from '../../server/src/engine/checks/tableRelation';
import { tableRounding } from '../../server/src/engine/checks/tableRounding';
import { tableSum } from '../../server/src/engine/checks/tableSum';

export const TABLE_CODES = ['table-sum', 'table-relation', 'table-rounding'];
export const tableChecks = [tableSum, tableRelation, tableRounding];

/** Only the table checks' findings (the other checks are tested elsewhere). */
export function tableFindings(text: string, locale?: string): readonly Finding[] {
  return analyze(text, { checks: tableChecks, locale }).findings;
}

/** Applies edits (non-overlapping) to a text whose lines are split on \n. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const e of sorted) {
    if (e.range.start.line !== e.range.end.line) throw new Error('multi-line edit');
    const l = lines[e.range.start.line]!;
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  return lines.join('\n');
}

export const key = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character} ${f.severity} ${f.code}`;

const at = (f: { range: Finding['range'] }) => `${f.range.start.line}:${f.range.start.character}`;

/**
 * After applying the fix of `fixed`: that finding is gone, and every finding left was there
 * before at the same cell — as the same finding, or as an error that is now only a rounding
 * difference (never anything new, never anything worse).
 */
export function assertFixed(before: readonly Finding[], fixed: Finding, after: readonly Finding[]): void {
  if (after.some((x) => key(x) === key(fixed) && x.message === fixed.message)) throw new Error(`still there: ${fixed.message}`);
  const was = new Set(before.filter((x) => x !== fixed).map(key));
  const errorsAt = new Set(before.filter((x) => x.severity === 'error').map(at));
  for (const x of after) {
    if (was.has(key(x))) continue;
    // Rounding differences are one finding per table: it may now name a cell that was an error.
    if (x.code === 'table-rounding' && (errorsAt.has(at(x)) || (x.related ?? []).some((r) => errorsAt.has(at(r))))) continue;
    throw new Error(`new after fixing «${fixed.message}»: ${x.message}`);
  }
}
