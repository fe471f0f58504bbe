import { Block, PlacedBuilder, TableRowBlock, placed } from './textForm';
import type { PdfPlace } from './types';

/**
 * From the positioned text of a PDF's pages to blocks: lines rebuilt from the text's baselines,
 * running headers, footers and page numbers dropped, headings told by size and weight, tables
 * rebuilt from the x-positions of their cells, two-column pages read column by column, words
 * hyphenated across lines joined. Pure: no PDF library here (pdf.ts feeds it), so every rule is
 * tested on made-up pages as well as on PDFs that LibreOffice and chromium wrote.
 */

/** One run of text as the PDF draws it: x from the left, y the baseline from the top, in points. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly size: number;
  readonly bold: boolean;
  /** Set on the pieces of a run cut at cell bounds (amounts drawn as one run): a column break. */
  readonly cut?: boolean;
}

export interface PdfPageText {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

export interface PdfLayout {
  readonly blocks: Block[];
  /** Pages (1-based) without any text: scanned images, most likely. */
  readonly emptyPages: number[];
}

/** A stretch of a line between two wide gaps: a table cell, or a whole line of prose. */
interface Segment {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly bold: boolean;
  /** The runs it is made of: a header cell drawn close to the next one is told apart by them. */
  readonly parts: readonly { readonly text: string; readonly x0: number; readonly x1: number }[];
}

interface Line {
  readonly page: number;
  /** 1-based line on the page, counted from the top (running header included: the reader sees it). */
  readonly lineNo: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly x0: number;
  readonly x1: number;
  readonly segments: Segment[];
  readonly text: string;
  /** On a two-column page, where the line's column ends (a line stopping short ends a paragraph). */
  readonly columnRight?: number;
}

/** An amount as a cell prints it; `÷` is the Danish minus (the engine reads it so too). */
const AMOUNT = /^[-−–+÷]?\s?\(?\d{1,3}(?:\.\d{3})+(?:,\d+)?\)?\s?%?$|^[-−–+÷]?\s?\(?\d+(?:,\d+)?\)?\s?%?$/;
const YEAR = /^(19|20)\d\d$/;
/** A whole run that is a year with a column's head glued to it (`2027I alt`, `2026Budget`). */
const GLUED_YEAR_HEAD = /^((?:19|20)\d\d)(\p{Lu}[\p{L}. ]*)$/u;
const LIST_MARKER = /^(?:[•·▪■◦○●►▸➢✓\u2013\u2014\uf0b7\uf0a7-]|\d{1,2}[.)]|[a-z][.)])$/;
const BULLET_START = /^([•·▪■◦○●►▸➢✓\uf0b7\uf0a7])\s*/;
const NUMBER_START = /^(\d{1,2})[.)]\s+(?=\S)/;
const PAGE_NUMBER = /^(?:(?:side|page|s\.)\s*)?\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;

export function isAmount(s: string): boolean {
  return AMOUNT.test(s.trim());
}

export function layoutPdf(pages: readonly PdfPageText[]): PdfLayout {
  const emptyPages: number[] = [];
  const pageLines: Line[][] = pages.map((p, i) => {
    const lines = linesOf(p, i + 1);
    if (lines.length === 0) emptyPages.push(i + 1);
    return lines;
  });
  dropRunningLines(pageLines, pages);
  hyphenWords = hyphenWordsOf(pageLines);
  try {
    return layoutLines(pageLines, emptyPages);
  } finally {
    hyphenWords = new Set();
  }
}

function layoutLines(pageLines: Line[][], emptyPages: number[]): PdfLayout {
  const bodySize = commonSize(pageLines);
  const blocks: Block[] = [];
  const sizes = headingSizes(pageLines, bodySize);
  // Lines of one stretch only: a table's cells may reach past the text's margin.
  const textRight = pageLines.reduce((m, lines) => lines.reduce((n, l) => (l.segments.length === 1 && l.columnRight === undefined ? Math.max(n, l.x1) : n), m), 0);
  const style: Style = { bodySize, sizes, textRight };
  for (const lines of pageLines) {
    const pageBlocks = blocksOfPage(lines, style);
    // A table that runs over a page break: the next page's first table continues it.
    const last = blocks[blocks.length - 1];
    const first = pageBlocks[0];
    if (last?.type === 'table' && first?.type === 'table' && sameShape(last.rows, first.rows)) {
      const rows = [...last.rows];
      let more = first.rows;
      if (more.length > 0 && rows.length > 0 && sameCells(more[0]!, rows[0]!)) more = more.slice(1); // repeated header
      blocks[blocks.length - 1] = { type: 'table', rows: [...rows, ...more] };
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks);
  }
  // A lone row at a page's edge that continued no table is the prose it looked like.
  return { blocks: blocks.flatMap((b) => (b.type === 'table' && stubs.has(b) ? proseBlocks([stubs.get(b)!], style) : [b])), emptyPages };
}

/**
 * Lone rows at a page's edge: a line of cells alone at the foot or the head of a page (a table's
 * first row on one page, the rest on the next; its last row on the next) is no table by itself,
 * but continues the table across the page break when the shapes agree.
 */
const stubs = new WeakMap<Block, Line>();

function stubRow(l: Line): Block {
  const b: Block = { type: 'table', rows: [{ cells: l.segments.map((s) => s.text), bold: l.bold, place: place(l) }] };
  stubs.set(b, l);
  return b;
}

// ---------------------------------------------------------------------------------------------
// Lines

function linesOf(page: PdfPageText, pageNo: number): Line[] {
  const items = page.items.filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y) && it.size > 0).map(trimItem).flatMap(splitAmounts);
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  const gutter = gutterOf(items);
  if (gutter === undefined) return baselines(items).map((g, i) => makeLine(g, pageNo, i + 1));
  return inColumns(items, gutter).map((g, i) => ({ ...makeLine(g.items, pageNo, i + 1), columnRight: g.columnRight }));
}

