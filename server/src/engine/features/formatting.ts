import type { MinutesDocument, Table, TableRow } from '../model/minutes';
import type { Range, TextEdit } from '../text/range';

/**
 * Format Document / Format Selection: pipe tables and tab tables laid out in readable columns.
 * Only whitespace changes: every cell keeps its text character for character (a test re-reads
 * the formatted tables and compares), so no number or label can change. Amounts are aligned
 * right, labels left. A tab table stays a tab table: each cell is padded with spaces to its
 * column's width before the tab, so the columns line up whatever the editor's tab size.
 */

/** An amount as a table writes it (`1.044.235`, `-780`, `<b>251</b>`, `**12,5**`, `3 %`): aligned right. */
const AMOUNT = /^(?:<b>|\*\*)?[-−+]?\d[\d.,]*(?:\s?%)?(?:<\/b>|\*\*)?$/u;

/** The width a cell takes on screen: code points (æ, ø, å and – are one each). */
const width = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

interface Layout {
  readonly widths: number[];
  readonly right: boolean[];
}

function layoutOf(rows: readonly TableRow[]): Layout {
  const widths: number[] = [];
  const amounts: number[] = [];
  const filled: number[] = [];
  rows.forEach((row, r) => {
    if (row.separator) return;
    row.cells.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, width(cell.text));
      if (r === 0 || cell.text === '') return; // the header row does not decide the alignment
      filled[c] = (filled[c] ?? 0) + 1;
      if (AMOUNT.test(cell.text)) amounts[c] = (amounts[c] ?? 0) + 1;
    });
  });
  // A column is right-aligned when most of its body cells are amounts; the first column is the labels.
  const right = widths.map((_, c) => c > 0 && (amounts[c] ?? 0) * 2 > (filled[c] ?? 0));
  return { widths, right };
}

function cellText(text: string, c: number, layout: Layout, last: boolean): string {
  const w = layout.widths[c] ?? 0;
  if (layout.right[c]) return padStart(text, w);
  // An empty first cell stays empty: padding it would start the line with spaces (Markdown code).
  return last || (c === 0 && text === '') ? text : padEnd(text, w);
}

function tabRow(row: TableRow, line: string, layout: Layout): string {
  const indent = /^[ ]*/u.exec(line)![0];
  const cells = row.cells.map((cell, c) => cellText(cell.text, c, layout, c === row.cells.length - 1));
  return indent + cells.join('\t');
}

function separatorCell(text: string, w: number): string {
  const left = text.startsWith(':');
  const right = text.length > 1 && text.endsWith(':');
  const dashes = Math.max(3, w) - (left ? 1 : 0) - (right ? 1 : 0);
  return `${left ? ':' : ''}${'-'.repeat(Math.max(1, dashes))}${right ? ':' : ''}`;
}

function pipeRow(row: TableRow, line: string, layout: Layout): string {
  const indent = /^[ ]*/u.exec(line)![0];
  const cells = row.cells.map((cell, c) => {
    const w = Math.max(3, layout.widths[c] ?? 0);
    if (row.separator) return separatorCell(cell.text, w);
    return layout.right[c] ? padStart(cell.text, w) : padEnd(cell.text, w);
  });
  return `${indent}| ${cells.join(' | ')} |`;
}

/** Edits for the lines of one table that do not read as they should. */
export function formatTable(doc: MinutesDocument, table: Table): TextEdit[] {
  const layout = layoutOf(table.rows);
  const edits: TextEdit[] = [];
  for (const row of table.rows) {
    const line = doc.lines[row.line]!.text;
    // A line that carries a byte-order mark is left alone (the edit would move it).
    if (line.charCodeAt(0) === 0xfeff) continue;
    const formatted = table.syntax === 'tab' ? tabRow(row, line, layout) : pipeRow(row, line, layout);
    if (formatted !== line) edits.push({ range: { start: { line: row.line, character: 0 }, end: { line: row.line, character: line.length } }, newText: formatted });
  }
  return edits;
}

/** Edits that lay out every table of the document, or those that touch `range` (Format Selection). */
export function formatTables(doc: MinutesDocument, range?: Range): TextEdit[] {
  if (doc.binary) return [];
  const edits: TextEdit[] = [];
  for (const table of doc.tables) {
    if (range && (table.range.end.line < range.start.line || table.range.start.line > range.end.line)) continue;
    // A transcript's space-aligned table is read as it stands, never rewritten.
    if (table.rows.length < 2 || table.syntax === 'spaces') continue;
    edits.push(...formatTable(doc, table));
  }
  return edits;
}
