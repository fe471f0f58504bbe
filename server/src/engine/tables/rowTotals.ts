import { Amount, add, isZero, subtract, withinRounding } from './amount';
import type { Grid, GridRow } from './grid';

/**
 * Which rows are totals of which other rows, inferred from the table itself.
 *
 * A total row is *declared* (named `I alt`, `Samlet …`, or bold) or, in a table that declares
 * at least one, *inferred* (`Med overførselsadgang` = the rows under it). A tree is built in two
 * linear stack passes over the rows:
 *
 *  1. bottom-up, totals standing *above* their parts (`Service` over `Med overførselsadgang` …);
 *  2. top-down over what is left, totals standing *below* their parts (`I alt`, and running
 *     balances: each bold balance = the previous balance + the movements since).
 *
 * A row becomes a total when it equals the sum of the k nearest free nodes (k from small to
 * large, bounded) in every amount column at once, allowing the rounding of the parts and, in
 * wide tables, one column that is off (so one wrong amount still leaves the structure visible
 * and is reported as an error there). Subtotals are always collapsed into their total before
 * the next level up is tried, which is why nested subtotals need no search over trees.
 */

export type TotalLayout = 'before' | 'after';

export interface TotalRow {
  readonly row: GridRow;
  /** Direct parts, in document order (a part may itself be a total). */
  readonly parts: readonly GridRow[];
  readonly layout: TotalLayout;
  readonly declared: boolean;
  /** The parts were not found to add up; they are the closest guess for a declared total. */
  readonly guessed: boolean;
}

interface Node {
  readonly row: GridRow;
  parts: Node[];
  layout?: TotalLayout;
  guessed: boolean;
}

/** How far an inferred (undeclared) total may reach: bounds the search on huge tables. */
const MAX_INFERRED_PARTS = 60;
/** How far a declared total may reach (`I alt` under thousands of rows). */
const MAX_DECLARED_PARTS = 20_000;
/** Window sums tried per table before far reaches stop being tried: keeps a table of thousands
 * of bold rows that are not totals (garbage in) linear instead of quadratic. */
const WINDOW_BUDGET = 400_000;
/** A guess looks at nearby windows and at "everything above"; not at every window in between. */
const MAX_GUESS_WINDOW = 200;

export function inferTotalRows(grid: Grid): TotalRow[] {
  if (!grid.rows.some((r) => r.declaredTotal)) return [];
  const width = grid.columns.length;
  const decimals = grid.columns.map((c) => c.decimals);
  const nodes = grid.rows.map((row): Node => ({ row, parts: [], guessed: false }));
  const budget = { left: WINDOW_BUDGET };

  // Pass 1: bottom-up, totals above their parts.
  const below: Node[] = [];
  const belowSums = new StackSums(width);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    // Bottom-up, a declared total reaches far only when it heads the table.
    let k = findParts(node, below, belowSums, decimals, false, budget, i === 0 ? MAX_DECLARED_PARTS : MAX_INFERRED_PARTS);
    if (k === 0 && i === 0 && node.row.declaredTotal && !nodes[nodes.length - 1]!.row.declaredTotal) {
      // A declared total heading the table with nothing declared at the bottom stands above its
      // parts; when they do not add up, take the closest window below.
      k = findParts(node, below, belowSums, decimals, true, budget, MAX_DECLARED_PARTS);
      if (k > 0) node.guessed = true;
    }
    if (k > 0) {
      node.parts = popParts(below, belowSums, k).reverse();
      node.layout = 'before';
    }
    below.push(node);
    belowSums.push(node.row);
  }
  const level1 = below.reverse();

  // Pass 2: top-down over what is left, totals below their parts.
  const above: Node[] = [];
  const aboveSums = new StackSums(width);
  for (const node of level1) {
    if (node.parts.length === 0) {
      let k = findParts(node, above, aboveSums, decimals, false, budget, MAX_DECLARED_PARTS);
      if (k === 0 && node.row.declaredTotal) {
        // A declared total whose parts do not add up: take the closest window, so the error is
        // reported on it with the parts it most probably means.
        k = findParts(node, above, aboveSums, decimals, true, budget, MAX_DECLARED_PARTS);
        if (k > 0) node.guessed = true;
      }
      if (k > 0) {
        node.parts = popParts(above, aboveSums, k);
        node.layout = 'after';
      }
    }
    above.push(node);
    aboveSums.push(node.row);
  }

  const totals: TotalRow[] = [];
  for (const n of nodes) {
    if (n.parts.length === 0 || !n.layout) continue;
    totals.push({ row: n.row, parts: n.parts.map((p) => p.row), layout: n.layout, declared: n.row.declaredTotal, guessed: n.guessed });
  }
  return totals;
}

