import { Amount, ZERO, add, subtract } from './amount';
import { Grid, GridRow, isBaseLabel, notAdditive } from './grid';
import { IntegerMap } from './integerMap';
import { doubles, int32s } from './numberArrays';
import { NumericGrid, numericGrid } from './numericGrid';
import { ANCHOR, NO_PARTS, OFF, Verdict, amountVerdict, numberVerdict } from './verdict';

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
  /** Index into `Grid.rows`. */
  readonly at: number;
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

/** `numbers`: the grid as exact numbers, when it can be (the search is the same without). */
export function inferTotalRows(grid: Grid, numbers: NumericGrid | undefined = numericGrid(grid)): TotalRow[] {
  if (!grid.rows.some((r) => r.declaredTotal)) return [];
  const totals = inferTotals(grid, numbers, false);
  // A row that is only bold is held to the closest guess only in a table where totals do add
  // up (a running balance with one slip): elsewhere bold is emphasis (the own municipality among
  // its neighbours, a `Merforbrug` line under `Budget`). Tried again only for such tables.
  // (The first row may be an opening balance: it has no parts above it to guess from.)
  if (!totals.some((t) => !t.guessed)) return totals;
  const explained = new Set(totals.map((t) => t.row));
  for (let i = 1; i < grid.rows.length; i++) {
    const r = grid.rows[i]!;
    if (r.declaredTotal && !r.namedTotal && r.result === undefined && !explained.has(r)) return inferTotals(grid, numbers, true);
  }
  return totals;
}

function inferTotals(grid: Grid, numbers: NumericGrid | undefined, guessBold: boolean): TotalRow[] {
  const guesses = (row: GridRow) => row.namedTotal || (guessBold && row.declaredTotal && row.result === undefined);
  const nodes = grid.rows.map((row, at): Node => ({ row, at, parts: [], guessed: false }));
  const budget = { left: WINDOW_BUDGET };

  // Pass 1: bottom-up, totals above their parts.
  const below: Node[] = [];
  const belowSums = windowsOf(grid, numbers);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    // `Heraf …` is counted in the row above it: neither a part nor a total (left out of both passes).
    if (node.row.detail) continue;
    // Bottom-up, a declared total reaches far only when it heads the table.
    let k = findParts(node, below, belowSums, false, budget, i === 0 ? MAX_DECLARED_PARTS : MAX_INFERRED_PARTS);
    if (k === 0 && i === 0 && guesses(node.row) && !nodes[nodes.length - 1]!.row.declaredTotal) {
      // A declared total heading the table with nothing declared at the bottom stands above its
      // parts; when they do not add up, take the closest window below.
      k = findParts(node, below, belowSums, true, budget, MAX_DECLARED_PARTS);
      if (k > 0) node.guessed = true;
    }
    if (k > 0) {
      node.parts = popParts(below, belowSums, k).reverse();
      node.layout = 'before';
    }
    below.push(node);
    belowSums.push(node.at);
  }
  const level1 = below.reverse();

  // Pass 2: top-down over what is left, totals below their parts.
  const above: Node[] = [];
  const aboveSums = windowsOf(grid, numbers);
  for (const node of level1) {
    if (node.parts.length === 0) {
      let k = findParts(node, above, aboveSums, false, budget, MAX_DECLARED_PARTS);
      if (k === 0 && guesses(node.row)) {
        // A declared total whose parts do not add up: take the closest window, so the error is
        // reported on it with the parts it most probably means.
        k = findParts(node, above, aboveSums, true, budget, MAX_DECLARED_PARTS);
        if (k > 0) node.guessed = true;
      } else if (k === 0 && node.row.result === 'change') {
        // `Korrigeret budget` whose parts do not add up: its parts are the base above it
        // (`Oprindeligt budget`) and the changes since, when the table shows them.
        k = baseWindow(above);
        if (k > 0) node.guessed = true;
      }
      if (k > 0) {
        node.parts = popParts(above, aboveSums, k);
        node.layout = 'after';
      }
    }
    above.push(node);
    aboveSums.push(node.at);
  }

  const totals: TotalRow[] = [];
  for (const n of nodes) {
    if (n.parts.length === 0 || !n.layout) continue;
    totals.push({ row: n.row, parts: n.parts.map((p) => p.row), layout: n.layout, declared: n.row.declaredTotal, guessed: n.guessed });
  }
  return totals;
}

