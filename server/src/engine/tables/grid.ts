import type { Table, TableCell, TableRow } from '../model/minutes';
import type { Range } from '../text/range';
import { Amount, NumberStyle, ParsedAmount, atScale, parseAmount } from './amount';
import { CaselessPattern } from './caseless';
import { mayBeTotalLabel, mayHoldUnit, mayHoldUnitMarked, stripMarkup } from './markup';
import { Numbers, bytes, int32s } from './numberArrays';
import { hasDigit, isJsSpace } from '../text/chars';

export { stripMarkup };

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

/** An amount cell whose range is its table cell's, asked for only when needed (see parse/tables.ts). */
class GridCell implements AmountCell {
  constructor(
    readonly row: number,
    readonly column: number,
    readonly amount: Amount,
    readonly parsed: ParsedAmount,
    private readonly source: TableCell,
  ) {}
  get text(): string {
    return this.source.text;
  }
  get range(): Range {
    return this.source.range;
  }
  /** As data: what `AmountCell` says a cell is (JSON sees no getters, and would see the source). */
  toJSON(): AmountCell {
    return { row: this.row, column: this.column, amount: this.amount, parsed: this.parsed, range: this.range, text: this.text };
  }
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
  /**
   * Counts (people, cases, places: `Antal`, `Elever`, `Pladser`): whole numbers that are never
   * rounded, so a total off by one is an error, not a rounding difference.
   */
  readonly counts: boolean;
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
  /**
   * Named a total (`I alt`, `Samlet …`), not only bold: a bold row may be emphasis (the own
   * municipality among its neighbours, a `Merforbrug` line), so only a named total whose parts
   * do not add up is held to the closest guess.
   */
  readonly namedTotal: boolean;
  /**
   * Named as the result of the rows above it without being a total by name: `Korrigeret budget`,
   * `Budget efter ændring`, `Ny ramme` (`'change'`: a base, `Oprindeligt budget`, `Ramme`, and the
   * changes under it) or `Saldo` (`'balance'`: its parts may be added or subtracted; so is a row
   * of amounts without a label under labelled rows). Held to its
   * parts when they add up (it is declared); a wrong one is guessed at only from the base row above
   * it (`'change'`), never where rows may be missing.
   */
  readonly result?: 'change' | 'balance';
  /**
   * A part of the row above, not a row of its own (`Heraf forsikrede ledige`, `- heraf løn`,
   * `Herunder …`): never a part of a total (it is counted in its row already), nor a total.
   */
  readonly detail: boolean;
  /** Amount columns (positions in `Grid.columns`) where this row holds text with digits instead (see `Grid.misread`). */
  readonly misread?: readonly number[];
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
  /**
   * A row holds text where its column holds amounts (`11-`, `november 2025 4.300`: cells run
   * together when a PDF's columns were rebuilt): a total whose parts do not add up may be missing
   * one, so it is not guessed at.
   */
  readonly misread: boolean;
}

/**
 * A price per unit, a rate, an average, a share (`Pris pr. time`, `Vandafgift pr. m³`, `Gns.
 * areal`, `Andel (%)`): no part of a sum. An amount per period (`Udgift pr. år`) adds up. A column so headed is no term of an `I alt` column (a product there), a row so
 * labelled no part of a `Samlet …` row (`Samlet for en familie (100 m³)` is computed from rates).
 */
const NOT_ADDITIVE = /(?<!\p{L})(?:(?:pr\.|per)(?!\s*(?:år|året|måned|md\.?|kvartal|halvår)(?!\p{L}))|gns\.?|gennemsnit\p{L}*|enhedspris)(?!\p{L})|%|(?<!\p{L})(?:pct|procent)(?!\p{L})/iu;

/**
 * What every match of `NOT_ADDITIVE` holds (`enhedspris`, `procent` hold `pr`), under the same
 * flags: most labels hold none of it, and this plain alternation rules them out in a third of the
 * time the lookbehinds take (measured on every cell of the real minutes' tables: 35 µs against 95).
 */
const MAY_NOT_ADD = /pr|per|gns|gennemsnit|%|pct/iu;

export function notAdditive(label: string): boolean {
  return MAY_NOT_ADD.test(label) && NOT_ADDITIVE.test(label);
}

