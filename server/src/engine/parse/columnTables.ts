import type { Table, TableCell, TableRow, TableSyntax } from '../model/minutes';
import type { Line } from '../text/lines';
import { trimmedLineRange } from '../text/lines';
import { parseAmount } from '../tables/amount';
import { cellAt } from './tables';
import type { SpaceBlock } from './spaceTables';

/**
 * Tables that `pdftotext` without `-layout` writes a column at a time: the label column's cells
 * one a line (its head first), a blank line, then each column of amounts the same way.
 *
 *   Pladser            2026         2027
 *   Vuggestue          412          425
 *   Børnehave          1.015        1.030
 *   I alt              1.427        1.455
 *
 * Read only in the plainest form, where nothing can be misplaced: a block of labels (a head and
 * k labels, the last a total: `I alt`, `Total`, `Sum`, `Netto`, `Samlet …`) right above a
 * blank line, then columns of exactly a head (one or two lines) and k amounts each, between blank
 * lines (page furniture reads as blank). A column with a cell left out, a head run together
 * with the next (`2027I alt`), text between: the table ends there, or is not read.
 */

const TOTAL_LABEL = /^(?:i alt|total|totalt|sum|netto|samlet\b.*|.*\si alt)$/i;
const MAX_ROWS = 60;
/** Blank lines (and page furniture) between the labels and the first column, or two columns. */
const MAX_GAP = 4;

/** A line that is one amount (not a year: years head columns) or an empty cell's mark. */
function amountLine(text: string): boolean {
  const t = text.trim();
  if (t === '-' || t === '–') return true;
  const p = parseAmount(t);
  return p !== undefined && !p.yearLike;
}

/**
 * `amountEnds`: the lines ending like an amount (the parser's first pass); only where one stands
 * right under a head, after a blank line, is a table looked for.
 */
export function findColumnTables(lines: readonly Line[], blank: readonly boolean[], syntaxOf: readonly (TableSyntax | undefined)[], amountEnds: readonly number[]): SpaceBlock[] {
  const blocks: SpaceBlock[] = [];
  let done = -1;
  for (const i of amountEnds) {
    // The first amount of a column: under its head, which stands under a blank line.
    if (i <= done || i < 3 || syntaxOf[i] || blank[i - 1] || !blank[i - 2] || amountLine(lines[i - 1]!.text) || !amountLine(lines[i]!.text)) continue;
    const block = tableAt(lines, blank, syntaxOf, i);
    if (block) {
      blocks.push(block);
      done = block.last;
    }
  }
  return blocks;
}

interface Column {
  /** Head lines (one or two), then the k amount lines. */
  readonly head: readonly number[];
  readonly cells: readonly number[];
}

function tableAt(lines: readonly Line[], blank: readonly boolean[], syntaxOf: readonly (TableSyntax | undefined)[], first: number): SpaceBlock | undefined {
  const n = lines.length;
  // The first column's amounts, and so k.
  let j = first;
  while (j < n && !blank[j] && !syntaxOf[j] && amountLine(lines[j]!.text)) j++;
  const k = j - first;
  if (k < 2 || k > MAX_ROWS || (j < n && !blank[j])) return undefined;
  // The labels: k lines and their head right above the blank line(s) over the first column's head.
  let b = first - 2;
  for (let gap = 0; b >= 0 && blank[b] && gap < MAX_GAP; gap++) b--;
  const top = b - k;
  if (top < 0 || blank[b] || (top > 0 && !blank[top - 1] && lines[top]!.text.trim().length > 40)) return undefined;
  for (let r = top; r <= b; r++) if (blank[r] || syntaxOf[r] || amountLine(lines[r]!.text) || lines[r]!.text.trim().length > 60) return undefined;
  const labels: number[] = [];
  for (let r = top + 1; r <= b; r++) labels.push(r);
  // The bottom label is the total: the lines above the amounts are the labels, in their order,
  // and not a heading `pdftotext` put between the labels and the columns.
  if (!TOTAL_LABEL.test(lines[b]!.text.trim())) return undefined;

  // The columns: a head of one or two lines, exactly k amounts, a blank line (or the end).
  const columns: Column[] = [{ head: [first - 1], cells: range(first, k) }];
  let last = first + k - 1;
  for (let at = first + k; ; ) {
    let s = at;
    for (let gap = 0; s < n && blank[s] && gap < MAX_GAP; gap++) s++;
    if (s >= n || blank[s] || s === at) break;
    let h = s;
    while (h < n && h < s + 2 && !blank[h] && !syntaxOf[h] && !amountLine(lines[h]!.text) && lines[h]!.text.trim().length <= 40) h++;
    if (h === s) break;
    let e = h;
    while (e < n && !blank[e] && !syntaxOf[e] && amountLine(lines[e]!.text)) e++;
    if (e - h !== k || (e < n && !blank[e])) break;
    columns.push({ head: range(s, h - s), cells: range(h, k) });
    last = e - 1;
    at = e;
  }

  const build = (lineAbove: Table['lineAbove']): Table => {
    const cell = (r: number): TableCell => {
      const text = lines[r]!.text;
      return cellAt(text, r, 0, text.length);
    };
    const headLine = lines[top]!;
    const head: TableCell[] = [cell(top)];
    for (const c of columns) {
      const cells = c.head.map(cell);
      head.push(cells.length === 1 ? cells[0]! : { text: cells.map((x) => x.text).join(' '), range: cells[cells.length - 1]!.range });
    }
    const rows: TableRow[] = [{ line: top, range: trimmedLineRange(headLine), cells: head, separator: false }];
    labels.forEach((r, row) => {
      rows.push({ line: r, range: trimmedLineRange(lines[r]!), cells: [cell(r), ...columns.map((c) => cell(c.cells[row]!))], separator: false });
    });
    return {
      syntax: 'spaces',
      range: { start: { line: top, character: 0 }, end: { line: last, character: lines[last]!.text.length } },
      rows,
      lineAbove,
    };
  };
  return { first: top, last, build };
}

function range(from: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(from + i);
  return out;
}