/** Runs on one baseline (within a third of the text's size) are one line. Items sorted by y. */
function baselines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const groups: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let y = -Infinity;
  let size = 0;
  for (const it of items) {
    if (current.length > 0 && it.y - y > 0.3 * Math.min(size, it.size)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) {
      y = it.y;
      size = it.size;
    }
    current.push(it);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Newspaper columns (a page printed with CSS columns, a two-column Word section): the x where a
 * vertical gutter runs between two columns of prose, or undefined. The columns' lines need not
 * share baselines (a paragraph's top margin shifts one column against the other), so the page is
 * cut into columns before its runs are put into lines. A table's gap between label and amounts is
 * no gutter: each side must be prose (long runs, hardly any amounts), side by side over most of
 * their height, each column's lines starting at one x. A run across the gutter (a heading over
 * both columns) is full width; few such runs are allowed.
 */
function gutterOf(items: readonly PdfTextItem[]): number | undefined {
  if (items.length < 12) return undefined;
  const left = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.w));
  const width = right - left;
  const size = median(items.map((i) => i.size));
  // Where the fewest runs cross, between a quarter and three quarters of the text's width.
  // Runs crossing each whole point from the left edge: +1 where a run begins, −1 where it ends.
  const steps = new Int32Array(Math.ceil(width) + 2);
  for (const it of items) {
    steps[Math.floor(it.x - left) + 1]!++;
    steps[Math.ceil(it.x + it.w - left)]!--;
  }
  let best: number | undefined;
  let fewest = Infinity;
  for (let k = 1, n = steps[0]!; k < steps.length - 1; k++) {
    n += steps[k]!;
    if (k >= 0.25 * width && k <= 0.75 * width && n < fewest) [best, fewest] = [left + k, n];
  }
  if (best === undefined || fewest > items.length * 0.15) return undefined;
  const g = best;
  const l = items.filter((it) => it.x + it.w <= g);
  const r = items.filter((it) => it.x >= g);
  if (!isProseColumn(l) || !isProseColumn(r)) return undefined;
  // A gutter about an em wide at the least, between where the left column ends and the right begins.
  const lEnd = Math.max(...l.map((i) => i.x + i.w));
  const rStart = Math.min(...r.map((i) => i.x));
  if (rStart - lEnd < 0.8 * size) return undefined;
  // Side by side: their heights overlap over most of the shorter one.
  const [l0, l1, r0, r1] = [l[0]!.y, l[l.length - 1]!.y, r[0]!.y, r[r.length - 1]!.y];
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  if (overlap < 0.5 * Math.min(l1 - l0, r1 - r0)) return undefined;
  return (lEnd + rStart) / 2;
}

/** Enough lines of prose that start at one x: a column of text, not a column of cells. */
function isProseColumn(items: readonly PdfTextItem[]): boolean {
  if (items.length < 6) return false;
  const amounts = items.filter((i) => isAmount(i.str)).length;
  const avg = items.reduce((n, i) => n + i.str.length, 0) / items.length;
  if (amounts > items.length * 0.1 || avg < 15) return false;
  const x0 = Math.min(...items.map((i) => i.x));
  return items.filter((i) => i.x - x0 < 2).length >= items.length * 0.5;
}

/**
 * The lines of a page in reading order when it has two columns: runs across the gutter are full
 * width lines and cut the page into bands; in each band the left column's lines, then the right's.
 */
function inColumns(items: readonly PdfTextItem[], gutter: number): { items: PdfTextItem[]; columnRight?: number }[] {
  const crossing = new Set(items.filter((it) => it.x < gutter && it.x + it.w > gutter));
  const wide = baselines([...crossing]);
  const isLeft = (it: PdfTextItem) => it.x + it.w / 2 < gutter;
  const rightOf = (side: PdfTextItem[]) => side.reduce((m, it) => Math.max(m, it.x + it.w), 0);
  const columns = items.filter((it) => !crossing.has(it));
  const leftRight = rightOf(columns.filter(isLeft));
  const rightRight = rightOf(columns.filter((it) => !isLeft(it)));
  const groups: { items: PdfTextItem[]; columnRight?: number }[] = [];
  let from = -Infinity;
  const band = (to: number) => {
    const inBand = columns.filter((it) => it.y > from && it.y < to);
    for (const g of baselines(inBand.filter(isLeft))) groups.push({ items: g, columnRight: leftRight });
    for (const g of baselines(inBand.filter((it) => !isLeft(it)))) groups.push({ items: g, columnRight: rightRight });
  };
  for (const line of wide) {
    const top = Math.min(...line.map((i) => i.y)) - 0.3 * line[0]!.size;
    band(top);
    // The runs beside the full width line, on its baseline, belong to it.
    const bottom = Math.max(...line.map((i) => i.y)) + 0.3 * line[0]!.size;
    groups.push({ items: [...line, ...columns.filter((it) => it.y >= top && it.y <= bottom)] });
    from = bottom;
  }
  band(Infinity);
  return groups;
}

/** Spaces at a run's ends take width but are not ink: without them, columns stay apart. */
function trimItem(it: PdfTextItem): PdfTextItem {
  const lead = it.str.length - it.str.trimStart().length;
  const trail = it.str.length - it.str.trimEnd().length;
  if (lead === 0 && trail === 0) return it;
  const per = it.w / Math.max(1, it.str.length);
  return { ...it, str: it.str.trim(), x: it.x + lead * per, w: Math.max(0, it.w - (lead + trail) * per) };
}

/**
 * A run of amounts drawn close together (`86.625 68.128`: two cells whose gap the PDF's writer
 * closed up) is split into one run per amount, placed in proportion to its characters.
 */
