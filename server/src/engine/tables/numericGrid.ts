import type { Grid } from './grid';

/**
 * A grid's amounts as plain JavaScript numbers, for the two searches that add up thousands of
 * windows and combinations (row totals, column relations): without a BigInt and an `Amount`
 * allocated per addition, which were most of the time (and of the garbage) of the table part.
 *
 * Exact, not approximate. Every amount is an integer count of units (`Amount.units`), and a
 * double holds every integer below 2^53 exactly; the sum or difference of two such integers is
 * then exact whenever the true result is below 2^53 too. Both searches only ever add signed
 * amounts of *distinct* cells (a stated cell minus a window of other rows of its column; a
 * target cell minus other columns of its row), so no intermediate exceeds the sum of |units|
 * over the whole grid. `numericGrid` gives a grid only when that bound (at the finest scale, the
 * one relations compare at) is below 2^52, which leaves room for doubling a difference and for
 * the rounding of the float sum that estimates the bound; otherwise there is none, and the
 * searches use `Amount` arithmetic as before. Results are the same either way (a unit test
 * runs both on the same tables).
 */
export interface NumericGrid {
  /** Amount columns (`Grid.columns.length`). */
  readonly width: number;
  /** Units at the column's own scale, row-major (grid row r, column c at r × width + c); NaN: no amount. */
  readonly units: readonly number[];
  /** The finest scale of any column: relations compare columns of different scales at this one. */
  readonly scale: number;
  /** Units at `scale` (the same array as `units` when every column has that scale). */
  readonly common: readonly number[];
  /** 10^(scale − decimals) per column: one rounding unit of the column at the common scale. */
  readonly unitAtCommon: readonly number[];
}

/** Below this bound on |units| summed over the grid, every search sum is exact (see above). */
const EXACT_BOUND = 2 ** 52;

export function numericGrid(grid: Grid): NumericGrid | undefined {
  const width = grid.columns.length;
  const rows = grid.rows;
  let scale = 0;
  for (const col of grid.columns) if (col.decimals > scale) scale = col.decimals;
  // A relation's rounding allowance is (terms present) × 10^(scale − decimals): exact too.
  if (10 ** scale * (width + 1) >= EXACT_BOUND) return undefined;
  // Plain arrays of doubles: typed arrays of more than 64 bytes live off the heap and cost more
  // to make than the handful of rows of most tables is worth.
  const unitAtCommon: number[] = [];
  let uniform = true;
  for (const col of grid.columns) {
    unitAtCommon.push(10 ** (scale - col.decimals));
    if (col.decimals !== scale) uniform = false;
  }
  const units: number[] = [];
  let bound = 0;
  for (const row of rows) {
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c];
      const u = cell ? Number(cell.amount.units) : NaN;
      units.push(u);
      if (cell) bound += Math.abs(u) * unitAtCommon[c]!;
    }
  }
  if (!(bound < EXACT_BOUND)) return undefined;
  const common = uniform ? units : units.map((u, i) => u * unitAtCommon[i % width]!);
  return { width, units, scale, common, unitAtCommon };
}
