import type { Table } from '../model/minutes';
import { PLACEHOLDER, isPlaceholderJournalNumber, isPlaceholderLine, isPlaceholderTitle } from '../edits/placeholders';
import type { Check } from './check';
import { itemLabel } from '../model/text';

/** The rows of the budget-table snippet: a real table of zeros (`Drift 0 0 0 0`, «no consequences») has its own. */
const SNIPPET_ROWS: ReadonlySet<string> = new Set([PLACEHOLDER.budgetRow.toLowerCase(), 'i alt']);
/**
 * The longest a label cell of such a row is: the label in bold (`<b>**…**</b>`, 11 characters)
 * with a few spaces inside the markup (cells are trimmed when the table is read).
 */
const LONGEST_SNIPPET_LABEL = Math.max(...[...SNIPPET_ROWS].map((l) => l.length)) + 24;

/**
 * A table whose amounts are all zero under the snippet's row labels, as the budget-table snippet
 * leaves it (header row aside). Many municipalities' templates print a budget schema of zeros for
 * a case without economic consequences: that is text, written on purpose.
 */
function allZero(table: Table): boolean {
  let amounts = 0;
  let header = true;
  for (const row of table.rows) {
    if (row.separator) continue;
    if (header) {
      header = false;
      continue;
    }
    // Labels longer than the snippet's are ruled out before any string is made (most tables).
    const raw = row.cells[0]?.text ?? '';
    if (raw.length > LONGEST_SNIPPET_LABEL) return false;
    const label = raw.replace(/<\/?b>|\*\*/g, '').trim().toLowerCase();
    if (!SNIPPET_ROWS.has(label)) return false;
    for (let c = 1; c < row.cells.length; c++) {
      const t = row.cells[c]!.text.trim();
      if (t === '') continue;
      if (t !== '0') return false;
      amounts++;
    }
  }
  return amounts > 0;
}

export const placeholder: Check = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Tekst fra en skabelon, et forslag eller «Indsæt afsnittet», som endnu ikke er skrevet: «Titel», «Kort resume af sagen.», et journalnummer af nuller (00.00.00-A00-1-25), en budgettabel med lutter nuller.',
    en: 'Text left by a snippet, a suggestion or "Insert section" that is still to be written: "Titel", "Kort resume af sagen.", a journal number of zeros (00.00.00-A00-1-25), a budget table of zeros.',
  },
  run(ctx) {
    const { doc, msg } = ctx;
    for (const item of doc.items) {
      const n = itemLabel(item);
      if (isPlaceholderTitle(item.title.value)) ctx.report({ range: item.title.range, message: msg.placeholderTitle(n) });
      const j = item.journalNumber;
      if (j && isPlaceholderJournalNumber(j.value)) ctx.report({ range: j.range, message: msg.placeholderJournalNumber(n, j.value) });
      for (const section of item.sections) {
        // Each body line once: linear in the document.
        for (let line = section.bodyRange.start.line; line <= section.bodyRange.end.line && line < doc.lines.length; line++) {
          const text = doc.lines[line]!.text;
          if (!isPlaceholderLine(text)) continue;
          const start = text.length - text.trimStart().length;
          const end = text.trimEnd().length;
          ctx.report({ range: { start: { line, character: start }, end: { line, character: end } }, message: msg.placeholderText(n, ctx.sectionName(section.id), text.trim()) });
        }
        for (const table of section.tables) if (allZero(table)) ctx.report({ range: table.rows[0]!.range, message: msg.placeholderTable(n, ctx.sectionName(section.id)) });
      }
    }
  },
};
