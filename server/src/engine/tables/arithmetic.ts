import type { Table } from '../model/minutes';
import { Amount, NumberStyle, formatLike, isZero, negate, subtract, withinRounding } from './amount';
import { ColumnRelation, evaluate, inferColumnRelations } from './columnRelations';
import { AmountCell, AmountColumn, Grid, GridRow, readGrid } from './grid';
import { numericGrid } from './numericGrid';
import { TotalRow, inferTotalRows } from './rowTotals';

/**
 * The arithmetic of one table: every stated total (a cell of a total row, or a cell of a
 * relation's target column) next to what its parts add up to. The checks, the hover, the code
 * lens and the review panel all read these computations; none of them adds anything itself.
 */

export type Status = 'ok' | 'rounding' | 'error';

export interface Part {
  /** Row label for a row total, column header for a column relation. */
  readonly label: string;
  readonly sign: 1 | -1;
  readonly cell: AmountCell;
}

export interface Computation {
  readonly kind: 'sum' | 'relation';
  readonly stated: AmountCell;
  readonly row: GridRow;
  readonly column: AmountColumn;
  readonly parts: readonly Part[];
  readonly computed: Amount;
  /** stated − computed */
  readonly difference: Amount;
  /** Decimals the column rounds to. */
  readonly decimals: number;
  readonly status: Status;
  readonly total?: TotalRow;
  readonly relation?: ColumnRelation;
}

export interface TableArithmetic {
  readonly table: Table;
  readonly grid: Grid;
  readonly totals: readonly TotalRow[];
  readonly relations: readonly ColumnRelation[];
  /** In document order (row, then column). */
  readonly computations: readonly Computation[];
}

export function analyzeTable(table: Table): TableArithmetic {
  const grid = readGrid(table);
  // Both searches add up the same cells: converted to exact numbers once (when they can be).
  const numbers = grid.columns.length > 0 ? numericGrid(grid) : undefined;
  const totals = grid.columns.length > 0 ? inferTotalRows(grid, numbers) : [];
  const relations = grid.columns.length > 1 ? inferColumnRelations(grid, numbers) : [];
  const computations: Computation[] = [];
  for (const total of totals) {
    // In a transcript's table that may have lost rows, or whose cells ran together, parts that
    // do not add up are likelier parts missing than a wrong total.
    if (total.guessed && (table.partial || grid.misread)) continue;
    for (let c = 0; c < grid.columns.length; c++) {
      const stated = total.row.cells[c];
      if (!stated) continue;
      const parts: Part[] = [];
      let lacking = false;
      for (const p of total.parts) {
        const cell = p.cells[c];
        if (cell) parts.push({ label: p.label, sign: 1, cell });
        else lacking ||= p.misread?.includes(c) === true;
      }
      // A part that holds text with digits in this column (`11-`: cells run together) is one
      // the sum cannot add.
      if (parts.length === 0 || lacking) continue;
      // Every cell of a column is at the column's scale, so the parts add up unit by unit.
      const column = grid.columns[c]!;
      const computed: Amount = { units: unitsSum(parts, numbers !== undefined), scale: column.decimals };
      computations.push(computation('sum', stated, total.row, column, parts, computed, { total }));
    }
  }
  for (const relation of relations) {
    const column = grid.columns[relation.target]!;
    for (const row of grid.rows) {
      const v = evaluate(row, relation);
      if (!v) continue;
      const parts: Part[] = [];
      for (const term of relation.terms) {
        const cell = row.cells[term.column];
        if (cell) parts.push({ label: grid.columns[term.column]!.header, sign: term.sign, cell });
      }
      computations.push(computation('relation', row.cells[relation.target]!, row, column, parts, v.computed, { relation }));
    }
  }
  computations.sort((a, b) => a.stated.row - b.stated.row || a.stated.column - b.stated.column || (a.kind === b.kind ? 0 : a.kind === 'sum' ? -1 : 1));
  return { table, grid, totals, relations, computations };
}