/** `Netto` alone is the sum of the rows above it (gross and income); `Nettobesparelse` is a measure of its own. */
const TOTAL_LABEL = new CaselessPattern(/^(?:i alt|total|totalt|sum|netto|samlet\b.*|.*\bi alt|.*\btotal)[.:]?\*?$/);
const TOTAL_HEADER = new CaselessPattern(/^(?:i alt|total|totalt|sum|samlet\b.*|.*\bi alt)[.:]?$/);
const RESULT_HEADER = new CaselessPattern(/^(?:afvigelse|i alt|total|totalt|sum|samlet|difference|forskel|netto|saldo|rest|resultat|ændring|mer-?\/mindreforbrug|mindreforbrug|merforbrug)\b/);
/** See `GridRow.result`. A year or a period may follow (`Korrigeret budget 2026`). */
const CHANGE_RESULT_LABEL = new CaselessPattern(/^(?:korrigeret (?:budget|ramme)|budget efter (?:ændring(?:er)?|tillæg[a-zæøå]*|omplacering[a-zæøå]*)|ændret budget|nyt budget|revideret budget|ny ramme|ramme efter (?:ændring(?:er)?|tillæg[a-zæøå]*))(?:\s+\d{4}(?:[-–]\d{2,4})?)?[.:]?\*?$/);
const BALANCE_LABEL = new CaselessPattern(/^(?:saldo(?: ultimo)?|ultimo ?saldo|saldo (?:efter|ved udgangen af) [a-zæøå]+(?:\s+\d{4})?)[.:]?\*?$/);
/** The base a `'change'` result starts from: `Oprindeligt budget`, `Vedtaget budget 2026`, `Ramme`. */
const BASE_LABEL = new CaselessPattern(/^(?:oprindeligt budget|vedtaget budget|budget|oprindelig ramme|nuværende ramme|vedtaget ramme|ramme)(?:\s+\d{4}(?:[-–]\d{2,4})?)?[.:]?\*?$/);

/** What every match of the two holds at its start, under the same flags: rules most labels out in one plain test. */
const MAY_BE_RESULT = /^(?:korrigeret |budget efter |ændret |nyt |revideret |ny ramme|ramme efter |saldo|ultimo)/i;

/** `Korrigeret budget`, `Ny ramme`, `Saldo`: the first letter first (most labels start with none of k, b, æ, n, r, s, u). */
function resultOf(label: string): GridRow['result'] {
  const c = label.charCodeAt(0) | 32;
  if ((c !== 107 && c !== 98 && c !== 110 && c !== 114 && c !== 115 && c !== 117 && c !== 0xe6) || !MAY_BE_RESULT.test(label)) return undefined;
  if (CHANGE_RESULT_LABEL.test(label)) return 'change';
  return BALANCE_LABEL.test(label) ? 'balance' : undefined;
}

/** A `'change'` result's base (`Oprindeligt budget`, `Ramme`). */
export function isBaseLabel(label: string): boolean {
  return BASE_LABEL.test(label);
}

/** Columns of codes and numbering, not amounts (`Indstillingspunkt`, `Nr.`, `Konto`). */
const CODE_HEADER = new CaselessPattern(/^(?:indstillingspunkt|punkt|nr\.?|løbe-?nr\.?|lbnr\.?|id|kode|konto(?:nr\.?)?|år|årstal|side|cvr|journal(?:nr\.?|nummer)?)$/);
const UNIT = new CaselessPattern(/\b1\.000\s*kr\.?|\bt\.?\s?kr\.?|\btkr\.?|\bmio\.?\s*kr\.?|\bmia\.?\s*kr\.?|\bmillioner kr\.?|\bkr\.?(?=$|[\s)])/);
/**
 * Words that name counts of people, cases or places (`Antal`, `Elevtal`, `Pladser`), in a column
 * header, the label column's header or the short line above the table. Full-time equivalents and
 * hours (`Årsværk`, `FTE`, `Timer`) are computed and rounded, so they are not counts; neither is
 * anything in money (`kr.`, `Beløb`, `Budget`), however it is counted.
 */
