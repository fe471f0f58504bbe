import type { Table, TableCell, TableRow, TableSyntax } from '../model/minutes';
import type { Line } from '../text/lines';
import { trimmedLineRange } from '../text/lines';
import { parseAmount } from '../tables/amount';
import { cellAt } from './tables';
import { hasDigit, isDigit } from '../text/chars';

/**
 * Tables laid out with runs of spaces, as `pdftotext -layout` transcribes the tables of PDF
 * minutes (and as some plain-text exports write them): a label, then amounts in columns
 * separated by two or more spaces, right-aligned.
 *
 *   1.000 kr.                            2026                 2027      I alt
 *   Facaderenovering                      650                  800      1.450
 *   I alt                               1.200                1.500      2.650
 *
 * Read only where the block is clearly a table: consecutive rows (blank lines and page furniture
 * between them allowed) whose last cells are amounts in the same columns, and either a row named
 * a total (`I alt`, `Total`, `Sum`, `Samlet …`, `Netto`) or a header over three rows or more of
 * at least two amounts. Prose with a double space, an indented list, a contents' page numbers
 * (one number a line) or dates are no such rows. Each line is first looked at for its last
 * character and a double space: nothing else runs over every line.
 */

/** A block read as a table: its lines (header to last row) and how to build it. */
export interface SpaceBlock {
  readonly first: number;
  readonly last: number;
  readonly build: (lineAbove: Table['lineAbove']) => Table;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
}

interface SpaceRow {
  readonly line: number;
  /** The label and the first amount are one space apart (`Vejvedligeholdelse 48.215`): split where the row has a column too few. */
  label?: Chunk;
  amounts: readonly Chunk[];
  /** Lines under it that continue its label (a label cell wrapped: `Driftsudgifte` / `r i alt`). */
  readonly more: number[];
  /** `I alt 750`: read by its total word, its amounts one space apart (no column positions). */
  readonly spaced?: true;
}

const EMPTY_MARKS = new Set(['-', '–', '—', '−', '÷']);
/** Rows named a total or a result of the rows above (`Korrigeret budget`, `Ny ramme`, `Saldo`): enough to call a block of rows a table. */
const TOTAL_ROW = /^(?:i alt|total|totalt|sum|samlet|netto|korrigeret budget|budget efter|ny ramme|saldo)(?!\p{L})|(?<!\p{L})i alt(?!\p{L})/iu;
/** Furthest a table reaches over blank lines (page furniture reads as blank) between two rows. */
const MAX_GAP = 4;
const MAX_HEADER_LINES = 3;
const MAX_LABEL_CHUNKS = 3;
/** A year run together with the next header cell (`2027I alt`). */
const GLUED_YEAR = /^(?:19|20)\d\d\p{Lu}/u;
/** The unit heading the label column (`1.000 kr.`), not an amount. */
const UNIT_HEAD = /^1\.?000\s*kr\.?$/i;

/** Last non-space character: a digit, `%`, `)` or a dash (an empty cell): a line a row may end. */
export function endsLikeAmount(text: string): boolean {
  let e = text.length - 1;
  while (e >= 0 && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 12 || text.charCodeAt(e) === 13)) e--;
  if (e < 0) return false;
  const c = text.charCodeAt(e);
  return (c >= 48 && c <= 57) || c === 37 || c === 41 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** The text split at runs of two or more spaces. */
function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 12 || text.charCodeAt(i) === 13)) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 && (i + 1 >= n || text.charCodeAt(i + 1) === 32)) break;
      if (c === 12 || c === 13) break;
      i++;
      end = i;
    }
    out.push({ start, end });
  }
  return out;
}

function isAmountChunk(text: string, c: Chunk): boolean {
  const t = text.slice(c.start, c.end);
  return EMPTY_MARKS.has(t) || parseAmount(t) !== undefined;
}