function computation(
  kind: Computation['kind'],
  stated: AmountCell,
  row: GridRow,
  column: AmountColumn,
  parts: readonly Part[],
  computed: Amount,
  origin: { total?: TotalRow; relation?: ColumnRelation },
): Computation {
  const difference = subtract(stated.amount, computed);
  // Counts are never rounded: a count off by one is wrong.
  const status: Status = isZero(difference) ? 'ok' : !column.counts && withinRounding(difference, column.decimals, parts.length) ? 'rounding' : 'error';
  // Written out rather than spreading `origin`: a spread copies on V8's slow generic path.
  const decimals = column.decimals;
  return origin.total !== undefined
    ? { kind, stated, row, column, parts, computed, difference, decimals, status, total: origin.total }
    : { kind, stated, row, column, parts, computed, difference, decimals, status, relation: origin.relation };
}

/**
 * The sum of the parts' units. `exact`: the table has a `NumericGrid`, whose bound makes any sum
 * of its cells exact in doubles, so one BigInt is made instead of one per part.
 */
function unitsSum(parts: readonly Part[], exact: boolean): bigint {
  if (exact) {
    let sum = 0;
    for (const p of parts) sum += Number(p.cell.amount.units);
    return BigInt(sum);
  }
  let sum = 0n;
  for (const p of parts) sum += p.cell.amount.units;
  return sum;
}

/** The computed value written like the stated cell: bold, sign style, thousands separators. */
export function correctedText(c: Computation): string {
  const own = c.stated.parsed.style;
  const negative = c.stated.amount.units < 0n;
  const style: NumberStyle = {
    ...own,
    minus: negative ? own.minus : c.column.style.minus,
    grouping: own.grouping || c.column.style.grouping,
  };
  return formatLike(c.computed, c.decimals, style);
}

/** Fixes verified per table at most: each verification re-analyses the table. */
const MAX_VERIFIED_FIXES = 25;
/** Beyond this many rows a table is not re-analysed per fix; its fixes are offered unverified. */
const MAX_VERIFIED_ROWS = 400;
const verified = new WeakMap<TableArithmetic, Map<Computation, string | undefined>>();

/**
 * The text that fixes an error by writing the computed value into the stated cell — but only
 * when that makes the table consistent: the table is analysed again with the cell changed, and
 * the fix is offered only if the finding goes away and no new one appears. (Correcting
 * `Afvigelse` to `Budget − Regnskab` when `Regnskab` is the wrong number would break the column
 * sum instead; that is not a fix.)
 */
export function verifiedFix(t: TableArithmetic, c: Computation): string | undefined {
  let done = verified.get(t);
  if (!done) verified.set(t, (done = new Map()));
  if (done.has(c)) return done.get(c);
  if (c.status !== 'error') return undefined;
  const text = correctedText(c);
  if (t.grid.rows.length > MAX_VERIFIED_ROWS) return text;
  if (done.size >= MAX_VERIFIED_FIXES) return undefined;
  const rows = t.table.rows.map((r, i) =>
    i !== c.stated.row ? r : { ...r, cells: r.cells.map((cell, k) => (k === c.stated.column ? { text, range: cell.range } : cell)) },
  );
  const after = analyzeTable({ ...t.table, rows });
  // Every computation must end no worse than it was (an error may become a rounding
  // difference, never the other way), one that did not exist must add up, and the fixed one
  // must add up exactly.
  const rank: Record<Status, number> = { ok: 0, rounding: 1, error: 2 };
  const key = (x: Computation) => `${x.kind}:${x.stated.row}:${x.stated.column}:${x.total ? 'row' : x.relation!.terms.map((r) => `${r.sign}${r.column}`).join()}`;
  const before = new Map<string, number>();
  for (const x of t.computations) before.set(key(x), Math.max(before.get(key(x)) ?? 0, x === c ? 0 : rank[x.status]));
  const ok = after.computations.every((x) => rank[x.status] <= (before.get(key(x)) ?? 0));
  const result = ok ? text : undefined;
  done.set(c, result);
  return result;
}

/** Signed sum helper for callers that display a computation step by step. */
export function signed(p: Part): Amount {
  return p.sign === 1 ? p.cell.amount : negate(p.cell.amount);
}