const COUNT_WORD = /(?<!\p{L})(?:antal|elevtal|børnetal|indbyggertal|befolkningstal|elever|pladser|sager|borgere|børn|personer|medarbejdere|ansatte|boliger|deltagere|brugere|modtagere|ansøgninger|husstande|indbyggere|patienter|beboere|klasser|stk\.?)(?!\p{L})/iu;
const NOT_COUNT_WORD = /(?<!\p{L})(?:årsværk|fte|timer|kr\.?|kroner|beløb|budget\p{L}*|regnskab\p{L}*|udgift\p{L}*|indtægt\p{L}*|mio\.?|mia\.?|tkr\.?|t\.kr\.?|gns\.?|gennemsnit\p{L}*)(?!\p{L})/iu;

/** What every match of `COUNT_WORD` holds, under the same flags (`antal`, `elevtal` … hold `tal`): rules most heads out without the lookbehinds. */
const MAY_COUNT = /tal|elever|pladser|sager|borgere|børn|personer|medarbejdere|ansatte|boliger|deltagere|brugere|modtagere|ansøgninger|husstande|indbyggere|patienter|beboere|klasser|stk/iu;

function namesCounts(text: string): boolean {
  return MAY_COUNT.test(text) && COUNT_WORD.test(text) && !NOT_COUNT_WORD.test(text);
}

const EMPTY_MARKS = new Set(['', '-', '–', '—', '−', '÷', '.']);

/** The first unit named in `texts`; each is one that may name one (`mayHoldUnitMarked`, asked by `unitTexts` or `shortLineAbove`). */
function unitOf(texts: readonly (string | undefined)[]): string | undefined {
  for (const t of texts) {
    if (!t) continue;
    const text = stripMarkup(t);
    const m = mayHoldUnit(text) ? UNIT.exec(text) : null;
    if (m) return m[0];
  }
  return undefined;
}

/** The longest empty mark (one character). */
const LONGEST_EMPTY_MARK = Math.max(...[...EMPTY_MARKS].map((m) => m.length));

/**
 * Whether stripping the markup may leave an empty mark: counts the characters that stripping
 * certainly keeps, those neither whitespace nor `*`, `_` nor inside `<` … `>` (`MARKUP` removes
 * no other), and stops at one more than the longest mark has. A text cell
 * starting with a letter stops at once, as before; `<b>41,9 %</b> (Dec-23)` no longer goes
 * through the two replaces (16 cells of the real minutes).
 */
function mayBeEmptyMark(text: string): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      const close = text.indexOf('>', i + 1);
      if (close < 0) return true;
      i = close;
    } else if (c !== 42 /* * */ && c !== 95 /* _ */ && !isJsSpace(c) && ++kept > LONGEST_EMPTY_MARK) return false;
  }
  return true;
}

/** What a cell holds, as a small number: kinds of a table live in one array of small integers. */
const EMPTY = 0;
const AMOUNT = 1;
const PERCENT = 2;
const YEAR = 3;
const TEXT = 4;
type CellKind = typeof EMPTY | typeof AMOUNT | typeof PERCENT | typeof YEAR | typeof TEXT;

function kindOf(cell: TableCell | undefined, parsed: ParsedAmount | undefined): CellKind {
  if (!cell) return EMPTY;
  // Empty marks are a character or two (maybe in <b>…</b>): a long cell is never one, and
  // stripping the markup of every long text cell was a good part of the table time. A cell read
  // as a number is not one either: its digits stand outside any tag, so stripping keeps them.
  // An empty cell is one without stripping (113 of the real minutes' 695 cells).
  if (!parsed) return cell.text.length === 0 || (cell.text.length <= 24 && mayBeEmptyMark(cell.text) && EMPTY_MARKS.has(stripMarkup(cell.text))) ? EMPTY : TEXT;
  if (parsed.percent) return PERCENT;
  if (parsed.yearLike) return YEAR;
  return AMOUNT;
}

/** The header rows' texts of column c, joined, without markup. */
function headerText(rows: readonly TableRow[], headerRows: number, c: number): string {
  const texts: string[] = [];
  for (let h = 0; h < headerRows; h++) {
    const t = rows[h]!.separator ? '' : (rows[h]!.cells[c]?.text ?? '');
    if (t.trim().length > 0) texts.push(t);
  }
  return stripMarkup(texts.join(' '));
}