/**
 * `2,0 13,3`: a chunk of amounts one space apart (narrow columns) is one chunk per amount; `11-`:
 * an amount run together with the next column's empty mark is two chunks.
 */
function splitAmountRuns(text: string, chunks: Chunk[]): Chunk[] {
  for (let c = chunks.length - 1; c >= 0; c--) {
    let chunk = chunks[c]!;
    const last = text.charCodeAt(chunk.end - 1);
    if ((last === 45 || last === 0x2013) && chunk.end - chunk.start >= 2 && isDigit(text.charCodeAt(chunk.end - 2))) {
      const amount = { start: chunk.start, end: chunk.end - 1 };
      if (isAmountChunk(text, amount)) {
        chunks.splice(c, 1, amount, { start: chunk.end - 1, end: chunk.end });
        chunk = amount;
      }
    }
    if (text.lastIndexOf(' ', chunk.end - 1) < chunk.start) {
      if (isAmountChunk(text, chunk)) continue;
      break;
    }
    const tokens: Chunk[] = [];
    for (let from = chunk.start; from < chunk.end; ) {
      let to = text.indexOf(' ', from);
      if (to < 0 || to > chunk.end) to = chunk.end;
      tokens.push({ start: from, end: to });
      from = to + 1;
    }
    // Amounts as budget tables write them (`2,0 13,3`, `46.000.000 44.688.000`), not a phone
    // number's pairs of digits (`72 36 36 36`).
    if (!tokens.every((t) => isAmountChunk(text, t) && writtenAsAmount(text, t))) break;
    chunks.splice(c, 1, ...tokens);
  }
  return chunks;
}

/** Grouped, with decimals or a sign, or of four digits or more: not two digits of a phone number. */
function writtenAsAmount(text: string, c: Chunk): boolean {
  if (c.end - c.start >= 4) return true;
  for (let i = c.start; i < c.end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 44 || ch === 46 || ch === 45 || ch === 0x2212 || ch === 0xf7) return true;
  }
  return false;
}

/**
 * `I alt 750`, `Sum 1.200 1.500`: a total row whose cells a transcript ran together with single
 * spaces (tab stops in the source): the total word makes it a row all the same.
 */
const SPACED_TOTAL = /^(i alt|total|totalt|sum|netto)((?: [-−–÷(]?\d[\d.,]*\)?)+)\s*$/i;

function spacedTotal(text: string, line: number): SpaceRow | undefined {
  // The first letter first: most lines ending in a digit open with no total word.
  const c = text.charCodeAt(0) | 32;
  if (c !== 105 && c !== 116 && c !== 115 && c !== 110) return undefined;
  const m = SPACED_TOTAL.exec(text);
  if (!m) return undefined;
  const label = { start: 0, end: m[1]!.length };
  const amounts: Chunk[] = [];
  for (let from = label.end + 1; from < label.end + m[2]!.length; ) {
    let to = text.indexOf(' ', from);
    if (to < 0 || to > label.end + m[2]!.length) to = label.end + m[2]!.length;
    const chunk = { start: from, end: to };
    const p = parseAmount(text.slice(from, to));
    if (!p || p.yearLike) return undefined;
    amounts.push(chunk);
    from = to + 1;
  }
  // Several amounts one space apart must be written as amounts (not a phone number's pairs).
  if (amounts.length > 1 && !amounts.every((a) => writtenAsAmount(text, a))) return undefined;
  return { line, more: [], label, amounts, spaced: true };
}