/**
 * What one window of the stack is to a row: per column, the row's amount against the window's
 * sum. Reused for every window tried (a fit is judged and dropped at once).
 */
interface Fit {
  /** Columns where the total and some part are present. */
  checked: number;
  off: number;
  /** Columns that add up exactly to a non-zero total: evidence, not a coincidence of zeros. */
  anchors: number;
  /** Sum of |difference| in units, to rank guesses. */
  distance: number | bigint;
}

/**
 * Column sums of a stack of rows, kept as prefix sums so any top-k window sums in O(columns):
 * in plain numbers when the grid allows it exactly (`NumberWindows`), else in `Amount`s.
 */
abstract class StackWindows {
  protected depth = 0;
  private readonly result: Fit = { checked: 0, off: 0, anchors: 0, distance: 0 };

  constructor(protected readonly width: number) {}

  /** Pushes grid row `at`. */
  abstract push(at: number): void;

  pop(): void {
    this.depth--;
  }

  /** Grid row `at` has an amount in column c. */
  protected abstract has(at: number, c: number): boolean;
  /** Grid row `at` in column c against the top k rows; adds |difference| to the distance. */
  protected abstract judge(at: number, c: number, k: number): Verdict;
  /** The distance added up since the last call, which starts it again from zero. */
  protected abstract takeDistance(): number | bigint;

  /**
   * The window sizes k in [min, max], ascending, in which at least two of grid row `at`'s
   * non-zero amounts add up exactly: the only windows an inferred total can take (it needs two
   * anchors); undefined when not known (every k is then tried).
   */
  anchoredWindows(_at: number, _min: number, _max: number): readonly number[] | undefined {
    return undefined;
  }

  /** `maxOff`: stop counting once more columns than this are off (the window is rejected anyway). */
  fit(at: number, k: number, maxOff = Infinity): Fit {
    const f = this.result;
    f.checked = 0;
    f.off = 0;
    f.anchors = 0;
    for (let c = 0; c < this.width; c++) {
      if (!this.has(at, c)) continue;
      const v = this.judge(at, c, k);
      if (v === NO_PARTS) continue;
      f.checked++;
      if (v === ANCHOR) f.anchors++;
      else if (v === OFF && ++f.off > maxOff) break;
    }
    f.distance = this.takeDistance();
    return f;
  }
}

/**
 * Prefix sums in one flat array of doubles ((depth + 1) × width), exact by `NumericGrid`'s bound;
 * row `depth` is written over a popped row or where the stack has not reached yet.
 *
 * The arrays are made for the whole table at once (the stack never holds more than every row).
 * Grown one row at a time instead, a table of thousands of rows made V8 reallocate arrays of
 * tens of thousands of elements in its large-object space over and over: a table of 10,000 rows
 * took 80 times as long as one of 1,000 (docs/performance.md).
 */
class NumberWindows extends StackWindows {
  private readonly prefix: number[] | Float64Array;
  private readonly counts: number[] | Int32Array;
  /**
   * Where a window can add up exactly: per column, the latest stack row (prefix row) holding
   * each prefix sum, and per prefix row and column the one before it with the same sum (-1:
   * none). A window of the top k rows adds up exactly to s in column c when prefix row
   * depth − k holds prefix[depth] − s: looked up here instead of trying every k.
   */
  private readonly latest: IntegerMap[] = [];
  private readonly earlier: number[] | Int32Array;
  private distance = 0;

  constructor(private readonly numbers: NumericGrid) {
    super(numbers.width);
    // Row 0 is the empty stack (zeros: a window of the whole stack subtracts nothing).
    const size = numbers.units.length + numbers.width;
    this.prefix = doubles(size);
    this.counts = int32s(size);
    this.earlier = int32s(size, -1);
    const rows = numbers.units.length / numbers.width;
    for (let c = 0; c < numbers.width; c++) {
      const sums = new IntegerMap(rows + 1);
      sums.set(0, 0);
      this.latest.push(sums);
    }
  }