/** Column sums of a stack of rows, kept as prefix sums so any top-k window sums in O(columns). */
class StackSums {
  private readonly prefix: Amount[][] = [];
  private readonly counts: number[][] = [];
  constructor(private readonly width: number) {}

  push(row: GridRow): void {
    const prev = this.prefix[this.prefix.length - 1];
    const prevCount = this.counts[this.counts.length - 1];
    const next: Amount[] = [];
    const nextCount: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const cell = row.cells[c];
      const base = prev ? prev[c]! : { units: 0n, scale: 0 };
      next.push(cell ? add(base, cell.amount) : base);
      nextCount.push((prevCount ? prevCount[c]! : 0) + (cell ? 1 : 0));
    }
    this.prefix.push(next);
    this.counts.push(nextCount);
  }

  pop(): void {
    this.prefix.pop();
    this.counts.pop();
  }

  /** Sum and number of present cells of the top k rows in column c. */
  window(k: number, c: number): { sum: Amount; present: number } {
    const top = this.prefix.length - 1;
    const from = top - k;
    const sum = from >= 0 ? subtract(this.prefix[top]![c]!, this.prefix[from]![c]!) : this.prefix[top]![c]!;
    const present = this.counts[top]![c]! - (from >= 0 ? this.counts[from]![c]! : 0);
    return { sum, present };
  }
}

function popParts(stack: Node[], sums: StackSums, k: number): Node[] {
  const out: Node[] = [];
  for (let j = 0; j < k; j++) {
    out.push(stack.pop()!);
    sums.pop();
  }
  return out.reverse();
}

interface Fit {
  /** Columns where the total and some part are present. */
  readonly checked: number;
  readonly off: number;
  /** Columns that add up exactly to a non-zero total: evidence, not a coincidence of zeros. */
  readonly anchors: number;
  /** Sum of |difference| in units, to rank guesses. */
  readonly distance: bigint;
}

/** `maxOff`: stop counting once more columns than this are off (the window is rejected anyway). */
function fit(node: Node, sums: StackSums, k: number, decimals: readonly number[], maxOff = Infinity): Fit {
  let checked = 0;
  let off = 0;
  let anchors = 0;
  let distance = 0n;
  const cells = node.row.cells;
  for (let c = 0; c < cells.length; c++) {
    const stated = cells[c];
    if (!stated) continue;
    const { sum, present } = sums.window(k, c);
    if (present === 0) continue;
    checked++;
    const diff = subtract(stated.amount, sum);
    if (isZero(diff)) {
      if (!isZero(stated.amount)) anchors++;
    } else if (!withinRounding(diff, decimals[c]!, present) && ++off > maxOff) break;
    distance += diff.units < 0n ? -diff.units : diff.units;
  }
  return { checked, off, anchors, distance };
}

function acceptable(f: Fit, declared: boolean, k: number, tolerateOff: boolean): boolean {
  if (f.checked === 0) return false;
  if (tolerateOff) return f.off === 1 && f.checked >= 3 && f.anchors >= 2;
  if (f.off > 0) return false;
  // A declared total may be 0 (net-zero tables); a single part must match it exactly.
  if (declared) return k > 1 || f.anchors >= 1;
  // An inferred subtotal needs two columns adding up exactly: in a narrow table of small
  // numbers a sum within rounding is too easily a coincidence.
  return f.checked >= 2 && f.anchors >= 2;
}

/**
 * The number of stack nodes (from the top) that are this node's parts, or 0. `guess` takes the
 * closest window even when it does not add up (only for declared totals).
 */
function findParts(
  node: Node,
  stack: readonly Node[],
  sums: StackSums,
  decimals: readonly number[],
  guess: boolean,
  budget: { left: number },
  reach: number,
): number {
  const declared = node.row.declaredTotal;
  const far = declared && budget.left > 0 ? reach : MAX_INFERRED_PARTS;
  const max = Math.min(stack.length, far);
  if (max > MAX_INFERRED_PARTS) budget.left -= 2 * max;
  const min = declared ? 1 : 2;
  if (!guess) {
    // First a window where every column adds up (within rounding), then, in tables wide enough
    // to tell, one where a single column is off.
    for (const tolerateOff of [false, true]) {
      for (let k = min; k <= max; k++) if (acceptable(fit(node, sums, k, decimals, tolerateOff ? 1 : 0), declared, k, tolerateOff)) return k;
    }
    return 0;
  }
  let best = 0;
  let bestFit: Fit | undefined;
  for (let k = 1; k <= max; k++) {
    if (k > MAX_GUESS_WINDOW && k < max) k = max;
    const f = fit(node, sums, k, decimals);
    if (f.checked === 0) continue;
    if (!bestFit || f.off < bestFit.off || (f.off === bestFit.off && f.distance < bestFit.distance)) {
      best = k;
      bestFit = f;
    }
  }
  return best;
}