/** Heads of columns of money: `Beløb`, `Budget 2025`, `Regnskab`, `Udgift`, `Indtægt`, `Bevilling`. */
const MONEY_HEADER = new CaselessPattern(/\b(?:beløb|budget|regnskab|udgift(?:er)?|indtægt(?:er)?|bevilling|tilskud)\b/);

/**
 * A column left of a text column that is money all the same: more amounts than text, at least two
 * of them, and kroner by form (thousands grouped, øre, `kr.`) or by the head (a unit or a word of
 * money). Codes (`Indstillingspunkt` 3, 4) are small bare numbers under a code head.
 */
function moneyLeftOfText(
  rows: readonly TableRow[],
  headerRows: number,
  dataRows: readonly number[],
  parsed: readonly (ParsedAmount | undefined)[],
  kinds: ArrayLike<number>,
  count: ArrayLike<number>,
  width: number,
  c: number,
): boolean {
  const amounts = count[c * 5 + AMOUNT]!;
  if (amounts < 2 || count[c * 5 + TEXT]! >= amounts) return false;
  const header = headerText(rows, headerRows, c);
  if (CODE_HEADER.test(header)) return false;
  if (UNIT.test(header) || MONEY_HEADER.test(header)) return true;
  for (const i of dataRows) {
    const p = parsed[i * width + c];
    if (p && kinds[i * width + c] === AMOUNT && (p.style.grouping !== '' || p.decimals > 0 || /kr/i.test(p.style.suffix))) return true;
  }
  return false;
}

/**
 * A column left of a text column whose amounts a row named a total states the sum of (`I alt` /
 * `450`, `300` and `760` beside a column of notes; `Antal` of places), with no note of its own:
 * the label says it is added up, whatever the form of the numbers. Codes (`Indstillingspunkt` 3,
 * 4) have no total row.
 */
function totalLeftOfText(rows: readonly TableRow[], dataRows: readonly number[], kinds: ArrayLike<number>, count: ArrayLike<number>, width: number, c: number): boolean {
  const amounts = count[c * 5 + AMOUNT]!;
  if (amounts < 3 || count[c * 5 + TEXT]! >= amounts) return false;
  for (const i of dataRows) {
    if (kinds[i * width + c] !== AMOUNT) continue;
    for (let k = 0; k < c; k++) {
      const cell = rows[i]!.cells[k];
      if (!cell || kinds[i * width + k] !== TEXT) continue;
      // (A note on the total itself may say why it is no sum: `(tallet er ikke en sum af rækkerne)`.)
      if (cell.text.length <= 40 && isTotalLabel(stripMarkup(cell.text))) return !noteRightOf(rows[i]!, kinds, i, width, c);
      break;
    }
  }
  return false;
}

function noteRightOf(row: TableRow, kinds: ArrayLike<number>, i: number, width: number, c: number): boolean {
  for (let k = c + 1; k < width; k++) if (kinds[i * width + k] === TEXT && (row.cells[k]?.text.trim().length ?? 0) > 0) return true;
  return false;
}