  push(at: number): void {
    const w = this.width;
    const units = this.numbers.units;
    const from = this.depth * w;
    const to = from + w;
    for (let c = 0; c < w; c++) {
      const u = units[at * w + c]!;
      const present = u === u; // not NaN
      const sum = present ? this.prefix[from + c]! + u : this.prefix[from + c]!;
      this.prefix[to + c] = sum;
      this.counts[to + c] = present ? this.counts[from + c]! + 1 : this.counts[from + c]!;
      this.earlier[to + c] = this.latest[c]!.get(sum);
      this.latest[c]!.set(sum, this.depth + 1);
    }
    this.depth++;
  }

  override pop(): void {
    const at = this.depth * this.width;
    for (let c = 0; c < this.width; c++) {
      // The top row is the latest holding its sum: rows pushed after it are popped already.
      const before = this.earlier[at + c]!;
      if (before < 0) this.latest[c]!.delete(this.prefix[at + c]!);
      else this.latest[c]!.set(this.prefix[at + c]!, before);
    }
    super.pop();
  }

  override anchoredWindows(at: number, min: number, max: number): readonly number[] {
    const w = this.width;
    const top = this.depth * w;
    const ks: number[] = [];
    for (let c = 0; c < w; c++) {
      const stated = this.numbers.units[at * w + c]!;
      if (stated !== stated || stated === 0) continue;
      // Prefix rows holding prefix[depth] − stated, latest (smallest k) first.
      for (let j = this.latest[c]!.get(this.prefix[top + c]! - stated); j >= 0; j = this.earlier[j * w + c]!) {
        const k = this.depth - j;
        if (k > max) break;
        if (k >= min) ks.push(k);
      }
    }
    // A k found in two columns has two exact sums: each column names a k at most once.
    ks.sort((a, b) => a - b);
    const anchored: number[] = [];
    for (let i = 1; i < ks.length; i++) if (ks[i] === ks[i - 1] && ks[i] !== anchored[anchored.length - 1]) anchored.push(ks[i]!);
    return anchored;
  }

  protected has(at: number, c: number): boolean {
    const u = this.numbers.units[at * this.width + c]!;
    return u === u;
  }

  protected judge(at: number, c: number, k: number): Verdict {
    const top = this.depth * this.width + c;
    const from = top - k * this.width;
    const present = this.counts[top]! - this.counts[from]!;
    if (present === 0) return NO_PARTS;
    const stated = this.numbers.units[at * this.width + c]!;
    const diff = stated - (this.prefix[top]! - this.prefix[from]!);
    this.distance += Math.abs(diff);
    // Units at the column's own scale: its rounding unit is 1.
    return numberVerdict(diff, stated, 1, present);
  }

  protected takeDistance(): number {
    const d = this.distance;
    this.distance = 0;
    return d;
  }
}

/** The fallback for amounts too large for exact numbers: prefix sums of `Amount`s. */
class AmountWindows extends StackWindows {
  private readonly prefix: Amount[][] = [];
  private readonly counts: number[][] = [];
  private readonly decimals: readonly number[];
  private distance = 0n;

  constructor(private readonly grid: Grid) {
    super(grid.columns.length);
    this.decimals = grid.columns.map((c) => c.decimals);
  }

  push(at: number): void {
    const row = this.grid.rows[at]!;
    const prev = this.depth > 0 ? this.prefix[this.depth - 1] : undefined;
    const prevCount = this.depth > 0 ? this.counts[this.depth - 1] : undefined;
    const next: Amount[] = [];
    const nextCount: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const cell = row.cells[c];
      const base = prev ? prev[c]! : ZERO;
      next.push(cell ? add(base, cell.amount) : base);
      nextCount.push((prevCount ? prevCount[c]! : 0) + (cell ? 1 : 0));
    }
    this.prefix[this.depth] = next;
    this.counts[this.depth] = nextCount;
    this.depth++;
  }

  protected has(at: number, c: number): boolean {
    return this.grid.rows[at]!.cells[c] !== undefined;
  }

  protected judge(at: number, c: number, k: number): Verdict {
    const top = this.depth - 1;
    const from = top - k;
    const present = this.counts[top]![c]! - (from >= 0 ? this.counts[from]![c]! : 0);
    if (present === 0) return NO_PARTS;
    const sum = from >= 0 ? subtract(this.prefix[top]![c]!, this.prefix[from]![c]!) : this.prefix[top]![c]!;
    const stated = this.grid.rows[at]!.cells[c]!.amount;
    const diff = subtract(stated, sum);
    this.distance += diff.units < 0n ? -diff.units : diff.units;
    return amountVerdict(diff, stated, this.decimals[c]!, present);
  }

  protected takeDistance(): bigint {
    const d = this.distance;
    this.distance = 0n;
    return d;
  }
}

