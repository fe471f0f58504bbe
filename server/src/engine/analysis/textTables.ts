import type { AgendaItem, MinutesDocument, Table } from '../model/minutes';
import { Amount, abs, add, compare, halfUnit, roundedUnits, subtract, timesPow10 } from '../tables/amount';
import type { TableArithmetic } from '../tables/arithmetic';
import type { AmountCell, AmountColumn, GridRow } from '../tables/grid';
import { MoneyAmount, isAnchored, moneyInProse } from './money';
import { tablesArithmetic } from './tableArithmetic';
import { DocumentSlot } from '../model/derived';

/**
 * Amounts in the text against the tables of the same item. The text rounds («18,7 mio. kr.»)
 * what the table states in its own unit («18.748» in `1.000 kr.`), so two amounts agree when
 * their difference is within half a unit of each one's last digit. Signs are compared by
 * size only: the text says «mindreforbrug på 0,3 mio. kr.» where the table writes 251.
 *
 * Disagreement is reported only where the text clearly states a table's total: an amount
 * anchored by «samlet» / «i alt» that matches no cell of the item, but is one slipped digit
 * away from a total of one of its tables. A sentence about a part of a row («merforbrug på
 * 20,2 mio. kr.» for two of the row's areas) is therefore never taken for the row.
 */
export interface TableMatch {
  readonly amount: MoneyAmount;
  readonly table: TableArithmetic;
  readonly row: GridRow;
  readonly column: AmountColumn;
  readonly cell: AmountCell;
  /** Power of ten of the table's unit (3 for `1.000 kr.`). */
  readonly exponent: number;
  /** The cell is in a total row or a total column. */
  readonly total: boolean;
}

export interface TableMismatch extends TableMatch {
  /** The table's value at the text's precision, with the text's sign: what the text should say. */
  readonly expected: Amount;
  /** Off by less than one unit of the text's last digit: rounded the wrong way, not a wrong number. */
  readonly withinOneUnit: boolean;
  /** Only one total is a digit slip away: the fix is unambiguous. */
  readonly unique: boolean;
}

/** A cell of the item's tables: what a match names, plus how it is searched. */
interface Entry extends Omit<TableMatch, 'amount'> {
  /** Power of ten of the cell's last digit, in kroner. */
  readonly precision: number;
  /** |value| as a float: only to find candidates quickly, never to decide. */
  readonly size: number;
}

/**
 * The cells of one item's tables, arranged for the two questions asked of them: which cell is
 * nearest an amount (sorted by size, per precision: the nearest is the only one that can agree),
 * and which total is one digit away (an index of the totals by their digits, built on demand).
 * Both stay logarithmic or constant per amount however large the tables.
 */
interface ItemCells {
  readonly all: readonly Entry[];
  /** Per precision: in document order, sorted by size (stably) once `sorted`. */
  readonly byPrecision: ReadonlyMap<number, Entry[]>;
  readonly totalsByDigits: Map<string, Map<string, Entry[]>>;
  /** Amounts compared with the cells so far (`agreesWithAny`): the lists are sorted after `SORT_AFTER`. */
  compared: number;
  sorted: boolean;
}

/**
 * Comparisons by a scan before the lists are sorted and searched: an item's text states a total a
 * few times (9 in the largest item of the 2024 minutes, whose 102 cells' sort was a tenth of what
 * this check cost), and past this many the sort keeps it logarithmic per amount.
 */
const SORT_AFTER = 16;

const cellCache = new DocumentSlot<Map<AgendaItem, ItemCells>>();

function cellsFor(doc: MinutesDocument, item: AgendaItem): ItemCells {
  const perItem = cellCache.of(doc, () => new Map());
  let cells = perItem.get(item);
  if (!cells) {
    const all = entriesOf(item, tablesArithmetic(doc));
    const byPrecision = new Map<number, Entry[]>();
    for (const e of all) {
      const list = byPrecision.get(e.precision);
      if (list) list.push(e);
      else byPrecision.set(e.precision, [e]);
    }
    perItem.set(item, (cells = { all, byPrecision, totalsByDigits: new Map(), compared: 0, sorted: false }));
  }
  return cells;
}

const mismatchCache = new DocumentSlot<readonly TableMismatch[]>();

/**
 * The amounts the text calls a total (anchored by «samlet», «i alt») that agree with no cell of
 * their item's tables but are a digit slip from one of its totals. Only anchored amounts are
 * compared, so a document pays for the cells of an item only when its text states a total.
 */
export function textTableMismatches(doc: MinutesDocument): readonly TableMismatch[] {
  return mismatchCache.of(doc, findMismatches);
}