/** A line as a row: a label (maybe none) and one or more amount cells after it. */
function readRow(text: string, line: number): SpaceRow | undefined {
  if (!endsLikeAmount(text)) return undefined;
  if (text.indexOf('  ') < 0) return spacedTotal(text, line);
  const chunks = splitAmountRuns(text, chunksOf(text));
  let k = chunks.length;
  while (k > 0 && isAmountChunk(text, chunks[k - 1]!)) k--;
  // A label is a cell or three (a code, a name): a justified line of prose is many chunks.
  if (k > MAX_LABEL_CHUNKS) return undefined;
  // A year first (`2022   3.812   38.102`) is the row's label, as in a table of years.
  if (k === 0 && chunks.length > 1 && parseAmount(text.slice(chunks[0]!.start, chunks[0]!.end))?.yearLike) k = 1;
  const amounts = chunks.slice(k);
  const label = k > 0 ? { start: chunks[0]!.start, end: chunks[k - 1]!.end } : undefined;
  // `I alt 46.000.000 44.688.000 1.312.000`: amounts one space apart (split where the table's
  // columns are known), two of them at least.
  if (amounts.length === 0) return label && k === 1 && tailAmounts(text, label, 2).every((t) => writtenAsAmount(text, t)) && tailAmounts(text, label, 2).length === 2 ? { line, more: [], label, amounts } : undefined;
  if (chunks.length < 2) return undefined;
  // At least one real amount (not a dash, not a year heading, not the unit over the labels:
  // `1.000 kr.   2026   2027` is a header).
  const real = amounts.filter((a) => parseAmount(text.slice(a.start, a.end))?.yearLike === false);
  if (real.length === 0 || (real.length === 1 && real[0] === chunks[0] && UNIT_HEAD.test(text.slice(real[0]!.start, real[0]!.end)))) return undefined;
  return { line, more: [], label, amounts };
}

/**
 * A header line over the first row: split into two chunks or more by runs of spaces, none of
 * them a sentence (a paragraph's last line above a table is no header).
 */
function readHeader(text: string): Chunk[] | undefined {
  if (text.indexOf('  ') < 0) return undefined;
  const chunks = chunksOf(text);
  if (chunks.length < 2) return undefined;
  // A head is short; heads one space apart (`Korrigeret budget Forventet regnskab Afvigelse`)
  // make a long piece, but no sentence: no full stop, comma or colon between its words.
  for (const c of chunks) if (c.end - c.start > 40 && (c.end - c.start > 80 || SENTENCE_MARK.test(text.slice(c.start, c.end)))) return undefined;
  return chunks;
}

const SENTENCE_MARK = /[.,:;](?:\s|$)/;

/** One chunk standing over the columns (from `firstColumn` on): a wrapped header cell. */
function wrappedHeader(text: string, firstColumn: number): Chunk[] | undefined {
  const chunks = chunksOf(text);
  return chunks.length === 1 && chunks[0]!.start >= firstColumn - 2 && chunks[0]!.end - chunks[0]!.start <= 40 ? chunks : undefined;
}

/**
 * A label cell wrapped onto the next line (`Driftsudgifte` / `r i alt`, `Børne- og` /
 * `Skoleudvalget`): short text in one piece, no amount.
 */
function isContinuation(text: string): boolean {
  // A page's first line (after the form feed) is its running header, never a wrapped label.
  if (text.charCodeAt(0) === 12) return false;
  const t = text.trim();
  if (t.length === 0 || t.length > 30 || t.indexOf('  ') >= 0) return false;
  // `Administration 3.9054.0104.120`, `Parcelhuse 12`: a row whose cells ran together (tab
  // stops), not a label's next line (`Ådalen, etape 2` is one).
  return !(isDigit(t.charCodeAt(t.length - 1)) && amountLike(t.slice(t.lastIndexOf(' ') + 1), 2));
}

/**
 * A word with digits that is an amount as tables write them (grouped, decimals, or of `digits`
 * digits or more), or digits run together; not a year.
 */
function amountLike(word: string, digits = 4): boolean {
  const p = parseAmount(word);
  // Digits run together (`3.9054.0104.120`), not a range or a code (`2026-2029`, `(100`).
  if (!p) return RUN_TOGETHER.test(word);
  return !p.yearLike && (word.length >= digits || writtenAsAmount(word, { start: 0, end: word.length }));
}

