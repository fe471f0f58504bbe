import { Amount, ZERO, add, negate, subtract } from './amount';
import { Grid, GridRow, notAdditive } from './grid';
import { NumericGrid, numericGrid } from './numericGrid';
import { ANCHOR, NO_PARTS, OFF, Verdict, amountVerdict, numberVerdict } from './verdict';

/**
 * Relations between columns, found in the data: `Afvigelse = Korrigeret budget − Regnskab`,
 * `Afvigelse = Kassen + Overførsel`, `I alt = 2024 + 2025 + 2026 + 2027`.
 *
 * Only columns headed like a result (`Afvigelse`, `I alt`, `Netto` …) are tried as the left
 * side: a relation found between arbitrary columns of a small table (years, counts) would be a
 * coincidence, and a checker that reports coincidences gets switched off. The right side is any
 * signed combination of up to four other amount columns, or a run of adjacent columns of any
 * length; a relation must hold (within rounding) on nearly every row and exactly on at least two,
 * so one wrong amount breaks a row, not the relation.
 */

export interface RelationTerm {
  /** Position in `Grid.columns`. */
  readonly column: number;
  readonly sign: 1 | -1;
}

export interface ColumnRelation {
  /** Position in `Grid.columns` of the column that equals the others' combination. */
  readonly target: number;
  readonly terms: readonly RelationTerm[];
  /** Not found in the data but implied by the header (`I alt` = the columns before it). */
  readonly declared: boolean;
}

const MAX_TERMS = 4;
/** Columns tried as terms of one relation (nearest to the target first): bounds the search. */
const MAX_CANDIDATES = 10;

/** `numbers`: the grid as exact numbers, when it can be (the search is the same without). */
export function inferColumnRelations(grid: Grid, numbers: NumericGrid | undefined = numericGrid(grid)): ColumnRelation[] {
  const relations: ColumnRelation[] = [];
  const cols = grid.columns;
  const judge = numbers ? numberJudge(numbers) : amountJudge(grid);
  for (let t = 0; t < cols.length; t++) {
    if (!cols[t]!.resultLike) continue;
    const candidates = cols
      .map((_, i) => i)
      .filter((i) => i !== t)
      .sort((a, b) => Math.abs(a - t) - Math.abs(b - t) || a - b)
      .slice(0, MAX_CANDIDATES)
      .sort((a, b) => a - b);
    const found: { relation: ColumnRelation; violations: number }[] = [];
    const tryTerms = (terms: readonly RelationTerm[]) => {
      const violations = holds(judge, grid.rows.length, t, terms);
      if (violations !== undefined) found.push({ relation: { target: t, terms: [...terms], declared: false }, violations });
    };
    // Only the relations with the fewest terms are kept (below), so the search goes by size and
    // stops at the first size that holds: a longer one would be dropped. (Each size in the same
    // order as before; the runs are longer than any combination. `Afvigelse` of the 2024 minutes: 72 → 24 tries.)
    for (let size = 2; size <= MAX_TERMS && found.length === 0; size++) forEachCombination(candidates, size, tryTerms);
    if (found.length === 0) for (const run of adjacentRuns(cols.length, t)) if (run.length > MAX_TERMS) tryTerms(run.map((column) => ({ column, sign: 1 })));
    if (found.length > 0) {
      // Keep the simplest explanations: a longer one with the same target only adds a column
      // that happens to be zero.
      // Of relations over the same columns with other signs (`Kassen + Overførsel` and
      // `−Kassen + Overførsel` when Kassen is mostly 0), the one broken least is meant.
      const fewest = Math.min(...found.map((r) => r.relation.terms.length));
      const columnsKey = (r: ColumnRelation) => r.terms.map((x) => x.column).join(',');
      const best = new Map<string, { relation: ColumnRelation; violations: number }>();
      for (const f of found) {
        if (f.relation.terms.length !== fewest) continue;
        const k = columnsKey(f.relation);
        const seen = best.get(k);
        if (!seen || f.violations < seen.violations) best.set(k, f);
      }
      relations.push(...[...best.values()].map((f) => f.relation));
    } else if (cols[t]!.declaredTotal) {
      const run = declaredRun(grid, t);
      const terms = run.map((column): RelationTerm => ({ column, sign: 1 }));
      if (run.length > 0 && !run.some((c) => notAdditive(cols[c]!.header)) && !failsEverywhere(judge, grid.rows.length, t, terms)) {
        relations.push({ target: t, terms, declared: true });
      }
    }
  }
  return relations;
}

/**
 * An `I alt` column that is the sum of the columns before it on no row at all (two rows or
 * more) is something else (a product, an average, a total of columns the table does not show):
 * holding each row to the sum would report every row.
 */
function failsEverywhere(judge: RowJudge, eligible: number, target: number, terms: readonly RelationTerm[]): boolean {
  let rows = 0;
  for (let r = 0; r < eligible; r++) {
    const v = judge(r, target, terms);
    if (v === NO_PARTS) continue;
    if (v !== OFF) return false;
    rows++;
  }
  return rows >= 2;
}

