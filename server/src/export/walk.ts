import type { MinutesDocument, Range, Table } from '../engine';

/**
 * The document walk shared by every export format: the parsed minutes as a list of blocks in
 * document order. It reads only the model's public fields (header, contents, items, sections,
 * sub-headings, tables, journal numbers); the text between those ranges becomes paragraphs and
 * lists. Every line of the document lands in exactly one block or is dropped on purpose (blank
 * lines, `<!-- … -->` comments), so the export neither loses nor invents text.
 */

/** A piece of text with its inline emphasis (from `**x**`, `<b>x</b>`, `<i>x</i>` …). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A line break before this run (`<br>`, `</p><p>` inside a cell, or a line inside a paragraph). */
  readonly breakBefore?: boolean;
}

export interface ExportCell {
  readonly runs: readonly Run[];
  /** The cell's text without markup: what the reader sees. */
  readonly text: string;
  /** The cell holds an amount (right-aligned). */
  readonly numeric: boolean;
}

export interface ExportRow {
  readonly cells: readonly ExportCell[];
  /** The first row: column headings (`<th scope="col">`, repeated on each page). */
  readonly header: boolean;
  /** A total row (`I alt`, `Total`, every filled cell bold): printed bold. */
  readonly total: boolean;
}

export interface ExportTable {
  readonly kind: 'table';
  readonly columns: number;
  readonly rows: readonly ExportRow[];
}

export type Block =
  | { readonly kind: 'title'; readonly runs: readonly Run[]; readonly text: string }
  | { readonly kind: 'meta'; readonly runs: readonly Run[]; readonly text: string }
  | { readonly kind: 'contents'; readonly heading: string; readonly entries: readonly { readonly text: string; readonly anchor?: string }[] }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly anchor: string }
  | { readonly kind: 'journal'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[]; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly { readonly runs: readonly Run[]; readonly text: string; readonly label: string }[] }
  | ExportTable;

export interface ExportDocument {
  /** `Referat` / `Dagsorden`: the document's kind, for the file's metadata. */
  readonly kind: MinutesDocument['kind'];
  /** The title as a single line (metadata, `<title>`, PDF info). */
  readonly title: string;
  readonly blocks: readonly Block[];
}

type Role =
  | { kind: 'title' }
  | { kind: 'meta' }
  | { kind: 'contents'; heading: boolean }
  // `restFrom`: where the text after the heading starts on the same line (flattened layouts put
  // the journal number after an item's title, a section's first sentence after its name).
  | { kind: 'item'; text: string; anchor: string; restFrom?: number; restIsJournal?: boolean }
  | { kind: 'section'; text: string; anchor: string; restFrom?: number }
  | { kind: 'sub'; text: string; anchor: string }
  | { kind: 'journal' }
  | { kind: 'table'; table: Table };