/**
 * The text line right above a table without a header: a row whose amounts were lost or run
 * together (`Genbrug, 2` over its amounts, `Administration 3.9054.0104.120`), so rows may be
 * missing above; or a line of text over the table (`… fordeler sig således:`, a header in one
 * piece reaching over the columns: `Besparelse Pr. år (1.000 kr.)`), and the table is whole.
 */
function mayBeLostRow(text: string, firstColumn: number): boolean {
  const t = text.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  // A sentence introducing the table.
  if (last === 58 /* : */) return false;
  // `Solceller 45`, `Genbrug, 2`: a row's label with (some of) its amounts run together (a
  // sentence may end in a year: `… på områderne i 2026`).
  if (isDigit(last) && parseAmount(t.slice(t.lastIndexOf(' ') + 1))?.yearLike !== true) return true;
  // A label's piece stays in the label column.
  if (t.length < firstColumn) return true;
  // Amounts in it (not years, not the unit `1.000 kr.`): a row run together.
  for (const word of t.replace(UNIT_IN_TEXT, ' ').split(' ')) {
    if (!hasDigit(word)) continue;
    const w = word.replace(WORD_PUNCTUATION, '');
    if (w.length > 0 && isDigit(w.charCodeAt(0)) && amountLike(w)) return true;
  }
  return false;
}

/**
 * `Kunst290.000`: a label run together with its first amount (a tab stop in the source), so the
 * row's amounts stand a column off: a letter, then digits written as an amount.
 */
function gluedAmount(text: string, label: Chunk): boolean {
  let i = label.end;
  while (i > label.start && (isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 44)) i--;
  if (i === label.end || i === label.start || !isDigit(text.charCodeAt(i)) || text.charCodeAt(i - 1) === 32) return false;
  const run = text.slice(i, label.end);
  return run.indexOf('.') > 0 || run.indexOf(',') > 0;
}

const RUN_TOGETHER = /^\d[\d.,]*$/;
const UNIT_IN_TEXT = /1\.?000 ?kr\.?/gi;
const WORD_PUNCTUATION = /^[(\[]+|[)\],.;:]+$/g;