/** Reads a table as numbers. Never throws; a table without amounts has no columns. */
export function readGrid(table: Table): Grid {
  const rows = table.rows;
  let width = 0;
  for (const r of rows) if (r.cells.length > width) width = r.cells.length;
  // Each cell parsed and classified once, into two flat arrays (row i, column c at i × width + c):
  // an array or an object per row or column was most of what a table of a handful of rows cost.
  // Both made at their final size (see numberArrays.ts for why).
  // A separator row's cells are empty.
  const parsed = new Array<ParsedAmount | undefined>(rows.length * width);
  const kinds = bytes(rows.length * width); // CellKind values
  for (let i = 0, at = 0; i < rows.length; i++) {
    const r = rows[i]!;
    for (let c = 0; c < width; c++, at++) {
      const cell = r.separator ? undefined : r.cells[c];
      const amount = cell ? parseAmount(cell.text) : undefined;
      parsed[at] = amount;
      kinds[at] = kindOf(cell, amount);
    }
  }

  markUnitHeads(rows, parsed, kinds, width);
  const headerRows = countHeaderRows(table, kinds, width);
  const dataRows: number[] = [];
  for (let i = headerRows; i < rows.length; i++) if (!rows[i]!.separator) dataRows.push(i);

  // Amounts stand right of the labels: a column where text outweighs numbers is a label column,
  // and numbers left of the last label column are codes (`Indstillingspunkt` 3, 4), not amounts.
  // count[c × 5 + kind]: cells of each kind per column.
  const count = int32s(width * 5);
  for (const i of dataRows) for (let c = 0; c < width; c++) count[c * 5 + kinds[i * width + c]!]!++;
  let lastText = -1;
  for (let c = 0; c < width; c++) {
    const text = count[c * 5 + TEXT]!;
    if (text > 0 && text >= count[c * 5 + AMOUNT]! + count[c * 5 + PERCENT]! + count[c * 5 + YEAR]!) lastText = c;
  }

  // The unit and whether the table counts (see `counts`): from the header rows and the line above.
  // The line above only when the head names none: it is read after the head, and it is often a
  // long paragraph that mentions kroner (stripped only to learn that it is too long).
  const unit = unitOf(unitTexts(rows, headerRows)) ?? unitOf([shortLineAbove(table)]);
  // Asked only for a column of whole numbers in a table without a unit (most tables have none such).
  let tableCountsKnown: boolean | undefined;
  const tableCounts = (): boolean => {
    if (tableCountsKnown === undefined) {
      const lineAbove = table.lineAbove?.value;
      let labelHeads = lineAbove && lineAbove.length <= 80 ? lineAbove : '';
      for (let c = 0; c <= lastText && c < width; c++) labelHeads += ` ${headerText(rows, headerRows, c)}`;
      tableCountsKnown = namesCounts(labelHeads);
    }
    return tableCountsKnown;
  };

  const columns: AmountColumn[] = [];
  for (let c = lastText + 1 > 1 ? 1 : lastText + 1; c < width; c++) {
    // Left of the last text column only money counts (a budget with a column of remarks beside
    // it): not a label column, and amounts in kroner by their form or their head.
    if (c <= lastText && !moneyLeftOfText(rows, headerRows, dataRows, parsed, kinds, count, width, c) && !totalLeftOfText(rows, dataRows, kinds, count, width, c)) continue;
    const amounts = count[c * 5 + AMOUNT]!;
    // Percentages and years are never added up; a column of codes is not an amount either.
    if (amounts === 0 || count[c * 5 + PERCENT]! + count[c * 5 + YEAR]! >= amounts) continue;
    const header = headerText(rows, headerRows, c);
    // Codes are no amounts; rates, averages and shares in bare numbers (`Gns. areal`, `Andel i
    // %` over 90, 84, 92) are not added up, whatever the total row says.
    if (CODE_HEADER.test(header) || notAdditive(header)) continue;
    let decimals = 0;
    let style: NumberStyle | undefined;
    for (const i of dataRows) {
      const p = parsed[i * width + c];
      if (!p || kinds[i * width + c] !== AMOUNT) continue;
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
      counts: decimals === 0 && unit === undefined && (namesCounts(header) || (tableCounts() && !NOT_COUNT_WORD.test(header))),
    });
  }

  const gridRows: GridRow[] = [];
  // A head over amounts holding an amount itself (`november 2025 5.700`: a page's running header
  // run into the first row) is a row misread.
  let misread = false;
  for (let h = 0; h < headerRows && !misread; h++) {
    for (const col of columns) {
      const text = rows[h]!.cells[col.index]?.text;
      if (text && text.length >= 5 && kinds[h * width + col.index] === TEXT && text.indexOf('.') > 0 && GROUPED_AMOUNT.test(text)) misread = true;
    }
  }
  if (columns.length > 0) {
    const allColumnsTotals = columns.every((c) => c.declaredTotal);
    let labelled = false;
    for (const i of dataRows) {
      const row = rows[i]!;
      const cells: (AmountCell | undefined)[] = [];
      let present = 0;
      let allBold = true;
      let misreadColumns: number[] | undefined;
      for (const col of columns) {
        const p = parsed[i * width + col.index];
        const cell = row.cells[col.index];
        if (!p || !cell || kinds[i * width + col.index] !== AMOUNT) {
          if (cell && kinds[i * width + col.index] === TEXT && hasDigit(cell.text)) (misreadColumns ??= []).push(cells.length);
          cells.push(undefined);
          continue;
        }
        cells.push(new GridCell(i, col.index, atScale(p.amount, col.decimals), p, cell));
        present++;
        allBold &&= p.bold;
      }
      if (misreadColumns) misread = true;
      if (present === 0) continue;
      // The label: the first two non-empty text cells left of the amounts.
      let first: TableCell | undefined;
      let firstLabel = '';
      let label = '';
      const labelEnd = Math.min(row.cells.length, Math.max(0, lastText + 1), columns[0]!.index);
      for (let k = 0, taken = 0; k < labelEnd && taken < 2; k++) {
        const c = row.cells[k]!;
        if (kinds[i * width + k] !== TEXT || c.text.length === 0) continue;
        if (taken === 0) {
          first = c;
          label = firstLabel = stripMarkup(c.text);
        } else label = `${label} – ${stripMarkup(c.text)}`;
        taken++;
      }
      const labelBold = first !== undefined && startsBold(first.text);
      // A total's label is short (`I alt`, `Samlet budget`); a paragraph in a label cell is not one.
      // `Samlet gennemsnit`, `I alt pr. indbygger` are no sums of the rows above.
      const rate = notAdditive(firstLabel);
      const totalLabel = (first ? first.text.length : 0) <= 120 && isTotalLabel(firstLabel) && !rate;
      // A row of amounts with no label under labelled rows (a sum line under a rule): a total
      // when its parts add up, never one guessed at.
      const result = totalLabel || firstLabel.length > 60 ? undefined : first === undefined ? (labelled ? 'balance' : undefined) : resultOf(firstLabel);
      if (first !== undefined) labelled = true;
      gridRows.push({
        row: i,
        line: row.line,
        label: label || `#${gridRows.length + 1}`,
        cells,
        declaredTotal: totalLabel || result !== undefined || (!rate && (labelBold || (allBold && !allColumnsTotals))),
        namedTotal: totalLabel,
        result,
        detail: isDetailLabel(firstLabel),
        misread: misreadColumns,
        range: row.range,
      });
    }
  }

  return { table, unit, headerRows, columns, rows: gridRows, misread };
}

