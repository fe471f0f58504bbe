import { Amount, NumberStyle, add, formatAmount, formatLike, negate } from './amount';
import { Computation, Status, TableArithmetic, analyzeTable } from './arithmetic';
import type { AmountCell, AmountColumn } from './grid';

/**
 * Several totals of one table that disagree are often one slip: a subtotal that does not add up
 * makes the grand total over the subtotals disagree too, and a wrong row amount breaks both its
 * subtotal and the row's `Afvigelse`. Then each finding on its own has no fix that is sure
 * (changing the grand total would hide the slip), but the table as a whole has one: the single
 * cell that every failing computation goes through, changed to the value that makes them all
 * add up. It is offered only when exactly one cell does that and nothing that added up stops
 * adding up; otherwise the table has no such fix and the hover says why (see `describe.ts`).
 */
export interface OneCellFix {
  readonly cell: AmountCell;
  readonly rowLabel: string;
  readonly column: AmountColumn;
  /** The cell's new text, in its own style (bold, sign, separators). */
  readonly text: string;
  /** The new value, formatted plainly (for titles and hovers). */
  readonly value: string;
  /** The failing computations it makes add up: all of the table's errors. */
  readonly resolves: ReadonlySet<Computation>;
}

/**
 * Whether error `c` shares a cell with another error of its table (a subtotal inside a wrong
 * grand total, a row under a wrong subtotal and a wrong `Afvigelse`). Without a one-cell fix,
 * such an error gets no fix of its own: writing its computed value would decide which of the
 * entangled numbers is wrong by guessing. Independent errors (two totals of a flat table) keep theirs,
 * and so do huge tables, whose fixes are offered unverified anyway (see `verifiedFix`).
 */
export function entangled(t: TableArithmetic, c: Computation): boolean {
  if (t.grid.rows.length > MAX_VERIFIED_ROWS) return false;
  const cells = new Set([c.stated, ...c.parts.map((p) => p.cell)]);
  return t.computations.some((x) => x !== c && x.status === 'error' && (cells.has(x.stated) || x.parts.some((p) => cells.has(p.cell))));
}

/** A table is re-analysed once per candidate cell: only a few candidates, on tables of ordinary size. */
const MAX_CANDIDATES = 6;
const MAX_ROWS = 400;
/** As `arithmetic.ts`: beyond this, a re-read table may group its rows differently within rounding. */
const MAX_VERIFIED_ROWS = MAX_ROWS;

const cache = new WeakMap<TableArithmetic, OneCellFix | undefined>();

/** The one-cell fix of a table with two or more errors, if there is exactly one. */
export function oneCellFix(t: TableArithmetic): OneCellFix | undefined {
  if (cache.has(t)) return cache.get(t);
  const fix = find(t);
  cache.set(t, fix);
  return fix;
}

function find(t: TableArithmetic): OneCellFix | undefined {
  const errors = t.computations.filter((c) => c.status === 'error');
  if (errors.length < 2 || t.grid.rows.length > MAX_ROWS) return undefined;
  // The cells every error goes through (as its total or as one of its parts).
  const through = (c: Computation) => [c.stated, ...c.parts.map((p) => p.cell)];
  let common = new Set(through(errors[0]!));
  for (const e of errors.slice(1)) {
    const cells = new Set(through(e));
    common = new Set([...common].filter((x) => cells.has(x)));
  }
  if (common.size === 0 || common.size > MAX_CANDIDATES) return undefined;
  const found: OneCellFix[] = [];
  for (const cell of common) {
    const fix = tryCell(t, errors, cell);
    if (fix) found.push(fix);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The value `cell` must have for each error through it to add up (they may differ by rounding),
 * each tried on the table; the one that leaves the fewest rounding differences wins.
 */
function tryCell(t: TableArithmetic, errors: readonly Computation[], cell: AmountCell): OneCellFix | undefined {
  const place = placeOf(t, cell);
  if (!place) return undefined;
  let best: { text: string; value: Amount; roundings: number } | undefined;
  const tried = new Set<string>();
  for (const e of errors) {
    const value = valueFor(e, cell);
    if (!value) continue;
    const text = cellText(cell, place.column, value);
    if (tried.has(text)) continue;
    tried.add(text);
    const roundings = cleanAfter(t, errors, cell, text);
    if (roundings !== undefined && (!best || roundings < best.roundings)) best = { text, value, roundings };
  }
  if (!best) return undefined;
  return { cell, rowLabel: place.rowLabel, column: place.column, text: best.text, value: formatAmount(best.value, place.column.decimals), resolves: new Set(errors) };
}

/** What `cell` must hold for `e` to add up exactly. */
function valueFor(e: Computation, cell: AmountCell): Amount | undefined {
  if (e.stated === cell) return e.computed;
  // computed = Σ sign·part: the part moves by sign·(stated − computed).
  const part = e.parts.find((p) => p.cell === cell);
  return part ? add(cell.amount, part.sign === 1 ? e.difference : negate(e.difference)) : undefined;
}

/**
 * The table re-read with the cell rewritten: undefined unless every error is gone, nothing that
 * added up exactly is off now (a rounding difference may stay, an error may end as one) and a
 * total read anew adds up; else how many rounding differences are left.
 */
function cleanAfter(t: TableArithmetic, errors: readonly Computation[], cell: AmountCell, text: string): number | undefined {
  const rows = t.table.rows.map((r, i) => (i !== cell.row ? r : { ...r, cells: r.cells.map((c, k) => (k === cell.column ? { text, range: c.range } : c)) }));
  const after = analyzeTable({ ...t.table, rows });
  const rank: Record<Status, number> = { ok: 0, rounding: 1, error: 2 };
  const key = (x: Computation) => `${x.kind}:${x.stated.row}:${x.stated.column}`;
  const before = new Map<string, number>();
  for (const x of t.computations) before.set(key(x), Math.max(before.get(key(x)) ?? 0, rank[x.status]));
  const allowed = (b: number | undefined) => (b === undefined ? 0 : Math.min(b, 1));
  if (!after.computations.every((x) => rank[x.status] <= allowed(before.get(key(x))))) return undefined;
  // The fixed computations must still be there (a re-read that finds other totals proves nothing).
  if (!errors.every((x) => after.computations.some((y) => key(y) === key(x)))) return undefined;
  return after.computations.filter((x) => x.status === 'rounding').length;
}

function placeOf(t: TableArithmetic, cell: AmountCell): { column: AmountColumn; rowLabel: string } | undefined {
  for (const row of t.grid.rows) {
    if (row.row !== cell.row) continue;
    const i = row.cells.indexOf(cell);
    if (i >= 0) return { column: t.grid.columns[i]!, rowLabel: row.label };
  }
  return undefined;
}

/** The new value written like the cell it replaces (as `correctedText` does for a total). */
function cellText(cell: AmountCell, column: AmountColumn, value: Amount): string {
  const own = cell.parsed.style;
  const style: NumberStyle = { ...own, minus: cell.amount.units < 0n ? own.minus : column.style.minus, grouping: own.grouping || column.style.grouping };
  return formatLike(value, column.decimals, style);
}