function splitAmounts(it: PdfTextItem): PdfTextItem[] {
  const per0 = it.w / Math.max(1, it.str.length);
  // A contents entry drawn as one run: `Godkendelse af dagsorden..... 2` → title, page number.
  const entry = /^(.*(?:\.{3,}|…))\s+(\d{1,4})$/.exec(it.str);
  if (entry) {
    const at = it.str.length - entry[2]!.length;
    return [
      { ...it, str: entry[1]!, w: entry[1]!.length * per0 },
      { ...it, str: entry[2]!, x: it.x + at * per0, w: entry[2]!.length * per0 },
    ];
  }
  // A year run into the head of the next column (`2027I alt`: a right-aligned year and a
  // left-aligned head with the cells' padding closed up): no text writes a year against a capital.
  const head = GLUED_YEAR_HEAD.exec(it.str);
  if (head) {
    return [
      { ...it, str: head[1]!, w: head[1]!.length * per0, cut: true },
      { ...it, str: head[2]!, x: it.x + head[1]!.length * per0, w: head[2]!.length * per0, cut: true },
    ];
  }
  const words = it.str.split(/(\s+)/);
  // Trailing amounts: `86.625 68.128`, or a whole row drawn as one run, `Service 1.000 900 100`
  // (a year is part of a label, `budget 2023`, and stops the run).
  const amount = (w: string) => isAmount(w) && !YEAR.test(w);
  let first = words.length - 1;
  if (first < 0 || !amount(words[first]!)) return [it];
  while (first >= 2 && amount(words[first - 2]!)) first -= 2;
  const amounts = (words.length - 1 - first) / 2 + 1;
  if (amounts < 2 || (first > 0 && (amounts < 3 || !/\p{L}/u.test(words.slice(0, first).join(''))))) return [it];
  const per = it.w / Math.max(1, it.str.length);
  const out: PdfTextItem[] = [];
  let at = 0;
  if (first > 0) {
    const label = words.slice(0, first - 1).join('');
    out.push({ ...it, str: label, w: label.length * per, cut: true });
    at = words.slice(0, first).join('').length;
  }
  for (let k = first; k < words.length; k++) {
    if ((k - first) % 2 === 0) out.push({ ...it, str: words[k]!, x: it.x + at * per, w: words[k]!.length * per, cut: true });
    at += words[k]!.length;
  }
  return out;
}

function makeLine(items: PdfTextItem[], page: number, lineNo: number): Line {
  items.sort((a, b) => a.x - b.x);
  const size = Math.max(...items.map((i) => i.size));
  const segments: Segment[] = [];
  let text = '';
  let x0 = items[0]!.x;
  let prev: PdfTextItem | undefined;
  let bold = true;
  let parts: { text: string; x0: number; x1: number }[] = [];
  const close = (end: number) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) segments.push({ text: t, x0, x1: end, bold, parts });
  };
  for (const it of items) {
    if (prev) {
      const gap = it.x - (prev.x + prev.w);
      const em = Math.max(prev.size, it.size);
      // Cells apart: a wide gap; an amount after a clear gap (a label, then its amount), or after
      // another amount or dot leaders with any gap at all.
      const next = firstWord(it.str);
      const wide =
        (prev.cut === true && it.cut === true) ||
        gap > 1.0 * em ||
        (gap > 0.6 * em && isAmount(next)) ||
        (gap > 0.25 * em && isAmount(next) && (isAmount(lastWord(prev.str)) || /\.{3,}$/.test(prev.str)));
      if (wide) {
        close(prev.x + prev.w);
        text = '';
        x0 = it.x;
        bold = true;
        parts = [];
      } else if (gap > 0.15 * em && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
    }
    text += it.str;
    bold &&= it.bold;
    parts.push({ text: it.str, x0: it.x, x1: it.x + it.w });
    prev = it;
  }
  close(prev!.x + prev!.w);
  // A list marker drawn apart from its text is part of the text, not a column.
  for (let i = 0; i + 1 < segments.length; i++) {
    const s = segments[i]!;
    if (LIST_MARKER.test(s.text) && segments[i + 1]!.x0 - s.x1 < 4 * size) {
      const n = segments[i + 1]!;
      segments.splice(i, 2, { text: `${s.text} ${n.text}`, x0: s.x0, x1: n.x1, bold: s.bold && n.bold, parts: [...s.parts, ...n.parts] });
    }
  }
  const y = items.reduce((m, i) => Math.max(m, i.y), -Infinity);
  return {
    page,
    lineNo,
    y,
    size,
    bold: segments.every((s) => s.bold),
    x0: segments[0]?.x0 ?? 0,
    x1: segments[segments.length - 1]?.x1 ?? 0,
    segments,
    text: segments.map((s) => s.text).join(' '),
  };
}

function firstWord(s: string): string {
  return s.trim().split(/\s+/)[0] ?? '';
}
function lastWord(s: string): string {
  const w = s.trim().split(/\s+/);
  return w[w.length - 1] ?? '';
}

/**
 * Running headers and footers: a line at the top or bottom of the page whose text (digits
 * aside) comes back on many pages, and page numbers alone in those bands. A page's first or last
 * line further in (a short page, a deep header margin) is running too when the very same text
 * stands at the very same height on many pages: body text never does that.
 */