function windowsOf(grid: Grid, numbers: NumericGrid | undefined): StackWindows {
  return numbers ? new NumberWindows(numbers) : new AmountWindows(grid);
}

/**
 * The window from the nearest base row (`Oprindeligt budget`, `Ramme`) to the top of the stack,
 * with one change at least between (a result right under its base shows no changes: rows are
 * missing), or 0. Stops at another result: a base is not reached across one.
 */
function baseWindow(stack: readonly Node[]): number {
  for (let j = stack.length - 1, seen = 0; j >= 0; j--, seen++) {
    const row = stack[j]!.row;
    if (row.result !== undefined || row.detail) return 0;
    if (isBaseLabel(row.label)) return seen >= 1 ? stack.length - j : 0;
  }
  return 0;
}

function popParts(stack: Node[], windows: StackWindows, k: number): Node[] {
  const out: Node[] = [];
  for (let j = 0; j < k; j++) {
    out.push(stack.pop()!);
    windows.pop();
  }
  return out.reverse();
}

/** The smallest acceptable window among `ks` (every k from min to max when undefined), or 0. */
function firstAcceptable(node: Node, windows: StackWindows, ks: readonly number[] | undefined, min: number, max: number, tolerateOff: boolean): number {
  const declared = node.row.declaredTotal;
  const maxOff = tolerateOff ? 1 : 0;
  if (ks) {
    for (const k of ks) if (acceptable(windows.fit(node.at, k, maxOff), declared, k, tolerateOff)) return k;
    return 0;
  }
  for (let k = min; k <= max; k++) if (acceptable(windows.fit(node.at, k, maxOff), declared, k, tolerateOff)) return k;
  return 0;
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
function findParts(node: Node, stack: readonly Node[], windows: StackWindows, guess: boolean, budget: { left: number }, reach: number): number {
  const depth = stack.length;
  const declared = node.row.declaredTotal;
  const far = declared && budget.left > 0 ? reach : MAX_INFERRED_PARTS;
  const max = Math.min(depth, far);
  if (max > MAX_INFERRED_PARTS) budget.left -= 2 * max;
  const min = declared ? 1 : 2;
  if (!guess) {
    // First a window where every column adds up (within rounding), then, in tables wide enough
    // to tell, one where a single column is off. An inferred total needs two anchors in either
    // case, so only the windows with two exact sums are tried when those are known.
    const ks = declared ? undefined : windows.anchoredWindows(node.at, min, max);
    return firstAcceptable(node, windows, ks, min, max, false) || firstAcceptable(node, windows, ks, min, max, true);
  }
  let best = 0;
  let bestOff = 0;
  let bestDistance: number | bigint = 0;
  for (let k = 1; k <= max; k++) {
    if (k > MAX_GUESS_WINDOW && k < max) k = max;
    // Rates (`Vandafgift pr. m³`) add up to nothing: a window reaching one is no sum.
    if (notAdditive(stack[depth - k]!.row.label)) break;
    const f = windows.fit(node.at, k);
    if (f.checked === 0) continue;
    // One part that is itself a total, off in every column, is no sum the table states: a
    // summary row such as «Anlæg i alt» under «Resultat af ordinær drift» totals rows the
    // table does not show (a result statement lists one line per area).
    if (k === 1 && f.anchors === 0 && stack[depth - 1]!.parts.length > 0) continue;
    if (best === 0 || f.off < bestOff || (f.off === bestOff && f.distance < bestDistance)) {
      best = k;
      bestOff = f.off;
      bestDistance = f.distance;
    }
  }
  return best;
}