/** Only page furniture (read as blank, but not empty) between lines a and b: no empty line. */
function adjoining(lines: readonly Line[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (lines[k]!.text.trim().length === 0) return false;
  return true;
}

/**
 * Finds the space-aligned tables of a document (lines already read as tab or pipe rows are not).
 * `ends`: the lines that end like an amount, in order (found in the parser's first pass over the
 * lines): only they can start a table.
 */
export function findSpaceTables(lines: readonly Line[], blank: readonly boolean[], syntaxOf: readonly (TableSyntax | undefined)[], ends: readonly number[]): SpaceBlock[] {
  const blocks: SpaceBlock[] = [];
  const n = lines.length;
  let done = -1;
  for (const i of ends) {
    if (i <= done || blank[i] || syntaxOf[i]) continue;
    const first = readRow(lines[i]!.text, i);
    // A total run together with its amounts ends a table, never starts one.
    if (!first || first.spaced) continue;
    const rows: SpaceRow[] = [first];
    let last = i;
    for (let t = i + 1, gap = 0; t < n; t++) {
      if (blank[t]) {
        if (++gap > MAX_GAP) break;
        continue;
      }
      if (syntaxOf[t]) break;
      const r = readRow(lines[t]!.text, t);
      if (r) {
        rows.push(r);
        last = t;
        gap = 0;
        continue;
      }
      // A wrapped label right under its row (or its last wrapped line): at most three lines.
      const row = rows[rows.length - 1]!;
      const prev = row.more.length > 0 ? row.more[row.more.length - 1]! : row.line;
      if (row.more.length < 3 && isContinuation(lines[t]!.text) && adjoining(lines, prev, t)) {
        row.more.push(t);
        last = t;
        gap = 0;
        continue;
      }
      break;
    }
    const block = blockOf(lines, blank, syntaxOf, rows, i, blocks.length > 0 ? blocks[blocks.length - 1]!.last : -1);
    done = block ? block.last : last;
    if (block) blocks.push(block);
  }
  return blocks;
}

function blockOf(lines: readonly Line[], blank: readonly boolean[], syntaxOf: readonly (TableSyntax | undefined)[], rows: readonly SpaceRow[], firstRow: number, floor: number): SpaceBlock | undefined {
  if (rows.length < 2) return undefined;
  let width = 0;
  for (const r of rows) width = Math.max(width, r.amounts.length);
  // Columns: the spans of the rows with the most amounts.
  const spans: { start: number; end: number }[] = [];
  for (let c = 0; c < width; c++) spans.push({ start: Infinity, end: -Infinity });
  for (const r of rows) {
    if (r.amounts.length !== width || r.spaced) continue;
    r.amounts.forEach((a, c) => {
      spans[c]!.start = Math.min(spans[c]!.start, a.start);
      spans[c]!.end = Math.max(spans[c]!.end, a.end);
    });
  }
  // Each row's amounts in their columns: in order when it has them all, else by position.
  const placed: (readonly number[])[] = [];
  for (const r of rows) {
    if (r.amounts.length < width && r.label) splitLabel(lines[r.line]!.text, r, width);
    if (r.amounts.length === width) {
      placed.push(r.amounts.map((_, c) => c));
      continue;
    }
    const columns = r.amounts.map((a) => nearestColumn(spans, a));
    for (let c = 1; c < columns.length; c++) if (columns[c]! <= columns[c - 1]!) return undefined;
    placed.push(columns);
  }

  // The header: up to two lines right above the first row, split into columns.
  let headerFirst = firstRow;
  const headers: { line: number; chunks: Chunk[] }[] = [];
  for (let h = firstRow - 1; h > floor && headers.length < MAX_HEADER_LINES; h--) {
    // A page break (its footer and running header, read as blank) may split the header.
    while (h > floor + 1 && blank[h] && lines[h]!.text.trim().length > 0) h--;
    // One blank line may stand between header lines (some transcripts space them out).
    if (blank[h] && h > 0 && !blank[h - 1] && !syntaxOf[h - 1]) h--;
    if (blank[h] || syntaxOf[h] || h <= floor || readRow(lines[h]!.text, h)) break;
    // A header cell wrapped onto a line of its own stands over a column (`andetsprog (%)`).
    const chunks = readHeader(lines[h]!.text) ?? wrappedHeader(lines[h]!.text, spans[0]!.start);
    // A header has a head per column, a label's head and a unit at most: not a justified sentence.
    if (!chunks || chunks.length > width + 2) break;
    headers.unshift({ line: h, chunks });
    headerFirst = h;
  }
  // The top line of the header is one of at least two chunks: a lone chunk is no header by itself.
  while (headers.length > 0 && headers[0]!.chunks.length < 2) {
    headers.shift();
    headerFirst = headers.length > 0 ? headers[0]!.line : firstRow;
  }

  const labels = rows.map((r) => labelText(lines, r));
  const named = labels.some((l) => TOTAL_ROW.test(l));
  // Under a header, a blank line or nothing the table starts whole; right under a line of text
  // (`Genbrug, 2` over its amounts) rows may be lost above it.
  const partial =
    (headers.length === 0 && headerFirst > 0 && lines[headerFirst - 1]!.text.trim().length > 0 && !blank[headerFirst - 1] && mayBeLostRow(lines[headerFirst - 1]!.text, spans[0]!.start)) ||
    rows.some((r) => r.label !== undefined && gluedAmount(lines[r.line]!.text, r.label));
  if (!named && !(headers.length > 0 && rows.length >= 3 && width >= 2)) return undefined;

  const lastRow = rows[rows.length - 1]!;
  const lastLine = lastRow.more.length > 0 ? lastRow.more[lastRow.more.length - 1]! : lastRow.line;
  const build = (lineAbove: Table['lineAbove']): Table => {
    const tableRows: TableRow[] = [];
    if (headers.length > 0) tableRows.push(headerRow(lines, headers, edgesOf(lines, blank, rows, spans, width), width));
    rows.forEach((r, k) => {
      const line = lines[r.line]!;
      const cells: TableCell[] = [];
      const label = r.label ? cellAt(line.text, r.line, r.label.start, r.label.end) : cellAt(line.text, r.line, 0, 0);
      // A wrapped label is read whole (`Driftsudgifte r i alt` is a total); its range is its first line's.
      cells.push(r.more.length === 0 ? label : { text: labels[k]!, range: label.range });
      const columns = placed[k]!;
      for (let c = 0, a = 0; c < width; c++) {
        if (a < columns.length && columns[a] === c) {
          const chunk = r.amounts[a++]!;
          cells.push(cellAt(line.text, r.line, chunk.start, chunk.end));
        } else {
          const at = Math.min(line.text.length, spans[c]!.end);
          cells.push(cellAt(line.text, r.line, at, at));
        }
      }
      tableRows.push({ line: r.line, range: trimmedLineRange(line), cells, separator: false });
    });
    return {
      syntax: 'spaces',
      partial: partial || undefined,
      range: { start: { line: headerFirst, character: 0 }, end: { line: lastLine, character: lines[lastLine]!.text.length } },
      rows: tableRows,
      lineAbove,
    };
  };
  return { first: headerFirst, last: lastLine, build };
}

/** Up to `max` amounts ending the label, one space apart, left to right (years are labels). */
function tailAmounts(text: string, label: Chunk, max: number): Chunk[] {
  const out: Chunk[] = [];
  let end = label.end;
  while (out.length < max) {
    const space = text.lastIndexOf(' ', end - 1);
    if (space <= label.start) break;
    const p = parseAmount(text.slice(space + 1, end));
    if (!p || p.yearLike) break;
    out.unshift({ start: space + 1, end });
    end = space;
  }
  return out;
}

/**
 * `Vejvedligeholdelse 48.215   46.315   -1.900`, `Håndværkere 38.400.000 37.211.458   1.188.542`
 * in a table of three columns: the amounts the row lacks end its label, one space apart (a
 * long label or wide numbers leave one space). Split off when they make the row whole.
 */
function splitLabel(text: string, r: SpaceRow, width: number): boolean {
  const missing = width - r.amounts.length;
  const tail = tailAmounts(text, r.label!, missing);
  if (tail.length !== missing) return false;
  r.label = tail[0]!.start - 1 > r.label!.start ? { start: r.label!.start, end: tail[0]!.start - 1 } : undefined;
  r.amounts = [...tail, ...r.amounts];
  return true;
}

/** A row's label with its wrapped lines, one space between. */
function labelText(lines: readonly Line[], r: SpaceRow): string {
  let text = r.label ? lines[r.line]!.text.slice(r.label.start, r.label.end) : '';
  for (const m of r.more) text = text ? `${text} ${lines[m]!.text.trim()}` : lines[m]!.text.trim();
  return text;
}

/** The column whose span overlaps the chunk most, or whose right edge is nearest. */
function nearestColumn(spans: readonly { start: number; end: number }[], a: Chunk): number {
  let best = 0;
  let bestScore = -Infinity;
  spans.forEach((s, c) => {
    const overlap = Math.min(s.end, a.end) - Math.max(s.start, a.start);
    const score = overlap > 0 ? overlap : -Math.abs(s.end - a.end);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  });
  return best;
}

/** Where the cells of the rows under the header end: the label column, then each column of amounts. */
interface Edges {
  /** Where the labels start (the leftmost label): a header starting right of it leaves the label column's head blank. */
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * The edges of the rows right under the header, up to the first page break or blank line:
 * `pdftotext -layout` spaces each page's lines anew, so rows further down say little of where
 * the header's words stand.
 */
function edgesOf(lines: readonly Line[], blank: readonly boolean[], rows: readonly SpaceRow[], spans: readonly { start: number; end: number }[], width: number): Edges {
  const ends: number[] = new Array(width).fill(-1);
  const starts: number[] = new Array(width).fill(Infinity);
  let labelEnd = 0;
  let labelStart = Infinity;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (k > 0) {
      const prev = rows[k - 1]!;
      const from = prev.more.length > 0 ? prev.more[prev.more.length - 1]! : prev.line;
      let broken = false;
      for (let i = from + 1; i < r.line && !broken; i++) broken = blank[i]!;
      if (broken) break;
    }
    if (r.label) {
      labelEnd = Math.max(labelEnd, r.label.end);
      labelStart = Math.min(labelStart, r.label.start);
    }
    for (const m of r.more) labelEnd = Math.max(labelEnd, lines[m]!.text.trimEnd().length);
    if (r.amounts.length === width)
      r.amounts.forEach((a, c) => {
        ends[c] = Math.max(ends[c]!, a.end);
        starts[c] = Math.min(starts[c]!, a.start);
      });
  }
  for (let c = 0; c < width; c++) {
    if (ends[c]! < 0) ends[c] = spans[c]!.end;
    if (starts[c] === Infinity) starts[c] = spans[c]!.start;
  }
  return { labelStart: labelStart === Infinity ? 0 : labelStart, labelEnd, starts, ends };
}

/**
 * One header row from the header lines (`Korrigeret` / `budget` over one column): a line with a
 * head per column, apart, gives one each in order (with the label column's head, or without it
 * when the line starts right of the labels: `R2024   B2025   B2026`); a line under a placed line
 * goes on in the columns of the pieces it stands under; else its words are laid out in order
 * over the columns (`placeWords`). `2027I alt`: a year run together with the next cell's text is
 * two words.
 */
function headerRow(lines: readonly Line[], headers: readonly { line: number; chunks: Chunk[] }[], edges: Edges, width: number): TableRow {
  const texts: string[][] = Array.from({ length: width + 1 }, () => []);
  // The pieces of the line above and their columns: a wrapped cell goes on under its first line.
  let above: { start: number; end: number; column: number }[] = [];
  for (const { line, chunks } of headers) {
    const text = lines[line]!.text;
    const placed: { start: number; end: number; column: number }[] = [];
    const put = (start: number, end: number, column: number) => {
      texts[column]!.push(text.slice(start, end));
      placed.push({ start, end, column });
    };
    // A head per column, apart (and the label column's): one each, in order.
    const pieces = chunks.flatMap((c) => (GLUED_YEAR.test(text.slice(c.start, c.end)) ? [{ start: c.start, end: c.start + 4 }, { start: c.start + 4, end: c.end }] : [c]));
    const label = pieces[0]!.start <= edges.labelEnd ? 1 : 0;
    if (pieces.length - label === width || (pieces.length === width && pieces[0]!.start > edges.labelStart + 1)) {
      const first = pieces.length - label === width ? 1 - label : 1;
      pieces.forEach((c, k) => put(c.start, c.end, k + first));
      above = placed;
      continue;
    }
    // Under a placed line, a piece that overlaps pieces of one column above goes on in it.
    const under = (c: Chunk): number | undefined => {
      let column: number | undefined;
      for (const a of above) {
        if (Math.min(a.end, c.end) <= Math.max(a.start, c.start)) continue;
        if (column !== undefined && column !== a.column) return undefined;
        column = a.column;
      }
      return column;
    };
    if (above.length > 0 && pieces.every((c) => under(c) !== undefined)) {
      for (const c of pieces) put(c.start, c.end, under(c)!);
      above = placed;
      continue;
    }
    const words = wordsOf(text, pieces);
    const columns = placeWords(words, edges, width);
    words.forEach((w, k) => put(w.start, w.end, columns[k]!));
    above = placed;
  }
  const lastHeader = headers[headers.length - 1]!;
  const line = lines[lastHeader.line]!;
  const cells: TableCell[] = texts.map((t, c) => {
    const joined = t.join(' ');
    const at = c === 0 ? 0 : Math.min(line.text.length, c === 1 ? edges.labelEnd : edges.ends[c - 2]!);
    return { text: joined, range: { start: { line: lastHeader.line, character: at }, end: { line: lastHeader.line, character: at + (c === 0 ? Math.min(joined.length, line.text.length) : 0) } } };
  });
  return { line: lastHeader.line, range: trimmedLineRange(line), cells, separator: false };
}

interface Word extends Chunk {
  /** Two spaces or more before it (a cell's edge), not one (a word of the same cell, as a rule). */
  readonly apart: boolean;
}

/** The words of a header line, from its pieces (runs of two spaces or more between pieces). */
function wordsOf(text: string, pieces: readonly Chunk[]): Word[] {
  const words: Word[] = [];
  for (const p of pieces) {
    for (let i = p.start, first = true; i < p.end; first = false) {
      while (i < p.end && text.charCodeAt(i) === 32) i++;
      const start = i;
      while (i < p.end && text.charCodeAt(i) !== 32) i++;
      if (i <= start) continue;
      // `2027I alt`: a year run together with the next cell's text is two words, a cell apart.
      if (GLUED_YEAR.test(text.slice(start, i))) {
        words.push({ start, end: start + 4, apart: first }, { start: start + 4, end: i, apart: true });
      } else words.push({ start, end: i, apart: first });
    }
  }
  return words;
}

/** Two words one space apart put in two columns (a cell's words as a rule stand together). */
const SPLIT_COST = 1.5;
/** Two words two spaces apart or more put in one column (they are two cells as a rule). */
const JOIN_COST = 30;

/**
 * Each word of a header line to a column (0: the labels'), in order: a column is the stretch from
 * the end of the amounts left of it to the end of its own (amounts are right-aligned, heads are
 * not), the label column reaches to the labels' end. `pdftotext -layout` shifts lines of text
 * against lines of numbers, so positions alone may put a head a column off (`Afvigelse` over the
 * `Afvigelse i %` column when the amounts' column is narrow): the words are placed together, in
 * order, each as near its column as the others allow, words two spaces apart in columns of
 * their own, words one space apart together unless their positions say otherwise.
 */
function placeWords(words: readonly Word[], edges: Edges, width: number): number[] {
  const n = words.length;
  const columns = width + 1;
  const lo = (c: number) => (c === 0 ? -Infinity : c === 1 ? edges.labelEnd : edges.ends[c - 2]!);
  const hi = (c: number) => (c === 0 ? edges.labelEnd : c === width ? Infinity : edges.ends[c - 1]!);
  const cost = (w: Word, c: number) => {
    const middle = (w.start + w.end) / 2;
    return middle < lo(c) ? lo(c) - middle : middle > hi(c) ? middle - hi(c) : 0;
  };
  const best = new Float64Array(n * columns);
  const from = new Int32Array(n * columns);
  for (let c = 0; c < columns; c++) best[c] = cost(words[0]!, c);
  for (let i = 1; i < n; i++) {
    const apart = words[i]!.apart;
    for (let c = 0; c < columns; c++) {
      let b = Infinity;
      let f = 0;
      for (let p = 0; p <= c; p++) {
        const v = best[(i - 1) * columns + p]! + (p === c ? (apart ? JOIN_COST : 0) : apart ? 0 : SPLIT_COST);
        if (v < b) {
          b = v;
          f = p;
        }
      }
      best[i * columns + c] = b + cost(words[i]!, c);
      from[i * columns + c] = f;
    }
  }
  let c = 0;
  for (let k = 1; k < columns; k++) if (best[(n - 1) * columns + k]! < best[(n - 1) * columns + c]!) c = k;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = c;
    c = from[i * columns + c]!;
  }
  return out;
}