function findMismatches(doc: MinutesDocument): readonly TableMismatch[] {
  const out: TableMismatch[] = [];
  if (doc.tables.length > 0) {
    // An item without a table has no cell to agree with: its amounts are not read for an anchor
    // (a fifth of the real minutes' amounts). Whether it has one is asked of the tables' places.
    const hasTable = new Map<AgendaItem, boolean>();
    for (const { paragraph, amounts } of moneyInProse(doc)) {
      let any = hasTable.get(paragraph.item);
      if (any === undefined) hasTable.set(paragraph.item, (any = doc.tables.some((t) => within(t, paragraph.item))));
      if (!any) continue;
      for (const amount of amounts) {
        if (amount.approximate || amount.value.units === 0n || !anchored(amount)) continue;
        const cells = cellsFor(doc, paragraph.item);
        if (cells.all.length === 0 || agreesWithAny(amount, cells)) continue;
        const mismatch = mismatchOf(amount, cells);
        if (mismatch) out.push(mismatch);
      }
    }
  }
  return out;
}

/** The cells of the item's tables an amount of the text agrees with, totals first (for the hover). */
export function tableMatchesOf(doc: MinutesDocument, amount: MoneyAmount): TableMatch[] {
  if (doc.tables.length === 0 || amount.value.units === 0n) return [];
  const found: TableMatch[] = [];
  for (const e of cellsFor(doc, amount.paragraph.item).all) {
    // One significant digit («0,3 mio. kr.») matches too much by chance: only a total then.
    if (agrees(amount, e) && (e.total || digitsAt(amount, e.precision).length >= 2)) found.push(matchOf(amount, e));
  }
  return found.sort((a, b) => Number(b.total) - Number(a.total));
}

function anchored(amount: MoneyAmount): boolean {
  const sentence = amount.paragraph.sentences.find((s) => s.start <= amount.start && amount.start < s.end);
  return isAnchored(amount.paragraph.text, amount, sentence?.start ?? 0);
}

/** The unit's power of ten; undefined for a table that names no unit (its numbers are not compared). */
export function unitExponent(unit: string | undefined): number | undefined {
  if (!unit) return undefined;
  const u = unit.toLowerCase();
  if (/mia|milliard/.test(u)) return 9;
  if (/mio|million/.test(u)) return 6;
  if (/1\.000|t\.?\s?kr|tkr/.test(u)) return 3;
  return /kr/.test(u) ? 0 : undefined;
}

/** Every amount cell of the item's tables with a known unit, in document order. */
function entriesOf(item: AgendaItem, arithmetic: readonly TableArithmetic[]): Entry[] {
  const entries: Entry[] = [];
  for (const t of arithmetic) {
    if (!within(t.table, item)) continue;
    const exponent = unitExponent(t.grid.unit);
    if (exponent === undefined) continue;
    for (const row of t.grid.rows) {
      for (let c = 0; c < row.cells.length; c++) {
        const cell = row.cells[c];
        if (!cell || cell.amount.units === 0n) continue;
        const column = t.grid.columns[c]!;
        entries.push({ table: t, row, column, cell, exponent, total: row.declaredTotal || column.declaredTotal, precision: exponent - column.decimals, size: Math.abs(toFloat(cell.amount)) * 10 ** exponent });
      }
    }
  }
  return entries;
}

function within(table: Table, item: AgendaItem): boolean {
  return table.range.start.line >= item.range.start.line && table.range.end.line <= item.range.end.line;
}

function valueOf(e: Entry): Amount {
  return timesPow10(e.cell.amount, e.exponent);
}

function toFloat(a: Amount): number {
  return Number(a.units) / 10 ** a.scale;
}

/** Does any cell agree? Per precision only the cells nearest in size can (same tolerance for all). */
function agreesWithAny(amount: MoneyAmount, cells: ItemCells): boolean {
  const size = Math.abs(toFloat(amount.value));
  if (!cells.sorted && ++cells.compared > SORT_AFTER) {
    for (const list of cells.byPrecision.values()) list.sort((a, b) => a.size - b.size);
    cells.sorted = true;
  }
  for (const list of cells.byPrecision.values()) {
    if (!cells.sorted) {
      if (nearestBySize(list, size, (e) => agrees(amount, e))) return true;
      continue;
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.size < size) lo = mid + 1;
      else hi = mid;
    }
    // Two on each side: floats may order near-equal sizes differently from the exact values.
    for (let i = Math.max(0, lo - 2); i < Math.min(list.length, lo + 2); i++) if (agrees(amount, list[i]!)) return true;
  }
  return false;
}

/**
 * Whether `test` holds for one of the four cells the search of the sorted list looks at, found by
 * a scan of the unsorted one: the two last below `size` and the two first from it on, in the
 * order a stable sort by size gives (of equal sizes, the later in the list is the greater).
 */
