import type { Table, TableCell } from '../model/minutes';
import type { Range } from '../text/range';
import { Amount, NumberStyle, ParsedAmount, atScale, parseAmount } from './amount';

/**
 * A table read as numbers: which rows are headers, which columns hold amounts (and which are
 * labels, codes or years), each amount cell parsed once. Everything arithmetic in the tables
 * folder works on this, never on the raw text again.
 */

/** A cell holding an amount, at its column's scale. */
export interface AmountCell {
  /** Index into `Table.rows`. */
  readonly row: number;
  readonly column: number;
  readonly amount: Amount;
  readonly parsed: ParsedAmount;
  readonly range: Range;
  readonly text: string;
}

export interface AmountColumn {
  readonly index: number;
  /** The header text without markup (`Regnskab 2023`), or `kolonne N` when there is none. */
  readonly header: string;
  /** Decimals shown in the column: amounts are rounded to 10^-decimals. */
  readonly decimals: number;
  /** Headed `I alt` / `Total` / `Samlet …`: the column is declared to be a row total. */
  readonly declaredTotal: boolean;
  /** Headed like a result (`Afvigelse`, `I alt`, `Netto`): may be a relation of others. */
  readonly resultLike: boolean;
  /** How the column writes numbers (for rewriting a cell that has no style of its own). */
  readonly style: NumberStyle;
}

export interface GridRow {
  /** Index into `Table.rows`. */
  readonly row: number;
  readonly line: number;
  /** Label from the text columns, without markup (`Med overførselsadgang`). */
  readonly label: string;
  /** Amounts by amount-column position (same order as `Grid.columns`). */
  readonly cells: readonly (AmountCell | undefined)[];
  /** Named `I alt`, `Total`, `Samlet …`, `… i alt` or set in bold. */
  readonly declaredTotal: boolean;
  readonly range: Range;
}

export interface Grid {
  readonly table: Table;
  /** The unit as written (`1.000 kr.`, `Mio. kr.`, `kr.`), if any. */
  readonly unit?: string;
  readonly headerRows: number;
  readonly columns: readonly AmountColumn[];
  /** Data rows holding at least one amount, in order. */
  readonly rows: readonly GridRow[];
}

