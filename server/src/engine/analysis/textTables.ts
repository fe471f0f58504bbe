import type { AgendaItem, MinutesDocument } from '../model/minutes';
import { Amount, abs, add, compare, halfUnit, roundedUnits, subtract, timesPow10 } from '../tables/amount';
import type { TableArithmetic } from '../tables/arithmetic';
import type { AmountCell, AmountColumn, GridRow } from '../tables/grid';
import { MoneyAmount, isAnchored, moneyInProse } from './money';
import { tablesArithmetic } from './tableArithmetic';

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

interface Entry {
  readonly table: TableArithmetic;
  readonly row: GridRow;
  readonly column: AmountColumn;
  readonly cell: AmountCell;
  readonly exponent: number;
  readonly total: boolean;
  readonly precision: number;
  /** |value| as a float: only to find candidates quickly, never to decide. */
  readonly size: number;
}

/** The cells of one item's tables, read once per document and only for items that need them. */
const entryCache = new WeakMap<MinutesDocument, Map<AgendaItem, readonly Entry[]>>();

function entriesFor(doc: MinutesDocument, item: AgendaItem): readonly Entry[] {
  let perItem = entryCache.get(doc);
  if (!perItem) entryCache.set(doc, (perItem = new Map()));
  let entries = perItem.get(item);
  if (!entries) perItem.set(item, (entries = entriesOf(item, tablesArithmetic(doc))));
  return entries;
}

const mismatchCache = new WeakMap<MinutesDocument, readonly TableMismatch[]>();

/**
 * The amounts the text calls a total (anchored by «samlet», «i alt») that agree with no cell of
 * their item's tables but are a digit slip from one of its totals. Only anchored amounts are
 * compared, so a document pays for the cells of an item only when its text states a total.
 */
export function textTableMismatches(doc: MinutesDocument): readonly TableMismatch[] {
  let result = mismatchCache.get(doc);
  if (result) return result;
  const out: TableMismatch[] = [];
  if (doc.tables.length > 0) {
    for (const { paragraph, amounts } of moneyInProse(doc)) {
      for (const amount of amounts) {
        if (amount.approximate || !anchored(amount)) continue;
        const entries = entriesFor(doc, paragraph.item);
        const size = Math.abs(toFloat(amount.value));
        if (entries.length === 0 || entries.some((e) => agrees(amount, e, size))) continue;
        const mismatch = mismatchOf(amount, entries);
        if (mismatch) out.push(mismatch);
      }
    }
  }
  mismatchCache.set(doc, (result = out));
  return result;
}

/** The cells of the item's tables an amount of the text agrees with, totals first (for the hover). */
export function tableMatchesOf(doc: MinutesDocument, amount: MoneyAmount): TableMatch[] {
  if (doc.tables.length === 0) return [];
  return matchesOf(amount, entriesFor(doc, amount.paragraph.item));
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

/** Every amount cell of the item's tables with a known unit. */
function entriesOf(item: AgendaItem, arithmetic: readonly TableArithmetic[]): Entry[] {
  const entries: Entry[] = [];
  for (const t of arithmetic) {
    if (t.table.range.start.line < item.range.start.line || t.table.range.end.line > item.range.end.line) continue;
    const exponent = unitExponent(t.grid.unit);
    if (exponent === undefined) continue;
    for (const row of t.grid.rows) {
      row.cells.forEach((cell, c) => {
        if (!cell || cell.amount.units === 0n) return;
        const column = t.grid.columns[c]!;
        entries.push({ table: t, row, column, cell, exponent, total: row.declaredTotal || column.declaredTotal, precision: exponent - column.decimals, size: Math.abs(toFloat(cell.amount)) * 10 ** exponent });
      });
    }
  }
  return entries;
}

function valueOf(e: Entry): Amount {
  return timesPow10(e.cell.amount, e.exponent);
}

function toFloat(a: Amount): number {
  return Number(a.units) / 10 ** a.scale;
}

/**
 * Do the text's amount and the cell agree, each rounded as written? Written to the same digit,
 * the same number is the same digits; to different digits, each may be off by half of its own.
 * Sizes far apart are told apart by floats first; the decision itself is exact.
 */
function agrees(amount: MoneyAmount, e: Entry, size = Math.abs(toFloat(amount.value))): boolean {
  if (Math.abs(size - e.size) > 10 ** amount.precision + 10 ** e.precision + size * 1e-9) return false;
  const diff = abs(subtract(abs(amount.value), abs(valueOf(e))));
  if (amount.precision === e.precision) return diff.units === 0n;
  return compare(diff, add(halfUnit(amount.precision), halfUnit(e.precision))) <= 0;
}

/** Significant digits at the coarser of the two precisions (`0,3 mio. kr.` has one). */
function digitsAt(amount: MoneyAmount, precision: number): string {
  return roundedUnits(amount.value, Math.max(amount.precision, precision)).toString();
}

function matchesOf(amount: MoneyAmount, entries: readonly Entry[]): TableMatch[] {
  const found: TableMatch[] = [];
  for (const e of entries) {
    // One significant digit («0,3 mio. kr.») matches too much by chance: only a total then.
    if (agrees(amount, e) && (e.total || digitsAt(amount, e.precision).length >= 2)) found.push(matchOf(amount, e));
  }
  return found.sort((a, b) => Number(b.total) - Number(a.total));
}

function matchOf(amount: MoneyAmount, e: Entry): TableMatch {
  return { amount, table: e.table, row: e.row, column: e.column, cell: e.cell, exponent: e.exponent, total: e.total };
}

function mismatchOf(amount: MoneyAmount, entries: readonly Entry[]): TableMismatch | undefined {
  const size = Math.abs(toFloat(amount.value));
  // A slipped digit keeps the number of digits: a total ten times larger or smaller is no candidate.
  const slips = entries.filter((e) => e.total && e.size < size * 10 && e.size * 10 > size && isDigitSlip(digitsAt(amount, e.precision), roundedUnits(valueOf(e), Math.max(amount.precision, e.precision)).toString()));
  const first = slips[0];
  if (!first) return undefined;
  const distinct = new Set(slips.map((e) => roundedUnits(valueOf(e), amount.precision).toString()));
  const sign = amount.value.units < 0n ? -1n : 1n;
  const value = valueOf(first);
  const expected = timesPow10({ units: sign * roundedUnits(value, amount.precision), scale: 0 }, amount.precision);
  const withinOneUnit = compare(abs(subtract(abs(amount.value), abs(value))), add(timesPow10({ units: 1n, scale: 0 }, amount.precision), halfUnit(first.precision))) <= 0;
  return { ...matchOf(amount, first), expected, withinOneUnit, unique: distinct.size === 1 };
}

/**
 * One digit typed wrong or two neighbours swapped, in numbers of at least three digits
 * (`189` for `187`, `178` for `187`): the mistakes a transcription makes.
 */
export function isDigitSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3 || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
