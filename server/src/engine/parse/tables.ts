import type { Located, Table, TableCell, TableRow, TableSyntax } from '../model/minutes';
import { Line, isSpace, trimmedLineRange } from '../text/lines';
import { lineRange } from '../text/range';

/** Which table syntax a line belongs to, if any. */
export function tableSyntaxOf(text: string): TableSyntax | undefined {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xfeff)) i++;
  if (text.charCodeAt(i) === 124 /* | */) return 'pipe';
  return text.includes('\t') ? 'tab' : undefined;
}

const SEPARATOR_CELL = /^:?-{2,}:?$|^-+$/;

function rowOf(line: Line, syntax: TableSyntax): TableRow {
  const text = line.text;
  const cells: TableCell[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s)) && text.charCodeAt(s) !== 9) s++;
    while (s < e && text.charCodeAt(s) === 9) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    cells.push({ text: text.slice(s, e), range: lineRange(line.index, s, e) });
  };
  if (syntax === 'tab') {
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text.charCodeAt(i) === 9) {
        push(from, i);
        from = i + 1;
      }
    }
  } else {
    // `| a | b |`: cells between unescaped pipes; the leading and trailing pipe open and close.
    let i = text.indexOf('|');
    let from = i + 1;
    for (i = from; i <= text.length; i++) {
      const atEnd = i === text.length;
      if (atEnd || (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92)) {
        if (!(atEnd && text.slice(from).trim() === '')) push(from, i);
        from = i + 1;
      }
    }
  }
  const nonEmpty = cells.filter((c) => c.text.length > 0);
  const separator = nonEmpty.length > 0 && nonEmpty.every((c) => SEPARATOR_CELL.test(c.text));
  return { line: line.index, range: trimmedLineRange(line), cells, separator };
}

/** Builds a table from consecutive lines of one syntax. */
export function buildTable(lines: readonly Line[], first: number, last: number, syntax: TableSyntax, lineAbove: Located | undefined): Table {
  const rows: TableRow[] = [];
  for (let i = first; i <= last; i++) rows.push(rowOf(lines[i]!, syntax));
  const lastLine = lines[last]!;
  return {
    syntax,
    range: { start: { line: first, character: 0 }, end: { line: last, character: lastLine.text.length } },
    rows,
    lineAbove,
  };
}
