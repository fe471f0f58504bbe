import type { Located, Table, TableCell, TableRow, TableSyntax } from '../model/minutes';
import { Line, isSpace, trimmedLineRange } from '../text/lines';
import { Range, lineRange } from '../text/range';
import { stripMarkup, unitNamedIn } from '../tables/grid';

/** Which table syntax a line belongs to, if any; `hasTab`: the line holds a tab. */
export function tableSyntaxOf(text: string, hasTab: boolean = text.includes('\t')): TableSyntax | undefined {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xfeff)) i++;
  if (text.charCodeAt(i) === 124 /* | */) return 'pipe';
  return hasTab ? 'tab' : undefined;
}

const SEPARATOR_CELL = /^:?-{2,}:?$|^-+$/;

/**
 * A cell whose range is made when first asked for, and kept. Tables are most of a document's
 * model (a cell with its range was four objects; a table of 10,000 rows has 50,000 cells), and
 * most cells' ranges are never asked for: only those a finding, hover or lens points at.
 */
class Cell implements TableCell {
  private made: Range | undefined = undefined;
  constructor(
    readonly text: string,
    private readonly line: number,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get range(): Range {
    return (this.made ??= lineRange(this.line, this.start, this.end));
  }
  /** As data: what `TableCell` says a cell is (JSON sees no getters, and would see the offsets). */
  toJSON(): TableCell {
    return { text: this.text, range: this.range };
  }
}

/** One cell: the text between `from` and `to` of a line, trimmed (a space table's cell). */
export function cellAt(text: string, line: number, from: number, to: number): TableCell {
  return cellOf(text, line, from, to);
}

/** One cell: the text between `from` and `to`, trimmed (tabs too, but a tab ends leading spaces). */
function cellOf(text: string, line: number, from: number, to: number): TableCell {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s)) && text.charCodeAt(s) !== 9) s++;
  while (s < e && text.charCodeAt(s) === 9) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return new Cell(text.slice(s, e), line, s, e);
}

function rowOf(line: Line, syntax: TableSyntax): TableRow {
  const text = line.text;
  const cells: TableCell[] = [];
  if (syntax === 'tab') {
    let from = 0;
    for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', from)) {
      cells.push(cellOf(text, line.index, from, i));
      from = i + 1;
    }
    cells.push(cellOf(text, line.index, from, text.length));
  } else {
    // `| a | b |`: cells between unescaped pipes; the leading and trailing pipe open and close.
    let i = text.indexOf('|');
    let from = i + 1;
    for (i = from; i <= text.length; i++) {
      const atEnd = i === text.length;
      if (atEnd || (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92)) {
        if (!(atEnd && text.slice(from).trim() === '')) cells.push(cellOf(text, line.index, from, i));
        from = i + 1;
      }
    }
  }
  // A separator row: at least one non-empty cell, and every non-empty cell is dashes.
  let separator = false;
  for (const c of cells) {
    if (c.text.length === 0) continue;
    if (!SEPARATOR_CELL.test(c.text)) {
      separator = false;
      break;
    }
    separator = true;
  }
  return { line: line.index, range: trimmedLineRange(line), cells, separator };
}

/** Builds a table from consecutive lines of one syntax. */
export function buildTable(lines: readonly Line[], first: number, last: number, syntax: TableSyntax, lineAbove: Located | undefined, syntaxOf?: readonly (TableSyntax | undefined)[]): Table {
  const rows: TableRow[] = [];
  for (let i = first; i <= last; i++) rows.push(rowOf(lines[i]!, syntax));
  const lastLine = lines[last]!;
  const table: Table = {
    syntax,
    range: { start: { line: first, character: 0 }, end: { line: last, character: lastLine.text.length } },
    rows,
    lineAbove,
  };
  return syntaxOf && continues(table, syntaxOf) ? { ...table, partial: true } : table;
}

/**
 * A table that goes on from rows of its syntax a few lines above (a page break between them in a
 * PDF's text), with no head of its own (its first row holds an amount), and no sentence ending
 * in a colon right above it.
 */
function continues(table: Table, syntaxOf: readonly (TableSyntax | undefined)[]): boolean {
  const start = table.range.start.line;
  // Right under a sentence that introduces it (`… fordeles således:`), or a caption naming its
  // unit (`Driftsbesparelse pr. år (1.000 kr.)`), a table starts whole: a page's running header
  // or footer says neither. (A blank line may stand between: PDF text forms set one.)
  const above = table.lineAbove;
  if (above && above.range.start.line >= start - 2 && (above.value.trimEnd().endsWith(':') || isUnitCaption(above.value))) return false;
  let rowsAbove = false;
  for (let i = start - 2; i >= Math.max(0, start - 6) && !rowsAbove; i--) rowsAbove = syntaxOf[i] === table.syntax;
  if (!rowsAbove) return false;
  const first = table.rows[0]!;
  for (let c = 1; c < first.cells.length; c++) if (AMOUNT_LIKE.test(first.cells[c]!.text)) return true;
  return false;
}

const AMOUNT_LIKE = /^[-−÷]?\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/;
/**
 * A table's caption: a short line whose last words are the unit of money it names
 * (`… (1.000 kr.)`, `Beløb i mio. kr.`); a sentence that mentions an amount in kroner is none.
 */
function isUnitCaption(text: string): boolean {
  if (text.length > 80) return false;
  const unit = unitNamedIn(text);
  if (unit === undefined) return false;
  const plain = stripMarkup(text);
  const at = plain.lastIndexOf(unit);
  return at >= 0 && CAPTION_END.test(plain.slice(at + unit.length));
}
/** What may follow the unit at a caption's end: a closing parenthesis, nothing else. */
const CAPTION_END = /^\s*\)?\s*$/;
