import type { Grid } from './grid';
import { doubles } from './numberArrays';

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
  readonly units: number[] | Float64Array;
  /** The finest scale of any column: relations compare columns of different scales at this one. */
  readonly scale: number;
  /** Units at `scale` (the same array as `units` when every column has that scale). */
  readonly common: number[] | Float64Array;
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
  const unitAtCommon: number[] = [];
  let uniform = true;
  for (const col of grid.columns) {
    unitAtCommon.push(10 ** (scale - col.decimals));
    if (col.decimals !== scale) uniform = false;
  }
  // Made at its final size (see numberArrays.ts for why).
  const units = doubles(rows.length * width);
  let bound = 0;
  for (let r = 0, i = 0; r < rows.length; r++) {
    const cells = rows[r]!.cells;
    for (let c = 0; c < width; c++, i++) {
      const cell = cells[c];
      const u = cell ? Number(cell.amount.units) : NaN;
      units[i] = u;
      if (cell) bound += Math.abs(u) * unitAtCommon[c]!;
    }
  }
  if (!(bound < EXACT_BOUND)) return undefined;
  let common = units;
  if (!uniform) {
    common = doubles(units.length);
    for (let i = 0; i < units.length; i++) common[i] = units[i]! * unitAtCommon[i % width]!;
  }
  return { width, units, scale, common, unitAtCommon };
}