export function nearestBySize<T extends { readonly size: number }>(list: readonly T[], size: number, test: (e: T) => boolean): boolean {
  let below1: T | undefined; // the greatest below `size`
  let below2: T | undefined;
  let from1: T | undefined; // the least from `size` on
  let from2: T | undefined;
  for (const e of list) {
    if (e.size < size) {
      if (below1 === undefined || e.size >= below1.size) {
        below2 = below1;
        below1 = e;
      } else if (below2 === undefined || e.size >= below2.size) below2 = e;
    } else if (from1 === undefined || e.size < from1.size) {
      from2 = from1;
      from1 = e;
    } else if (from2 === undefined || e.size < from2.size) from2 = e;
  }
  return (below2 !== undefined && test(below2)) || (below1 !== undefined && test(below1)) || (from1 !== undefined && test(from1)) || (from2 !== undefined && test(from2));
}

/**
 * Do the text's amount and the cell agree, each rounded as written? Written to the same digit,
 * the same number is the same digits; to different digits, each may be off by half of its own.
 * Sizes far apart are told apart by floats first; the decision itself is exact.
 */
function agrees(amount: MoneyAmount, e: Entry): boolean {
  const size = Math.abs(toFloat(amount.value));
  if (Math.abs(size - e.size) > 10 ** amount.precision + 10 ** e.precision + size * 1e-9) return false;
  const diff = abs(subtract(abs(amount.value), abs(valueOf(e))));
  if (amount.precision === e.precision) return diff.units === 0n;
  return compare(diff, add(halfUnit(amount.precision), halfUnit(e.precision))) <= 0;
}

/** Significant digits at the coarser of the two precisions (`0,3 mio. kr.` has one). */
function digitsAt(amount: MoneyAmount, precision: number): string {
  return roundedUnits(amount.value, Math.max(amount.precision, precision)).toString();
}

function matchOf(amount: MoneyAmount, e: Entry): TableMatch {
  const { precision: _precision, size: _size, ...cell } = e;
  return { amount, ...cell };
}

/** The totals of one precision by their digits at the comparison's precision (built once per pair). */
function totalsByDigits(cells: ItemCells, precision: number, at: number): Map<string, Entry[]> {
  const key = `${precision}|${at}`;
  let index = cells.totalsByDigits.get(key);
  if (!index) {
    index = new Map();
    for (const e of cells.byPrecision.get(precision) ?? []) {
      if (!e.total) continue;
      const digits = roundedUnits(valueOf(e), at).toString();
      const list = index.get(digits);
      if (list) list.push(e);
      else index.set(digits, [e]);
    }
    cells.totalsByDigits.set(key, index);
  }
  return index;
}

function mismatchOf(amount: MoneyAmount, cells: ItemCells): TableMismatch | undefined {
  const slips: Entry[] = [];
  for (const precision of cells.byPrecision.keys()) {
    const at = Math.max(amount.precision, precision);
    const digits = roundedUnits(amount.value, at).toString();
    if (digits.length < 3) continue;
    const index = totalsByDigits(cells, precision, at);
    for (const variant of slipsOf(digits)) {
      // Most variants name no total: no spread of an empty list each.
      const hits = index.get(variant);
      if (hits) for (const e of hits) slips.push(e);
    }
  }
  if (slips.length === 0) return undefined;
  slips.sort((a, b) => a.cell.range.start.line - b.cell.range.start.line || a.cell.range.start.character - b.cell.range.start.character);
  const first = slips[0]!;
  const distinct = new Set(slips.map((e) => roundedUnits(valueOf(e), amount.precision).toString()));
  const sign = amount.value.units < 0n ? -1n : 1n;
  const value = valueOf(first);
  const expected = timesPow10({ units: sign * roundedUnits(value, amount.precision), scale: 0 }, amount.precision);
  const withinOneUnit = compare(abs(subtract(abs(amount.value), abs(value))), add(timesPow10({ units: 1n, scale: 0 }, amount.precision), halfUnit(first.precision))) <= 0;
  return { ...matchOf(amount, first), expected, withinOneUnit, unique: distinct.size === 1 };
}

/**
 * Every number one slip away from `digits`, the mistakes a transcription makes: one digit typed
 * wrong, or two neighbours swapped (`189` or `178` for `187`).
 */
export function slipsOf(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c === digits[i] || (i === 0 && d === 0)) continue;
      out.push(digits.slice(0, i) + c + digits.slice(i + 1));
    }
    if (i + 1 < digits.length && digits[i] !== digits[i + 1]) out.push(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  return out;
}