/** Walks the model into blocks. Linear in the document's size. */
export function walkDocument(doc: MinutesDocument): ExportDocument {
  const roles = new Map<number, Role>();
  const mark = (range: Range | undefined, role: Role): void => {
    if (!range) return;
    for (let l = range.start.line; l <= range.end.line; l++) if (!roles.has(l)) roles.set(l, role);
  };
  const { header } = doc;
  // Items, sections and sub-headings first: a header or contents range must not swallow them.
  // Anchors are unique even when two items share a number (a numbering the checks will flag).
  const used = new Set<string>();
  for (const item of doc.items) {
    let anchor = `punkt-${item.number.value}`;
    for (let k = 2; used.has(anchor); k++) anchor = `punkt-${item.number.value}-${k}`;
    used.add(anchor);
    const titleEnd = item.fullTitle.range.end;
    const journalHere = item.journalNumber?.range.start.line === item.headingLine;
    roles.set(item.headingLine, {
      kind: 'item',
      text: `Punkt ${item.number.value}: ${clean(item.fullTitle.value)}`,
      anchor,
      ...(titleEnd.line === item.headingLine ? { restFrom: titleEnd.character, restIsJournal: journalHere } : {}),
    });
    if (item.journalNumber && !journalHere) roles.set(item.journalNumber.range.start.line, { kind: 'journal' });
    let n = 0;
    const subs = (list: readonly { line: number; text: string }[]): void => {
      for (const s of list) roles.set(s.line, { kind: 'sub', text: clean(stripHeadingMarks(s.text)), anchor: `${anchor}-${++n}` });
    };
    subs(item.preamble.subHeadings);
    for (const section of item.sections) {
      const end = section.heading.range.end;
      roles.set(section.headingLine, {
        kind: 'section',
        text: clean(section.heading.value),
        anchor: `${anchor}-${section.id}-${++n}`,
        ...(end.line === section.headingLine ? { restFrom: end.character } : {}),
      });
      subs(section.subHeadings);
    }
  }
  for (const table of doc.tables) for (const row of table.rows) if (!roles.has(row.line)) roles.set(row.line, { kind: 'table', table });
  mark(header.title?.range, { kind: 'title' });
  mark(header.meetingDate?.range, { kind: 'meta' });
  mark(header.venue?.range, { kind: 'meta' });
  if (doc.contents) {
    mark(doc.contents.headingRange, { kind: 'contents', heading: true });
    mark(doc.contents.range, { kind: 'contents', heading: false });
  }

  const blocks: Block[] = [];
  const emittedTables = new Set<Table>();
  let paragraph: Run[] = [];
  let list: { ordered: boolean; items: { runs: Run[]; text: string; label: string }[] } | undefined;
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: paragraph, text: textOf(paragraph) });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
    list = undefined;
  };
  let inComment = false;
  let contentsEmitted = false;
  for (let l = 0; l < doc.lines.length; l++) {
    let raw = doc.lines[l]!.text;
    // `<!-- … -->` comments (referat-ignore and any other) never reach the output, also over lines.
    if (inComment || raw.includes('<!--')) {
      const r = stripComments(raw, inComment);
      raw = r.text;
      inComment = r.open;
      if (!raw.trim()) continue;
    }
    const role = roles.get(l);
    if (!role) {
      if (!raw.trim()) {
        flush();
        continue;
      }
      const li = LIST_ITEM.exec(raw);
      if (li) {
        const ordered = /\d/.test(li[1]!);
        if (paragraph.length) {
          blocks.push({ kind: 'paragraph', runs: paragraph, text: textOf(paragraph) });
          paragraph = [];
        }
        if (list && list.ordered !== ordered) flush();
        list ??= { ordered, items: [] };
        const runs = inline(li[2]!);
        list.items.push({ runs, text: textOf(runs), label: li[1]! });
        continue;
      }
      if (list) flush();
      const runs = inline(stripHeadingMarks(raw));
      if (!runs.length) continue;
      // Lines of one paragraph stay lines: a plain-text document breaks where the author did.
      if (paragraph.length) paragraph.push({ ...runs[0]!, breakBefore: true }, ...runs.slice(1));
      else paragraph.push(...runs);
      continue;
    }
    flush();
    switch (role.kind) {
      case 'title':
      case 'meta': {
        const runs = inline(stripHeadingMarks(raw));
        if (runs.length) blocks.push({ kind: role.kind, runs, text: textOf(runs) });
        break;
      }
      case 'contents':
        if (!contentsEmitted && doc.contents) {
          contentsEmitted = true;
          // An entry links to its item by number, else by title (a cut-short entry by its start).
          const byTitle = doc.items.map((i) => ({ n: i.number.value, full: norm(clean(i.fullTitle.value)), title: norm(clean(i.title.value)) }));
          const numbers = new Set(byTitle.map((i) => i.n));
          const entries = doc.contents.entries.map((e) => {
            const t = norm(clean(e.title.value));
            const n =
              e.number !== undefined && numbers.has(e.number)
                ? e.number
                : byTitle.find((i) => i.full === t || i.title === t)?.n ?? (t.length >= 12 ? byTitle.find((i) => i.full.startsWith(t) || i.title.startsWith(t))?.n : undefined);
            return { text: clean(e.title.value), anchor: n !== undefined ? `punkt-${n}` : undefined };
          });
          const headingLine = doc.lines[doc.contents.headingRange.start.line]?.text ?? '';
          blocks.push({ kind: 'contents', heading: clean(stripHeadingMarks(headingLine)) || 'Indholdsfortegnelse', entries });
        }
        break;
      case 'item': {
        blocks.push({ kind: 'heading', level: 1, text: role.text, anchor: role.anchor });
        const rest = restOf(raw, role.restFrom);
        if (rest) blocks.push(role.restIsJournal ? { kind: 'journal', text: clean(rest) } : { kind: 'paragraph', runs: inline(rest), text: clean(rest) });
        break;
      }
      case 'section': {
        blocks.push({ kind: 'heading', level: 2, text: role.text, anchor: role.anchor });
        // The section's first words on its heading line start its first paragraph.
        const rest = restOf(raw, role.restFrom);
        if (rest) paragraph.push(...inline(rest));
        break;
      }
      case 'sub':
        blocks.push({ kind: 'heading', level: 3, text: role.text, anchor: role.anchor });
        break;
      case 'journal':
        blocks.push({ kind: 'journal', text: clean(raw) });
        break;
      case 'table':
        if (!emittedTables.has(role.table)) {
          emittedTables.add(role.table);
          const t = exportTable(role.table);
          if (t) blocks.push(t);
        }
        break;
    }
  }
  flush();
  const titleText = header.title?.text ? clean(stripHeadingMarks(header.title.text)) : doc.kind === 'dagsorden' ? 'Dagsorden' : 'Referat';
  return { kind: doc.kind, title: titleText, blocks };
}

const LIST_ITEM = /^\s{0,3}([-*•]|\d{1,3}[.)])\s+(\S.*)$/;
const AMOUNT = /^[-−–+]?\s?(?:kr\.?\s*)?[\d.,  ]*\d(?:[.,]\d+)?\s*(?:%|kr\.?|mio\.?(?: kr\.?)?)?$/i;
const TOTAL_LABEL = /^(?:i alt|total|samlet|sum)\b/i;