function dropRunningLines(pageLines: Line[][], pages: readonly PdfPageText[]): void {
  const band = (l: Line, p: PdfPageText): 'top' | 'bottom' | undefined =>
    l.y < p.height * 0.12 ? 'top' : l.y > p.height * 0.88 ? 'bottom' : undefined;
  // The page number may change from page to page; a line with more numbers than a page number
  // and a total (a table row at the foot of every page) must match exactly, or it is not running.
  const key = (l: Line, where: string) => {
    const numbers = l.text.match(/\d+/g)?.length ?? 0;
    return `${where}:${(numbers <= 2 && !l.segments.some((s) => /\d\.\d{3}/.test(s.text)) ? l.text.replace(/\d+/g, '#') : l.text).toLowerCase()}`;
  };
  const placedKey = (l: Line) => `${Math.round(l.y)}:${l.text}`;
  const counts = new Map<string, number>();
  pageLines.forEach((lines, i) => {
    const seen = new Set<string>();
    for (const l of edgeLines(lines)) {
      const where = band(l, pages[i]!);
      if (where) seen.add(key(l, where));
      seen.add(placedKey(l));
    }
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const pagesWithText = pageLines.filter((l) => l.length > 0).length;
  const repeated = (k: string) => pagesWithText >= 2 && (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pagesWithText * 0.4));
  pageLines.forEach((lines, i) => {
    const drop = new Set<Line>();
    for (const l of edgeLines(lines)) {
      const where = band(l, pages[i]!);
      if (where ? repeated(key(l, where)) || PAGE_NUMBER.test(l.text.trim()) : repeated(placedKey(l))) drop.add(l);
    }
    if (drop.size > 0) pageLines[i] = lines.filter((l) => !drop.has(l));
  });
}

/** The first and last two lines of a page: where running headers and footers stand. */
function edgeLines(lines: readonly Line[]): Line[] {
  if (lines.length <= 4) return [...lines];
  return [lines[0]!, lines[1]!, lines[lines.length - 2]!, lines[lines.length - 1]!];
}

/** The body text's size: the size most characters have. */
function commonSize(pageLines: readonly Line[][]): number {
  const bySize = new Map<number, number>();
  for (const lines of pageLines) for (const l of lines) bySize.set(Math.round(l.size * 2) / 2, (bySize.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 10;
  let most = -1;
  for (const [s, n] of bySize) if (n > most) [best, most] = [s, n];
  return best;
}

/** Sizes clearly above the body's, largest first: heading levels 1, 2, 3 … */
function headingSizes(pageLines: readonly Line[][], body: number): number[] {
  const sizes = new Set<number>();
  for (const lines of pageLines) for (const l of lines) if (l.size >= body * 1.15) sizes.add(Math.round(l.size * 2) / 2);
  return [...sizes].sort((a, b) => b - a);
}

interface Style {
  readonly bodySize: number;
  readonly sizes: readonly number[];
  /** Where the document's lines of prose end at the most (its right margin). */
  readonly textRight: number;
}

// ---------------------------------------------------------------------------------------------
// Blocks of a page

interface Region {
  readonly lines: Line[];
}

function blocksOfPage(lines: readonly Line[], style: Style): Block[] {
  markLoneCells(lines);
  const blocks: Block[] = [];
  let prose: Line[] = [];
  const flushProse = () => {
    blocks.push(...proseBlocks(prose, style));
    prose = [];
  };
  for (let i = 0; i < lines.length; ) {
    const region = tableRegionAt(lines, i);
    if (!region && i === 0 && lines[0]!.segments.length >= 2) {
      blocks.push(stubRow(lines[0]!));
      i++;
      continue;
    }
    if (!region) {
      prose.push(lines[i]!);
      i++;
      continue;
    }
    // Lines pulled in from above were already passed: only the region's own lines advance.
    i += region.lines.length;
    // The first row's cell wrapped over lines above its amounts (centred): pull those lines in.
    const cols0 = withLabelColumn(columnsOf(region.lines.filter(columnar)), region.lines);
    const cellLines = region.lines.filter(columnar);
    const rowGap = cellLines.length > 1 ? median(cellLines.slice(1).map((l, k) => l.y - cellLines[k]!.y)) : 0;
    const fits = (l: Line) => !columnar(l) && (l.x1 <= cols0[1]!.x0 + 2 || cols0.some((c) => l.x0 >= c.x0 - 2 && l.x1 <= c.x1 + 2));
    while (prose.length > 0 && cols0.length > 1) {
      const l = prose[prose.length - 1]!;
      const gap = region.lines[0]!.y - l.y;
      if (gap <= 0 || gap >= 0.7 * rowGap || !fits(l)) break;
      region.lines.unshift(prose.pop()!);
    }
    // A whole first row above (label wrapped around its amount), a row's distance away.
    if (cols0.length > 1) {
      let k = prose.length;
      while (k > 0 && fits(prose[k - 1]!) && (k === prose.length || prose[k]!.y - prose[k - 1]!.y < 0.7 * rowGap)) k--;
      const group = prose.slice(k);
      const gap = group.length > 0 ? region.lines[0]!.y - group[group.length - 1]!.y : 0;
      if (group.length > 1 && gap > 0 && gap <= 1.3 * rowGap && group.some((l) => l.segments.some((s) => isAmount(s.text) && s.x0 >= cols0[1]!.x0 - 2))) {
        region.lines.unshift(...prose.splice(k));
      }
    }
    // A line of prose running to the margin right above the first row (no space between) wraps
    // into the row's first cell: a contents entry over two lines, its page number on the second.
    const lead = prose[prose.length - 1];
    if (lead && wrapsInto(lead, region.lines[0]!, style)) region.lines[0] = wrappedInto(prose.pop()!, region.lines[0]!);
    // A header drawn with its cells close together reads as one stretch of text: it joins the
    // table when it stands right above it and its runs fall in the table's columns.
    const above = prose[prose.length - 1];
    if (above && above.segments.length === 1 && region.lines[0]!.y - above.y <= 1.6 * Math.max(12, gapBelow(region.lines))) {
      const cols = columnsOf(region.lines.filter(columnar));
      const seg = above.segments[0]!;
      const colsOfWords = wordsOf(seg).map((w) => columnOf(cols, { ...seg, ...w }));
      const runs = colsOfWords.filter((c, k) => k === 0 || c !== colsOfWords[k - 1]).length;
      // A header names the last column too: a sentence above the table (`Udgiften fordeler sig
      // således:`) whose words merely reach past the first column is no header.
      const reachesLast = seg.x1 >= cols[cols.length - 1]!.x0 - above.size;
      if (new Set(colsOfWords).size >= 2 && runs === new Set(colsOfWords).size && reachesLast) region.lines.unshift(prose.pop()!);
    }
    flushProse();
    const columns = columnsOf(region.lines);
    if (isTwoColumnText(region.lines, columns)) {
      // Newspaper columns: the left column's lines, then the right's.
      for (const col of columns) {
        const colLines = region.lines
          .map((l) => lineWithin(l, col))
          .filter((l): l is Line => l !== undefined);
        blocks.push(...proseBlocks(colLines, style));
      }
    } else if (ragged(region.lines)) {
      blocks.push(...tabbedLines(region.lines, style));
    } else {
      blocks.push({ type: 'table', rows: tableRows(region.lines, columnsOf(region.lines.filter(columnar))) });
    }
  }
  const last = prose[prose.length - 1];
  const stub = last !== undefined && last === lines[lines.length - 1] && last.segments.length >= 2 ? prose.pop()! : undefined;
  flushProse();
  if (stub) blocks.push(stubRow(stub));
  return blocks;
}

/**
 * Entries with a page number set at a tab that lines up with nothing (default tab stops: the
 * number wherever its title ends, as a contents typed with tabs prints): no grid, as one line's
 * title and number fall in one column that the longer titles make. Such lines are read as they
 * stand, a row each of their own cells.
 */
function ragged(lines: readonly Line[]): boolean {
  const cells = lines.filter((l) => l.segments.length >= 2);
  if (cells.length === 0 || !cells.every((l) => l.segments.length === 2 && /^\d{1,4}$/.test(l.segments[1]!.text))) return false;
  const cols = columnsOf(lines.filter(columnar));
  return cells.some((l) => columnOf(cols, l.segments[0]!) === columnOf(cols, l.segments[1]!));
}

/**
 * Ragged tab lines: consecutive lines of stretches as rows, a line of one stretch as prose, or as
 * the start of the entry below when it runs on into it (an entry wrapped, its number below).
 */
function tabbedLines(lines: readonly Line[], style: Style): Block[] {
  const blocks: Block[] = [];
  let rows: TableRowBlock[] = [];
  let lead: Line | undefined;
  for (const [k, line] of lines.entries()) {
    const l = lead ? wrappedInto(lead, line) : line;
    lead = undefined;
    const next = lines[k + 1];
    if (l.segments.length === 1 && next && next.segments.length >= 2 && wrapsInto(l, next, style)) {
      lead = l;
      continue;
    }
    if (l.segments.length >= 2) {
      rows.push({ cells: l.segments.map((s) => s.text), bold: l.bold, place: place(l) });
      continue;
    }
    if (rows.length > 0) blocks.push({ type: 'table', rows });
    rows = [];
    blocks.push(...proseBlocks([l], style));
  }
  if (rows.length > 0) blocks.push({ type: 'table', rows });
  return blocks;
}

/** A line of one stretch that runs on into the first cell of the row below it. */
function wrapsInto(lead: Line, row: Line, style: Style): boolean {
  return lead.segments.length === 1 && row.segments.length >= 2 && Math.abs(lead.x0 - row.x0) < 2 && continuesLine(lead, row, style, Math.max(style.textRight, lead.x1));
}

/** Line `row` with the text of the line above it (`lead`) put before its first cell. */
function wrappedInto(lead: Line, row: Line): Line {
  const b = new PlacedBuilder();
  const here = place(row);
  b.add(lead.text, here);
  appendLine(b, row.segments[0]!.text, here);
  const first: Segment = { ...row.segments[0]!, text: b.value, x0: lead.x0, parts: [...lead.segments[0]!.parts, ...row.segments[0]!.parts] };
  const segments = [first, ...row.segments.slice(1)];
  return { ...row, lineNo: lead.lineNo, x0: Math.min(lead.x0, row.x0), segments, text: segments.map((x) => x.text).join(' ') };
}

/** A line of cells: two or more stretches apart, or an amount alone right of the text beside it. */
const columnar = (l: Line) => l.segments.length >= 2 || (l as { loneCell?: boolean }).loneCell === true;

/**
 * Marks the lines that hold only an amount standing right of where the lines just above and below
 * end (a page number or amount centred beside a label wrapped over two lines): cells too.
 */
function markLoneCells(lines: readonly Line[]): void {
  lines.forEach((l, k) => {
    if (l.segments.length !== 1 || !isAmount(l.text)) return;
    const near = [lines[k - 1], lines[k + 1]].filter((n): n is Line => n !== undefined && Math.abs(n.y - l.y) <= 1.5 * l.size);
    if (near.length > 0 && near.every((n) => n.x1 < l.x0 - 0.5 * l.size)) (l as { loneCell?: boolean }).loneCell = true;
  });
}

/** The table starting at line i, if one does: at least two lines with cells apart. */
function tableRegionAt(lines: readonly Line[], i: number): Region | undefined {
  const first = lines[i]!;
  if (!columnar(first)) return undefined;
  const taken: Line[] = [first];
  let lastColumnar = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!;
    const prev = taken[taken.length - 1]!;
    const gap = l.y - prev.y;
    if (gap > 3.2 * Math.max(l.size, prev.size)) break;
    if (columnar(l)) {
      taken.push(l);
      lastColumnar = taken.length - 1;
      continue;
    }
    // A single stretch of text: a wrapped cell when it fits inside one column of the table, and
    // stands no further below than the table's rows stand apart (a paragraph after a blank line
    // is no cell, however narrow).
    const rows = taken.filter(columnar);
    const pitch = rows.length >= 2 ? Math.max(1.2 * l.size, ...rows.slice(1).map((t, k) => t.y - rows[k]!.y)) : Infinity;
    if (gap > 1.6 * pitch) break;
    const cols = columnsOf(taken.filter(columnar));
    const inside =
      cols.some((c) => l.x0 >= c.x0 - 2 && l.x1 <= c.x1 + 2) || (cols.length > 1 && l.x1 <= cols[1]!.x0 + 2) || (cols.length === 1 && l.x1 <= cols[0]!.x0 - 2);
    const fullWidth = cols.length > 1 && l.x1 > cols[1]!.x0 && l.x0 < cols[0]!.x1;
    if (!inside || fullWidth) break;
    taken.push(l);
  }
  taken.length = lastColumnar + 1;
  // Wrapped lines below the last row of cells belong to it only when close.
  for (let j = i + taken.length; j < lines.length; j++) {
    const l = lines[j]!;
    const prev = taken[taken.length - 1]!;
    if (columnar(l) || l.y - prev.y > 1.4 * l.size) break;
    const cols = columnsOf(taken.filter(columnar));
    if (!((cols.length > 1 && l.x1 <= cols[1]!.x0 + 2) || (cols.length === 1 && l.x1 <= cols[0]!.x0 - 2))) break;
    taken.push(l);
  }
  if (taken.filter(columnar).length < 2) return undefined;
  return { lines: taken };
}

interface Column {
  x0: number;
  x1: number;
}

/** Columns where the segments of the lines leave a vertical gap through all of them. */
function columnsOf(lines: readonly Line[]): Column[] {
  const all = lines.flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 })));
  const left = Math.min(...all.map((s) => s.x0));
  const right = Math.max(...all.map((s) => s.x1));
  // A stretch across most of the table (a spanning header, a caption) says nothing of its columns.
  // Asked only when the stretches leave no gap at all.
  const cols = cover(all);
  if (cols.length > 1) return cols;
  const narrow = all.filter((s) => s.x1 - s.x0 <= 0.6 * (right - left));
  return narrow.length >= 2 ? cover(narrow) : cols;
}