/**
 * The line above names the unit only when it is short (`Beløb i 1.000 kr.`); a sentence that
 * mentions `0,4 mio. kr.` says nothing about the table's unit.
 * (A line that cannot name a unit is not measured: `unitOf` would pass it over anyway.)
 */
function shortLineAbove(table: Table): string | undefined {
  const lineAbove = table.lineAbove?.value;
  return lineAbove && mayHoldUnitMarked(lineAbove) && stripMarkup(lineAbove).length <= 40 ? lineAbove : undefined;
}

/** The unit a short line names (`Driftsbesparelse pr. år (1.000 kr.)` → `1.000 kr.`), as a table's head is read for one. */
export function unitNamedIn(line: string): string | undefined {
  return mayHoldUnitMarked(line) ? unitOf([line]) : undefined;
}

/**
 * The unit stands in a short header cell (`1.000 kr.`, `Beskrivelse – Kr.`) or the short line
 * above (`shortLineAbove`); long text cells of indicator tables are not searched.
 */
function unitTexts(rows: readonly TableRow[], headerRows: number): string[] {
  const texts: string[] = [];
  for (let h = 0; h < headerRows; h++) {
    // Joined only when a cell may hold a unit: the space between two cells is no markup, so the
    // joined text may hold one only where a cell does (most header rows name none).
    const cells = rows[h]!.cells;
    let may = false;
    for (let k = 0; k < cells.length && !may; k++) may = cells[k]!.text.length <= 80 && mayHoldUnitMarked(cells[k]!.text);
    if (!may) continue;
    const short: string[] = [];
    for (const c of cells) if (c.text.length <= 80) short.push(c.text);
    texts.push(short.join(' '));
  }
  return texts;
}