const MARKUP = /<\/?[a-z][^>]*>|\*\*|__/gi;
export function stripMarkup(s: string): string {
  return s.replace(MARKUP, '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

const TOTAL_LABEL = /^(?:i alt|total|totalt|sum|samlet\b.*|.*\bi alt|.*\btotal)[.:]?\*?$/iu;
const TOTAL_HEADER = /^(?:i alt|total|totalt|sum|samlet\b.*|.*\bi alt)[.:]?$/iu;
const RESULT_HEADER = /^(?:afvigelse|i alt|total|totalt|sum|samlet|difference|forskel|netto|saldo|rest|resultat|ændring|mer-?\/mindreforbrug|mindreforbrug|merforbrug)\b/iu;
/** Columns of codes and numbering, not amounts (`Indstillingspunkt`, `Nr.`, `Konto`). */
const CODE_HEADER = /^(?:indstillingspunkt|punkt|nr\.?|løbe-?nr\.?|lbnr\.?|id|kode|konto(?:nr\.?)?|år|årstal|side|cvr|journal(?:nr\.?|nummer)?)$/iu;
const UNIT = /\b1\.000\s*kr\.?|\bt\.?\s?kr\.?|\btkr\.?|\bmio\.?\s*kr\.?|\bmia\.?\s*kr\.?|\bmillioner kr\.?|\bkr\.?(?=$|[\s)])/iu;
const EMPTY_MARKS = new Set(['', '-', '–', '—', '−', '÷', '.']);

function unitOf(texts: readonly (string | undefined)[]): string | undefined {
  for (const t of texts) {
    if (!t) continue;
    const m = UNIT.exec(stripMarkup(t));
    if (m) return m[0];
  }
  return undefined;
}

type CellKind = 'empty' | 'amount' | 'percent' | 'year' | 'text';

function kindOf(cell: TableCell | undefined, parsed: ParsedAmount | undefined): CellKind {
  // Empty marks are a character or two (maybe in <b>…</b>): a long cell is never one, and
  // stripping the markup of every long text cell was a good part of the table time.
  if (!cell || (cell.text.length <= 24 && EMPTY_MARKS.has(stripMarkup(cell.text)))) return 'empty';
  if (!parsed) return 'text';
  if (parsed.percent) return 'percent';
  if (parsed.yearLike) return 'year';
  return 'amount';
}

/** Reads a table as numbers. Never throws; a table without amounts has no columns. */
export function readGrid(table: Table): Grid {
  const rows = table.rows;
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const parsed = rows.map((r) => r.cells.map((c) => (r.separator ? undefined : parseAmount(c.text))));
  const kinds = rows.map((r, i) => (r.separator ? [] : Array.from({ length: width }, (_, c) => kindOf(r.cells[c], parsed[i]![c]))));

  const headerRows = countHeaderRows(table, kinds, width);
  const dataRows: number[] = [];
  for (let i = headerRows; i < rows.length; i++) if (!rows[i]!.separator) dataRows.push(i);

  // Amounts stand right of the labels: a column where text outweighs numbers is a label column,
  // and numbers left of the last label column are codes (`Indstillingspunkt` 3, 4), not amounts.
  const count = Array.from({ length: width }, () => ({ amount: 0, percent: 0, year: 0, text: 0 }));
  for (const i of dataRows) {
    for (let c = 0; c < width; c++) {
      const k = kinds[i]![c]!;
      if (k !== 'empty') count[c]![k]++;
    }
  }
  let lastText = -1;
  for (let c = 0; c < width; c++) {
    const n = count[c]!;
    if (n.text > 0 && n.text >= n.amount + n.percent + n.year) lastText = c;
  }
  const headerText = (c: number): string =>
    stripMarkup(
      Array.from({ length: headerRows }, (_, h) => (rows[h]!.separator ? '' : (rows[h]!.cells[c]?.text ?? '')))
        .filter((t) => t.trim().length > 0)
        .join(' '),
    );

  const columns: AmountColumn[] = [];
  for (let c = lastText + 1; c < width; c++) {
    const n = count[c]!;
    // Percentages and years are never added up; a column of codes is not an amount either.
    if (n.amount === 0 || n.percent + n.year >= n.amount) continue;
    const header = headerText(c);
    if (CODE_HEADER.test(header)) continue;
    let decimals = 0;
    let style: NumberStyle | undefined;
    for (const i of dataRows) {
      const p = parsed[i]![c];
      if (!p || kinds[i]![c] !== 'amount') continue;
      decimals = Math.max(decimals, p.decimals);
      if (!style || (style.grouping === '' && p.style.grouping !== '')) style = p.style;
    }
    columns.push({
      index: c,
      header: header || `#${c + 1}`,
      decimals,
      declaredTotal: TOTAL_HEADER.test(header),
      resultLike: RESULT_HEADER.test(header),
      style: { minus: style?.minus ?? '-', grouping: style?.grouping ?? '.', before: '', after: '', suffix: '' },
    });
  }

  const gridRows: GridRow[] = [];
  if (columns.length > 0) {
    for (const i of dataRows) {
      const row = rows[i]!;
      const cells = columns.map((col): AmountCell | undefined => {
        const p = parsed[i]![col.index];
        const cell = row.cells[col.index];
        if (!p || !cell || kinds[i]![col.index] !== 'amount') return undefined;
        return { row: i, column: col.index, amount: atScale(p.amount, col.decimals), parsed: p, range: cell.range, text: cell.text };
      });
      if (!cells.some((c) => c)) continue;
      const labelCells = row.cells.slice(0, Math.max(0, lastText + 1)).filter((c, k) => kinds[i]![k] === 'text' && c.text.length > 0);
      const label = labelCells.slice(0, 2).map((c) => stripMarkup(c.text)).join(' – ');
      const labelBold = labelCells.length > 0 && /^(?:<b>|<strong>|\*\*|__)/i.test(labelCells[0]!.text.trim());
      const present = cells.filter((c): c is AmountCell => c !== undefined);
      const amountsBold = present.length > 0 && present.every((c) => c.parsed.bold);
      gridRows.push({
        row: i,
        line: row.line,
        label: label || `#${gridRows.length + 1}`,
        cells,
        // A total's label is short (`I alt`, `Samlet budget`); a paragraph in a label cell is not one.
        declaredTotal: ((labelCells[0]?.text.length ?? 0) <= 120 && TOTAL_LABEL.test(stripMarkup(labelCells[0]?.text ?? ''))) || labelBold || (amountsBold && !columns.every((c) => c.declaredTotal)),
        range: row.range,
      });
    }
  }

  // The line above names the unit only when it is short (`Beløb i 1.000 kr.`); a sentence that
  // mentions `0,4 mio. kr.` says nothing about the table's unit.
  const above = table.lineAbove && stripMarkup(table.lineAbove.value).length <= 40 ? table.lineAbove.value : undefined;
  // The unit stands in a short header cell (`1.000 kr.`, `Beskrivelse – Kr.`); long text cells
  // of indicator tables are not searched.
  const unit = unitOf([...Array.from({ length: headerRows }, (_, h) => rows[h]!.cells.filter((c) => c.text.length <= 80).map((c) => c.text).join(' ')), above]);
  return { table, unit, headerRows, columns, rows: gridRows };
}

/**
 * Header rows: in a pipe table, the rows above the separator; otherwise the first row when
 * it holds no amounts where the other rows do (only labels, units and years).
 */
function countHeaderRows(table: Table, kinds: readonly (readonly CellKind[])[], width: number): number {
  const rows = table.rows;
  const sep = rows.findIndex((r) => r.separator);
  if (table.syntax === 'pipe' && sep > 0) return sep + 1;
  if (rows.length < 2) return 0;
  const numericColumns = new Set<number>();
  for (let i = 1; i < rows.length; i++) {
    for (let c = 0; c < width; c++) if (kinds[i]![c] === 'amount') numericColumns.add(c);
  }
  const first = kinds[0]!;
  const amountsInFirst = [...numericColumns].filter((c) => first[c] === 'amount').length;
  const header = amountsInFirst === 0 || first.some((k, c) => numericColumns.has(c) && (k === 'text' || k === 'year'));
  if (!header) return 0;
  // A separator row right under the header (`---\t---`) belongs to it.
  return rows[1]?.separator ? 2 : 1;
}