/** Cells that are all amounts (page numbers beside wrapped titles): the text left of them is a column too. */
function withLabelColumn(cols: readonly Column[], lines: readonly Line[]): Column[] {
  if (cols.length !== 1) return [...cols];
  const left = lines.flatMap((l) => l.segments).filter((x) => x.x1 <= cols[0]!.x0 - 2);
  if (left.length === 0) return [...cols];
  return [{ x0: Math.min(...left.map((x) => x.x0)), x1: Math.max(...left.map((x) => x.x1)) }, cols[0]!];
}

function cover(spans: { x0: number; x1: number }[]): Column[] {
  const cols: Column[] = [];
  for (const s of [...spans].sort((a, b) => a.x0 - b.x0)) {
    const last = cols[cols.length - 1];
    if (last && s.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, s.x1);
    else cols.push({ ...s });
  }
  return cols;
}

function isTwoColumnText(lines: readonly Line[], cols: readonly Column[]): boolean {
  if (cols.length !== 2 || lines.length < 6) return false;
  const segs = lines.flatMap((l) => l.segments);
  const amounts = segs.filter((s) => isAmount(s.text)).length;
  const avg = segs.reduce((n, s) => n + s.text.length, 0) / Math.max(1, segs.length);
  return amounts <= segs.length * 0.1 && avg >= 25;
}