/** A grouped amount in a head (`5.700`), not a unit (`1.000 kr.`, `i 1.000 m³`). */
const GROUPED_AMOUNT = /(?<![\d.])\d{1,3}(?:\.\d{3})+(?![\d.])(?!\s*(?:kr|m|t\.?\s?kr|indb|personer|borgere)\b)/iu;
const DETAIL_LABEL = /^[-–•*\s]*(?:heraf|deraf|hvoraf|herunder|hvorunder|heraf\s+til)(?!\p{L})/iu;

/** `Heraf …`, `- heraf …`, `Herunder …`: the first letter is looked at before the expression. */
function isDetailLabel(label: string): boolean {
  const c = label.charCodeAt(0) | 32;
  return (c === 104 || c === 100 || c === 45 || c === 32 || label.charCodeAt(0) === 0x2013 || label.charCodeAt(0) === 0x2022 || c === 42) && DETAIL_LABEL.test(label);
}

const BOLD_START = /^(?:<b>|<strong>|\*\*|__)/i;

/** `BOLD_START` of the trimmed text: only a text whose first non-space is `<`, `*` or `_` is trimmed and tested. */
function startsBold(text: string): boolean {
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c === 60 || c === 42 || c === 95) && BOLD_START.test(text.trim());
}

function isTotalLabel(s: string): boolean {
  return mayBeTotalLabel(s) && TOTAL_LABEL.test(s);
}

/** `kr`, `kr.` after a number: the suffix of a unit written as `1.000 kr.`. */
const KRONER_SUFFIX = /^\s*kr\.?$/i;

/**
 * A first-row cell `1.000 kr.` (or `1000 kr`) over a column of bare amounts names the column's
 * unit, as other municipalities write the head of a two-column table (`Post⇥1.000 kr.`): it is
 * a label, so the row is a header and the unit is read from it, and the 1.000 is not added up.
 * In a fee table (`Gebyr⇥1.000 kr.`, `Tillæg⇥500 kr.`) the amounts below carry `kr.` too, and
 * the cell stays an amount; so does a first row of a column with no amount below it.
 * Only the first row is looked at; `(1.000 kr.)`, `i 1.000 kr.` are not numbers and are text already.
 */
function markUnitHeads(rows: readonly TableRow[], parsed: readonly (ParsedAmount | undefined)[], kinds: Numbers, width: number): void {
  if (rows.length < 2 || rows[0]!.separator) return;
  for (let c = 0; c < width; c++) {
    const p = parsed[c];
    if (!p || kinds[c] !== AMOUNT || p.amount.units !== 1000n || p.amount.scale !== 0 || !KRONER_SUFFIX.test(p.style.suffix)) continue;
    let bare = 0;
    let withUnit = 0;
    for (let i = 1; i < rows.length; i++) {
      const q = parsed[i * width + c];
      if (!q || kinds[i * width + c] !== AMOUNT) continue;
      if (q.style.suffix === '') bare++;
      else withUnit++;
    }
    if (bare > 0 && withUnit === 0) kinds[c] = TEXT;
  }
}

/**
 * Header rows: in a pipe table, the rows above the separator; otherwise the first row when
 * it holds no amounts where the other rows do (only labels, units and years).
 */
function countHeaderRows(table: Table, kinds: Numbers, width: number): number {
  const rows = table.rows;
  const sep = rows.findIndex((r) => r.separator);
  if (table.syntax === 'pipe' && sep > 0) return sep + 1;
  if (rows.length < 2) return 0;
  // Per column of amounts below the first row: does the first row hold an amount there, or a
  // label or a year?
  let amountsInFirst = 0;
  let labelOverAmounts = false;
  for (let c = 0; c < width; c++) {
    let numeric = false;
    for (let i = 1; i < rows.length && !numeric; i++) numeric = kinds[i * width + c] === AMOUNT;
    if (!numeric) continue;
    const first = kinds[c]!;
    if (first === AMOUNT) amountsInFirst++;
    else if (first === TEXT || first === YEAR) labelOverAmounts = true;
  }
  const header = amountsInFirst === 0 || labelOverAmounts;
  if (!header) return 0;
  // A separator row right under the header (`---\t---`) belongs to it.
  return rows[1]?.separator ? 2 : 1;
}