/** The amount of a row in one relation column (empty counts as absent). */
function valueOf(row: GridRow, column: number): Amount | undefined {
  return row.cells[column]?.amount;
}

export interface RelationValue {
  readonly stated: Amount;
  readonly computed: Amount;
  /** Terms present on this row. */
  readonly present: number;
}

/** Evaluates a relation on one row, or undefined when the row has no target or no term. */
export function evaluate(row: GridRow, relation: ColumnRelation): RelationValue | undefined {
  const stated = valueOf(row, relation.target);
  if (!stated) return undefined;
  let computed: Amount = ZERO;
  let present = 0;
  for (const term of relation.terms) {
    const v = valueOf(row, term.column);
    if (!v) continue;
    present++;
    computed = add(computed, term.sign === 1 ? v : negate(v));
  }
  return present === 0 ? undefined : { stated, computed, present };
}

/** One row against a relation: its target against the signed sum of the terms present on it. */
type RowJudge = (row: number, target: number, terms: readonly RelationTerm[]) => Verdict;

/** In exact numbers at the grid's common scale (see `NumericGrid` for why they are exact). */
function numberJudge(numbers: NumericGrid): RowJudge {
  const { width, common, unitAtCommon } = numbers;
  return (row, target, terms) => {
    const at = row * width;
    const stated = common[at + target]!;
    if (stated !== stated) return NO_PARTS; // NaN: no amount
    let sum = 0;
    let present = 0;
    for (const term of terms) {
      const u = common[at + term.column]!;
      if (u !== u) continue;
      present++;
      sum += term.sign * u;
    }
    return present === 0 ? NO_PARTS : numberVerdict(stated - sum, stated, unitAtCommon[target]!, present);
  };
}

function amountJudge(grid: Grid): RowJudge {
  return (row, target, terms) => {
    const v = evaluate(grid.rows[row]!, { target, terms, declared: false });
    return v ? amountVerdict(subtract(v.stated, v.computed), v.stated, grid.columns[target]!.decimals, v.present) : NO_PARTS;
  };
}

/** The number of rows breaking the relation when it holds on the table, else undefined. */
function holds(judge: RowJudge, eligible: number, target: number, terms: readonly RelationTerm[]): number | undefined {
  // Violations allowed: one wrong row in five, at least one once the relation has support.
  const allowed = Math.max(1, Math.floor(eligible / 5));
  let rows = 0;
  let support = 0;
  let exact = 0;
  let violations = 0;
  for (let r = 0; r < eligible; r++) {
    const v = judge(r, target, terms);
    if (v === NO_PARTS) continue;
    rows++;
    if (v !== OFF) {
      if (v === ANCHOR) exact++;
      support++;
    } else if (++violations > allowed || (violations > 2 && violations > support)) return undefined;
  }
  if (exact < 2 || support < Math.min(3, rows)) return undefined;
  return (support >= 3 ? violations <= allowed : violations === 0) ? violations : undefined;
}

/**
 * Calls `visit` with every signed combination of exactly `size` candidate columns (the first term
 * may be negative too), in the order of a depth-first walk over the candidates and their signs.
 */
function forEachCombination(candidates: readonly number[], size: number, visit: (terms: readonly RelationTerm[]) => void): void {
  // The two terms of each candidate, made once: a combination is a choice among them.
  const termsOf = candidates.map((column): readonly [RelationTerm, RelationTerm] => [
    { column, sign: 1 },
    { column, sign: -1 },
  ]);
  const chosen: RelationTerm[] = [];
  const rec = (from: number): void => {
    if (chosen.length === size) {
      visit(chosen);
      return;
    }
    for (let i = from; i <= candidates.length - (size - chosen.length); i++) {
      for (const term of termsOf[i]!) {
        chosen.push(term);
        rec(i + 1);
        chosen.pop();
      }
    }
  };
  rec(0);
}

/** Runs of adjacent columns ending just left of the target or starting just right of it. */
function adjacentRuns(width: number, target: number): number[][] {
  const runs: number[][] = [];
  for (let from = 0; from < target - 1; from++) runs.push(range(from, target - 1));
  for (let to = target + 2; to < width; to++) runs.push(range(target + 1, to));
  return runs;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** The columns an `I alt` column declares to add up: the amount columns since the last total. */
function declaredRun(grid: Grid, target: number): number[] {
  const cols = grid.columns;
  const run: number[] = [];
  for (let i = target - 1; i >= 0 && !cols[i]!.declaredTotal && cols[i]!.index === cols[target]!.index - (target - i); i--) run.unshift(i);
  if (run.length >= 2) return run;
  const right: number[] = [];
  for (let i = target + 1; i < cols.length && !cols[i]!.declaredTotal && cols[i]!.index === cols[target]!.index + (i - target); i++) right.push(i);
  return right.length >= 2 ? right : run;
}