/** The part of a line inside one column (for two-column pages). */
function lineWithin(l: Line, col: Column): Line | undefined {
  const segments = l.segments.filter((s) => s.x0 >= col.x0 - 0.5 && s.x1 <= col.x1 + 0.5);
  if (segments.length === 0) return undefined;
  return { ...l, segments, x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1, bold: segments.every((s) => s.bold), text: segments.map((s) => s.text).join(' ') };
}

function columnOf(cols: readonly Column[], s: Segment): number {
  const mid = (s.x0 + s.x1) / 2;
  let best = 0;
  let bestDistance = Infinity;
  cols.forEach((c, i) => {
    const d = mid < c.x0 ? c.x0 - mid : mid > c.x1 ? mid - c.x1 : 0;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/** The first column whose right edge lies past the head's start (see `tableRows`). */
function headColumnOf(cols: readonly Column[], s: Segment): number {
  for (let i = 0; i < cols.length; i++) if (s.x0 < cols[i]!.x1 - 1) return i;
  return cols.length - 1;
}

/**
 * Rows of a table region. A budget table has amounts: each line with an amount outside the
 * first column is a row, and a line of text alone (a label wrapped over two lines, the amounts
 * centred between them) joins the nearest row. Lines above the first row are its header. A table
 * of text only is cut into rows where the gap between lines is wider than inside a cell.
 */
function tableRows(lines: readonly Line[], regionCols: readonly Column[]): TableRowBlock[] {
  const amountIn = (cols: readonly Column[]) => (l: Line) => l.segments.some((s) => columnOf(cols, s) > 0 && isAmount(s.text) && !YEAR.test(s.text.trim()));
  const candidates = lines.filter(amountIn(regionCols));
  // The rows with amounts tell the columns best: a header's cells may stand closer together.
  // A label and its amount drawn as one run (`I alt 1.830.000`, bold, closed up) would join two
  // columns: the columns come from the other cells, and that run is cut by its words below.
  const mixed = (x: Segment) => /\p{L}/u.test(x.text) && isAmount(lastWord(x.text)) && /\d[.,]\d/.test(lastWord(x.text));
  const clean = candidates.map((l) => ({ ...l, segments: l.segments.filter((x) => !mixed(x)) }));
  const cols = withLabelColumn(candidates.length >= 2 ? columnsOf(clean) : regionCols, lines);
  const amountLine = amountIn(cols);
  const anchors = lines.filter(amountLine);
  const groups: Line[][] = [];
  let headerGroup: Line[] | undefined;
  if (anchors.length >= 2) {
    const firstAnchor = lines.indexOf(anchors[0]!);
    const spacing = median(anchors.slice(1).map((a, k) => a.y - anchors[k]!.y));
    const rows = new Map<Line, Line[]>(anchors.map((a) => [a, [a]]));
    const header: Line[] = [];
    lines.forEach((l, k) => {
      if (rows.has(l)) return;
      if (k < firstAnchor && (columnar(l) || anchors[0]!.y - l.y > 0.7 * spacing)) {
        header.push(l);
        return;
      }
      let nearest = anchors[0]!;
      for (const a of anchors) if (Math.abs(a.y - l.y) < Math.abs(nearest.y - l.y)) nearest = a;
      rows.get(nearest)!.push(l);
    });
    if (header.length > 0) groups.push(header);
    headerGroup = header.length > 0 ? header : undefined;
    for (const a of anchors) groups.push(rows.get(a)!.sort((x, y) => x.y - y.y));
  } else {
    const gaps = lines.slice(1).map((l, k) => l.y - lines[k]!.y);
    const tight = Math.min(...gaps);
    // Rows set without space between them (no gap wider than another): nothing tells a cell's
    // second line from the next row, so each line of cells is a row (a contents table: number,
    // title, page), and a line of one stretch continues the row above.
    const spaced = gaps.some((g) => g > tight * 1.3);
    let current: Line[] = [lines[0]!];
    lines.slice(1).forEach((l, k) => {
      if (gaps[k]! > tight * 1.3 || (columnar(l) && (!spaced || !columnar(current[current.length - 1]!)))) {
        groups.push(current);
        current = [];
      }
      current.push(l);
    });
    groups.push(current);
  }
  return groups.map((g) => {
    const cells = cols.map(() => new PlacedBuilder());
    const sorted = g.flatMap((l) => l.segments.map((s) => ({ l, s }))).sort((a, b) => a.l.y - b.l.y || a.s.x0 - b.s.x0);
    const used = new Set(sorted.map(({ s }) => columnOf(cols, s)));
    let previous: { l: Line; column: number } | undefined;
    for (const { l, s } of sorted) {
      // (A run that only touches a column's edge, within a point, does not reach into it.)
      const spans = cols.filter((c) => s.x0 < c.x1 - 1 && s.x1 > c.x0 + 1).length;
      if (spans > 1) {
        for (const p of wordsOf(s)) appendLine(cells[columnOf(cols, { ...s, ...p })]!, p.text, place(l));
        previous = undefined;
        continue;
      }
      // A head stands over the space its column's cells take, from the end of the column left of
      // it to its own end (amounts right-aligned, heads at their cell's left edge: nearer the
      // column before by distance).
      let column = g === headerGroup ? headColumnOf(cols, s) : columnOf(cols, s);
      // A head set left over right-aligned amounts (`2026  2027  I alt`, the last head at its
      // cell's left edge) lands in the column of the head before it on the same line: it belongs
      // to the next column when no cell of the row stands there.
      if (previous && previous.l === l && previous.column === column && column + 1 < cols.length && !used.has(column + 1) && !isAmount(s.text)) {
        column++;
        used.add(column);
      }
      appendLine(cells[column]!, s.text, place(l));
      previous = { l, column };
    }
    const anchor = g.find(amountLine) ?? g[0]!;
    return { cells: cells.map((c) => c.value), bold: g.every((l) => l.bold), place: place(anchor) };
  });
}

/** The words of a segment, each placed in proportion to its characters within its run. */
function wordsOf(s: Segment): { text: string; x0: number; x1: number }[] {
  const out: { text: string; x0: number; x1: number }[] = [];
  for (const p of s.parts) {
    const per = (p.x1 - p.x0) / Math.max(1, p.text.length);
    const re = /\S+/g;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) out.push({ text: m[0], x0: p.x0 + m.index * per, x1: p.x0 + (m.index + m[0].length) * per });
  }
  return out;
}

/** The usual distance between a table's lines. */
function gapBelow(lines: readonly Line[]): number {
  return median(lines.slice(1).map((l, k) => l.y - lines[k]!.y));
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function sameShape(a: readonly TableRowBlock[], b: readonly TableRowBlock[]): boolean {
  return a.length > 0 && b.length > 0 && a[0]!.cells.length === b[0]!.cells.length;
}

function sameCells(a: TableRowBlock, b: TableRowBlock): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.trim() === b.cells[i]!.trim());
}

function place(l: Line): PdfPlace {
  return { kind: 'pdf', page: l.page, line: l.lineNo };
}

// ---------------------------------------------------------------------------------------------
// Prose

const NOT_A_HYPHEN_BREAK = /^(og|eller|samt|til|men|and|or)\b/;

/**
 * Adds a line to a paragraph or cell: a word hyphenated at the line's end is joined (`beskæf-` +
 * `tigelse`), but `Beskæftigelses-` + `og` keeps its hyphen, as does a date or number cut at a
 * dash (`09-04-` + `2024`).
 */
export function appendLine(b: PlacedBuilder, text: string, where: PdfPlace): void {
  const t = text.trim();
  if (!t) return;
  const cur = b.value;
  if (cur.endsWith('\u00ad')) {
    b.dropLast();
    b.add(t, where, 'none');
  } else if (/\p{Ll}-$/u.test(cur) && /^\p{Ll}/u.test(t) && !NOT_A_HYPHEN_BREAK.test(t) && !hyphenatedElsewhere(cur, t)) {
    b.dropLast();
    b.add(t, where, 'none');
  } else if (/[\p{L}\d]-$/u.test(cur) && (/^[\p{Lu}\d]/u.test(t) || hyphenatedElsewhere(cur, t)) && !/\s\S{0,2}-$/u.test(cur)) {
    b.add(t, where, 'none');
  } else b.add(t, where);
}

/**
 * Words the document writes with a hyphen inside a line (`ikke-vestlige`): at a line's end their
 * hyphen is the word's own, not a break to join away. Set while a document is laid out.
 */
let hyphenWords: ReadonlySet<string> = new Set();

function hyphenWordsOf(pageLines: readonly Line[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pageLines) {
    for (const l of lines) {
      if (!l.text.includes('-')) continue;
      for (const m of l.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(m[0].toLowerCase());
    }
  }
  return words;
}

function hyphenatedElsewhere(cur: string, next: string): boolean {
  if (hyphenWords.size === 0) return false;
  const head = /\p{L}+(?:-\p{L}+)*-$/u.exec(cur)?.[0];
  const tail = /^\p{L}+(?:-\p{L}+)*/u.exec(next)?.[0];
  return head !== undefined && tail !== undefined && hyphenWords.has(`${head}${tail}`.toLowerCase());
}

interface Paragraph {
  readonly lines: Line[];
}

const startsItem = (l: Line) => BULLET_START.test(l.text) || NUMBER_START.test(l.text) || /^[-–]\s/.test(l.text);

/**
 * Whether line l goes on with the text of the line above it (one paragraph, or one cell), given
 * where the document's lines end (`right`).
 */
function continuesLine(prev: Line, l: Line, style: Style, right: number): boolean {
  // A line that stops short of the right edge although the next line's first word would have
  // fitted ends its paragraph: a paragraph without space below it (a heading alone on its line
  // over its text, lines of a header), or a line ended by hand.
  const w = wordsOf(l.segments[0]!)[0];
  const endsShort = w !== undefined && prev.x1 + 1.15 * (w.x1 - w.x0) + 1.0 * l.size < (prev.columnRight ?? right);
  return (
    Math.abs(prev.size - l.size) < 0.6 &&
    prev.bold === l.bold &&
    l.y - prev.y > 0 &&
    l.y - prev.y <= 1.5 * Math.max(prev.size, l.size) &&
    !startsItem(l) &&
    !endsShort &&
    // A contents entry (dot leaders, page number) ends its line's paragraph.
    !/(\.{3,}|…)\s*\d{1,4}$/.test(prev.text) &&
    // A line ending a sentence before one starting with a capital: where paragraphs stand
    // without space between them, the next paragraph's first word may simply not have fitted
    // (`… er fyldt op.` / `Indstilling Forvaltningen indstiller …`). Cutting there keeps every
    // sentence whole; joining would bury a paragraph's lead word inside the one above.
    !(/[.!?:]$/.test(prev.text) && /^\p{Lu}/u.test(l.text)) &&
    // A heading line is a paragraph of its own unless it wraps (same size, same weight).
    !(isHeadingLine(prev, style.bodySize) !== isHeadingLine(l, style.bodySize))
  );
}

function proseBlocks(lines: readonly Line[], style: Style): Block[] {
  const { bodySize, sizes } = style;
  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  // The edge is the text's, over the whole document: a page's few lines between two tables tell
  // nothing of where lines end.
  const right = Math.max(style.textRight, lines.reduce((m, l) => Math.max(m, l.x1), 0));
  for (const l of lines) {
    const prev = current[current.length - 1];
    const together = prev !== undefined && continuesLine(prev, l, style, right);
    if (!together && current.length > 0) {
      paragraphs.push({ lines: current });
      current = [];
    }
    current.push(l);
  }
  if (current.length > 0) paragraphs.push({ lines: current });

  const blocks: Block[] = [];
  for (const [k, p] of paragraphs.entries()) {
    // On the line right below the paragraph above, without space between them.
    const above = paragraphs[k - 1]?.lines.at(-1);
    const first = p.lines[0]!;
    const tight = above !== undefined && first.y - above.y > 0 && first.y - above.y <= 1.5 * Math.max(above.size, first.size);
    const b = new PlacedBuilder();
    for (const l of p.lines) appendLine(b, l.text, place(l));
    const text = b.build();
    const level = headingLevel(p, text.text, bodySize, sizes);
    if (level > 0) {
      blocks.push({ type: 'heading', level, text });
      continue;
    }
    const bullet = BULLET_START.exec(text.text) ?? /^[-–]\s+/.exec(text.text);
    const numbered = NUMBER_START.exec(text.text);
    if (bullet || numbered) {
      const cut = (bullet ?? numbered)![0].length;
      const rest = { text: text.text.slice(cut), pieces: text.pieces.map((x) => ({ from: Math.max(0, x.from - cut), place: x.place })) };
      // The bullet as printed (a symbol font's private one as •), as the Word reader keeps it: an
      // agenda item listed under a bullet (`• 301. Title`) is read as the text shows it.
      const mark = bullet?.[1] ? (/[\uf000-\uf0ff]/.test(bullet[1]) ? '•' : bullet[1]) : '-';
      blocks.push({ type: 'list-item', marker: numbered ? `${numbered[1]}.` : mark, text: rest, tight });
      continue;
    }
    blocks.push({ type: 'paragraph', text: text.text ? text : placed('', place(first)), tight, printed: true });
  }
  return blocks;
}

function isHeadingLine(l: Line, bodySize: number): boolean {
  return l.size >= bodySize * 1.15 || (l.bold && l.text.length <= 120);
}

function headingLevel(p: Paragraph, text: string, bodySize: number, sizes: readonly number[]): number {
  const size = Math.max(...p.lines.map((l) => l.size));
  if (size >= bodySize * 1.15) {
    const rank = sizes.indexOf(Math.round(size * 2) / 2);
    return Math.min(4, (rank < 0 ? sizes.length : rank) + 1);
  }
  // Bold at body size: a heading when short and not a sentence.
  if (p.lines.every((l) => l.bold) && text.length <= 120 && !/[.!?]$/.test(text) && /\p{L}/u.test(text)) return Math.min(4, sizes.length + 1);
  return 0;
}