function exportTable(table: Table): ExportTable | undefined {
  const rows = table.rows.filter((r) => !r.separator);
  if (!rows.length) return undefined;
  // Trailing empty cells that every row has (a tab at the end of each line) are no columns.
  let columns = 0;
  for (const r of rows) {
    let n = r.cells.length;
    while (n > 0 && !r.cells[n - 1]!.text) n--;
    columns = Math.max(columns, n);
  }
  columns = Math.max(columns, 1);
  const out: ExportRow[] = rows.map((r, index) => {
    const cells: ExportCell[] = [];
    for (let c = 0; c < columns; c++) {
      const raw = r.cells[c]?.text ?? '';
      const runs = inline(raw, true);
      const text = textOf(runs);
      cells.push({ runs, text, numeric: index > 0 && c > 0 && AMOUNT.test(text.trim()) });
    }
    const filled = cells.filter((c) => c.text.trim());
    const allBold = filled.length > 0 && filled.every((c) => c.runs.every((run) => run.bold || !run.text.trim()));
    const total = index > 0 && (allBold || TOTAL_LABEL.test(cells[0]?.text.trim() ?? ''));
    return { cells, header: index === 0, total };
  });
  // A heading over a column of amounts stands right, over the amounts.
  if (out.length > 1 && out[0]!.header) {
    const numericColumn = (c: number): boolean => out.slice(1).some((r) => r.cells[c]!.numeric);
    out[0] = { ...out[0]!, cells: out[0]!.cells.map((cell, c) => (c > 0 && numericColumn(c) ? { ...cell, numeric: true } : cell)) };
  }
  return { kind: 'table', columns, rows: out };
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** What stands after a heading on its own line, without the markup that closed the heading. */
function restOf(line: string, from: number | undefined): string {
  if (from === undefined) return '';
  return line
    .slice(from)
    .replace(/^\s*(?:\*\*|__|<\/(?:b|strong)>)+/, '')
    .replace(/^\s*[:.]\s*(?=\S)/, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/** `# **Punkt**` → `Punkt`: Markdown heading marks are layout, not text. */
function stripHeadingMarks(s: string): string {
  return s.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
}

function stripComments(line: string, open: boolean): { text: string; open: boolean } {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (open) {
      const end = line.indexOf('-->', i);
      if (end < 0) return { text: out, open: true };
      i = end + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', i);
      if (start < 0) return { text: out + line.slice(i), open: false };
      out += line.slice(i, start);
      i = start + 4;
      open = true;
    }
  }
  return { text: out, open };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text without inline markup, for titles and headings. */
export function clean(s: string): string {
  return textOf(inline(s));
}

export function textOf(runs: readonly Run[]): string {
  return runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
}

/**
 * Inline markup to runs: `**x**`/`__x__`/`<b>`/`<strong>` bold, `<i>`/`<em>` italic, `<br>` and
 * `<p>` boundaries (in cells) line breaks; any other tag is dropped, entities decoded. Single `*`
 * and `_` are left alone: in minutes they are far more often text (`*) note`, file_names) than
 * emphasis.
 */
export function inline(s: string, cell = false): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let starBold = false;
  let pendingBreak = false;
  let buf = '';
  const push = (): void => {
    if (!buf) return;
    const text = decodeEntities(buf);
    runs.push({ text, ...(bold > 0 || starBold ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}), ...(pendingBreak && runs.length ? { breakBefore: true } : {}) });
    pendingBreak = false;
    buf = '';
  };
  const re = /\*\*|__|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    buf += s.slice(last, m.index);
    last = m.index + m[0].length;
    const tok = m[0];
    if (tok === '**' || tok === '__') {
      push();
      starBold = !starBold;
      continue;
    }
    const name = m[1]!.toLowerCase();
    const closing = tok[1] === '/';
    if (name === 'b' || name === 'strong') {
      push();
      bold = Math.max(0, bold + (closing ? -1 : 1));
    } else if (name === 'i' || name === 'em') {
      push();
      italic = Math.max(0, italic + (closing ? -1 : 1));
    } else if (name === 'br' || (name === 'p' && !closing) || name === 'li') {
      push();
      if (runs.length || buf) pendingBreak = true;
    } else if (!KNOWN_TAGS.has(name)) {
      // Not a tag we know (`<Navn>` as a placeholder, `a<b` in prose): keep it as text.
      buf += tok;
    }
  }
  buf += s.slice(last);
  // A lone `**` (unbalanced) was text after all: keep the asterisks rather than lose them.
  if (starBold && !runs.length && !cell) buf = '**' + buf;
  push();
  // Trim the outer whitespace only: inner spacing is the author's.
  if (runs.length) {
    const first = runs[0]!;
    runs[0] = { ...first, text: first.text.replace(/^\s+/, '') };
    const lastRun = runs[runs.length - 1]!;
    runs[runs.length - 1] = { ...lastRun, text: lastRun.text.replace(/\s+$/, '') };
  }
  return runs.filter((r) => r.text.length > 0 || r.breakBefore);
}

const KNOWN_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'br', 'p', 'span', 'div', 'li', 'ul', 'ol', 'sup', 'sub', 'font', 'a', 'small']);
