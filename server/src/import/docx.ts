import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { Block, PlacedBuilder, TableRowBlock, flat, placed } from './textForm';
import type { DocxPlace } from './types';

/**
 * Reads a Word document (.docx: a zip of WordprocessingML) into blocks: headings by style
 * (`Heading 2`, `Overskrift 2`, an outline level) and by look (a short bold line, a larger size),
 * paragraphs, bulleted and numbered lists, and real Word tables. The main document part is read,
 * and the page header only where the body has no meeting date before its items (committee and
 * date only in the header: read once, as the document's header); footers and comments are not
 * the minutes. fflate unzips, saxes parses the XML
 * as a stream (no DOM, no DTD, no entity expansion: a hostile file cannot blow up).
 */

/** Parts larger than this are refused: a zip bomb must not take the server down. */
const MAX_PART = 256 * 1024 * 1024;

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels'];
/** Page header parts (`header1.xml` …), named by the document's relationships. */
const HEADER_PART = /^word\/header\d*\.xml$/;

export class DocxError extends Error {}

interface StyleDef {
  readonly name: string;
  readonly basedOn?: string;
  readonly outline?: number;
  readonly bold?: boolean;
  readonly size?: number;
  readonly numId?: string;
  readonly numLevel?: number;
}

interface Styles {
  readonly paragraph: Map<string, StyleDef>;
  readonly character: Map<string, StyleDef>;
  readonly defaultParagraph?: string;
  readonly defaultSize: number;
}

/** One level of a Word list: how its counter is shown (`numFmt`, `lvlText` like `Punkt %1:`). */
interface Level {
  format: string;
  start: number;
  text?: string;
  /** What follows the number: a tab (Word's default), a space, or nothing. */
  suffix: string;
  /** `isLgl`: every level in the text shown as a decimal (`1.1`, not `I.a`). */
  legal: boolean;
}

interface NumDef {
  readonly abstract: string;
  /** `lvlOverride`: a level's start (`startOverride`) or a whole level of its own. */
  readonly overrides: Map<number, { start?: number; level?: Level }>;
}

interface Numbering {
  /** numId → its abstract list and overrides; abstract id → level → format. */
  readonly nums: Map<string, NumDef>;
  readonly formats: Map<string, Map<number, Level>>;
  /** abstract id → the list style it stands for (`numStyleLink`): its levels are that style's list's. */
  readonly styleLinks: Map<string, string>;
}

interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly size: number;
}

interface RawParagraph {
  readonly index: number;
  readonly styleId?: string;
  readonly outline?: number;
  readonly numId?: string;
  readonly numLevel?: number;
  readonly runs: Run[];
}

/** A table row: each cell's paragraphs (a nested table's among them), and each cell's paragraphs and nested tables in order. */
interface RawRow {
  readonly cells: RawParagraph[][];
  readonly content: BodyPart[][];
}

type BodyPart = { type: 'p'; p: RawParagraph } | { type: 'tbl'; index: number; rows: RawRow[] };

export function readDocx(bytes: Uint8Array): Block[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => (PARTS.includes(f.name) || HEADER_PART.test(f.name)) && f.originalSize <= MAX_PART });
  } catch (err) {
    throw new DocxError(`not a zip file (${(err as Error).message})`);
  }
  const document = files['word/document.xml'];
  if (!document) throw new DocxError('no word/document.xml');
  const styles = readStyles(files['word/styles.xml']);
  const numbering = readNumbering(files['word/numbering.xml']);
  const headerRefs: HeaderRef[] = [];
  const body = readBody(strFromU8(document), styles, headerRefs);
  const blocks = toBlocks(body, styles, numbering);
  return bodyHasMeetingDate(blocks) ? blocks : [...pageHeaderBlocks(files, headerRefs, styles), ...blocks];
}

/** A `w:headerReference`: which page header (`default`, `first`, `even`) is which part. */
interface HeaderRef {
  readonly type: string;
  readonly id: string;
}

/** A date in words or digits (`19. november 2025`, `19.11.2025`, `19-11-25`). */
const SOME_DATE = /\d{1,2}\.\s*\p{L}{3,}\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}/u;
/** A heading that opens an item (`Punkt 3: …`, `3. …`, `Sag nr. 3`) rather than titling the minutes. */
const ITEM_HEADING = /^(?:punkt|pkt\.?|sag(?:\s+nr\.?)?)?\s*\d/i;

/**
 * Whether the body states a date before its first item (a `Mødedato:` line, a date under the
 * title): the page header is then furniture, as on paper; otherwise it is the meeting's header.
 */
function bodyHasMeetingDate(blocks: readonly Block[]): boolean {
  for (let k = 0; k < blocks.length && k < 40; k++) {
    const b = blocks[k]!;
    if (b.type === 'list-item' || (b.type === 'heading' && ITEM_HEADING.test(b.text.text))) return false;
    if (b.type === 'table') {
      if (b.rows.some((r) => r.cells.some((c) => SOME_DATE.test(c)))) return true;
    } else if (SOME_DATE.test(b.text.text)) return true;
  }
  return false;
}

/** Page numbers and `Side 2 af 5` in a header are no part of the meeting's header. */
const PAGE_FURNITURE = /^(?:side\s+\d+(?:\s*(?:af|\/)\s*\d+)?|\d+)$/i;

/**
 * The page header's paragraphs (and its table's rows, cells side by side), once: the first
 * page's header when it dates the meeting, else the default one, else any other that does.
 */
function pageHeaderBlocks(files: Record<string, Uint8Array>, refs: readonly HeaderRef[], styles: Styles): Block[] {
  const rels = files['word/_rels/document.xml.rels'];
  if (!rels || refs.length === 0) return [];
  const targets = new Map<string, string>();
  parse(
    strFromU8(rels),
    (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'Relationship' && a['Id'] && a['Target']) targets.set(a['Id'], a['Target']);
    },
    () => undefined,
  );
  const order = [...refs.filter((r) => r.type === 'first'), ...refs.filter((r) => r.type === 'default'), ...refs.filter((r) => r.type !== 'first' && r.type !== 'default')];
  const seen = new Set<string>();
  for (const ref of order) {
    const target = targets.get(ref.id);
    const name = target ? `word/${target.replace(/^\/?word\//, '').replace(/^\.\//, '')}` : undefined;
    const xml = name && !seen.has(name) && HEADER_PART.test(name) ? files[name] : undefined;
    if (!xml) continue;
    seen.add(name!);
    const lines: string[] = [];
    for (const part of readBody(strFromU8(xml), styles)) {
      if (part.type === 'p') lines.push(flat(textOf(part.p)));
      else for (const r of part.rows) lines.push(flat(r.cells.map((c) => flat(c.map(textOf).join(' '))).join(' ')));
    }
    const kept = lines.filter((t) => /\p{L}/u.test(t) && !PAGE_FURNITURE.test(t));
    // Only a header that dates the meeting is its header: a logo's line or a committee's name
    // alone says nothing the body lacks.
    if (kept.some((t) => SOME_DATE.test(t))) return kept.map((t) => ({ type: 'paragraph', text: placed(t, { kind: 'docx', text: excerpt(t) }) }));
  }
  return [];
}

const on = (attrs: Record<string, string>, key = 'w:val'): boolean => !['0', 'false', 'off', 'none'].includes(attrs[key] ?? 'true');

function parse(xml: string, open: (tag: SaxesTagPlain, path: string[]) => void, close: (name: string, path: string[]) => void, text?: (t: string, path: string[]) => void): void {
  const parser = new SaxesParser();
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    open(tag as SaxesTagPlain, path);
    if (tag.isSelfClosing) {
      close(tag.name, path);
      path.pop();
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    close(tag.name, path);
    path.pop();
  });
  if (text) parser.on('text', (t) => text(t, path));
  parser.on('error', (e) => {
    throw new DocxError(`XML error: ${e.message}`);
  });
  parser.write(xml).close();
}

function readStyles(bytes: Uint8Array | undefined): Styles {
  const paragraph = new Map<string, StyleDef>();
  const character = new Map<string, StyleDef>();
  let defaultParagraph: string | undefined;
  let defaultSize = 22;
  if (!bytes) return { paragraph, character, defaultSize };
  let cur: { id: string; type: string; def: { -readonly [K in keyof StyleDef]: StyleDef[K] }; isDefault: boolean } | undefined;
  let inDefaults = false;
  parse(
    strFromU8(bytes),
    (tag, path) => {
      const a = tag.attributes as Record<string, string>;
      switch (tag.name) {
        case 'w:docDefaults':
          inDefaults = true;
          break;
        case 'w:style':
          cur = { id: a['w:styleId'] ?? '', type: a['w:type'] ?? 'paragraph', def: { name: '' }, isDefault: on(a, 'w:default') && a['w:default'] !== undefined };
          break;
        case 'w:name':
          if (cur) cur.def.name = a['w:val'] ?? '';
          break;
        case 'w:basedOn':
          if (cur) cur.def.basedOn = a['w:val'];
          break;
        case 'w:outlineLvl':
          if (cur) cur.def.outline = Number(a['w:val']);
          break;
        case 'w:b':
          if (cur && path.includes('w:rPr')) cur.def.bold = on(a);
          break;
        case 'w:sz':
          if (cur && path.includes('w:rPr')) cur.def.size = Number(a['w:val']);
          else if (inDefaults && path.includes('w:rPr')) defaultSize = Number(a['w:val']) || defaultSize;
          break;
        case 'w:numId':
          if (cur) cur.def.numId = a['w:val'];
          break;
        case 'w:ilvl':
          if (cur) cur.def.numLevel = Number(a['w:val']);
          break;
      }
    },
    (name) => {
      if (name === 'w:docDefaults') inDefaults = false;
      if (name === 'w:style' && cur) {
        (cur.type === 'character' ? character : paragraph).set(cur.id, cur.def);
        if (cur.isDefault && cur.type === 'paragraph') defaultParagraph = cur.id;
        cur = undefined;
      }
    },
  );
  return { paragraph, character, defaultParagraph, defaultSize };
}

function readNumbering(bytes: Uint8Array | undefined): Numbering {
  const nums = new Map<string, NumDef>();
  const formats = new Map<string, Map<number, Level>>();
  const styleLinks = new Map<string, string>();
  if (!bytes) return { nums, formats, styleLinks };
  let abstract: string | undefined;
  let level: (Level & { ilvl: number }) | undefined;
  let num: NumDef | undefined;
  let override: { ilvl: number; start?: number; level?: Level } | undefined;
  parse(
    strFromU8(bytes),
    (tag) => {
      const a = tag.attributes as Record<string, string>;
      switch (tag.name) {
        case 'w:abstractNum':
          abstract = a['w:abstractNumId'];
          break;
        case 'w:lvl':
          if (abstract !== undefined || override) level = { ilvl: Number(a['w:ilvl'] ?? 0), format: 'decimal', start: 1, suffix: 'tab', legal: false };
          break;
        case 'w:numFmt':
          if (level) level.format = a['w:val'] ?? 'decimal';
          break;
        case 'w:start':
          if (level) level.start = Number(a['w:val'] ?? 1);
          break;
        case 'w:lvlText':
          if (level) level.text = a['w:val'] ?? '';
          break;
        case 'w:suff':
          if (level) level.suffix = a['w:val'] ?? 'tab';
          break;
        case 'w:isLgl':
          if (level) level.legal = on(a);
          break;
        case 'w:num':
          num = { abstract: '', overrides: new Map() };
          nums.set(a['w:numId'] ?? '', num);
          break;
        case 'w:numStyleLink':
          if (abstract !== undefined && a['w:val']) styleLinks.set(abstract, a['w:val']);
          break;
        case 'w:abstractNumId':
          if (num) (num as { abstract: string }).abstract = a['w:val'] ?? '';
          break;
        case 'w:lvlOverride':
          if (num) override = { ilvl: Number(a['w:ilvl'] ?? 0) };
          break;
        case 'w:startOverride':
          if (override) override.start = Number(a['w:val'] ?? 1);
          break;
      }
    },
    (name) => {
      if (name === 'w:lvl' && level) {
        const { ilvl, ...def } = level;
        if (override) override.level = def;
        else if (abstract !== undefined) {
          if (!formats.has(abstract)) formats.set(abstract, new Map());
          formats.get(abstract)!.set(ilvl, def);
        }
        level = undefined;
      } else if (name === 'w:lvlOverride' && override && num) {
        num.overrides.set(override.ilvl, { start: override.start, level: override.level });
        override = undefined;
      } else if (name === 'w:abstractNum') abstract = undefined;
      else if (name === 'w:num') num = undefined;
    },
  );
  return { nums, formats, styleLinks };
}

/** A style's property, looked up its `basedOn` chain. */
function inherited<K extends keyof StyleDef>(map: Map<string, StyleDef>, id: string | undefined, key: K): StyleDef[K] | undefined {
  for (let i = 0, s = id; s !== undefined && i < 20; i++) {
    const def = map.get(s);
    if (!def) return undefined;
    if (def[key] !== undefined) return def[key];
    s = def.basedOn;
  }
  return undefined;
}

/** Elements whose text Word does not show. */
const UNSHOWN = new Set(['mc:Fallback', 'w:del', 'w:moveFrom']);

function readBody(xml: string, styles: Styles, headerRefs?: HeaderRef[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let paragraphs = 0;
  let tables = 0;
  // Tables nest; a nested table's text goes into the outer cell.
  const tableStack: { index: number; span: number; rows: RawRow[] }[] = [];
  // A text box's paragraphs (inside a run of the paragraph it is anchored to) are paragraphs of
  // their own, before the anchor's.
  const pStack: { -readonly [K in keyof RawParagraph]: RawParagraph[K] }[] = [];
  let p: (typeof pStack)[number] | undefined;
  let run: { bold?: boolean; size?: number; style?: string; hidden?: boolean; text: string } | undefined;
  let inText = false;
  // Inside what Word does not show: the fallback copy of a text box or drawing, deleted and
  // moved-away text of tracked changes.
  let skip = 0;

  const finishRun = () => {
    if (!run || !p) return;
    if (run.text && !run.hidden) {
      const pStyle = p.styleId ?? styles.defaultParagraph;
      const bold = run.bold ?? inherited(styles.character, run.style, 'bold') ?? inherited(styles.paragraph, pStyle, 'bold') ?? false;
      const size = run.size ?? inherited(styles.character, run.style, 'size') ?? inherited(styles.paragraph, pStyle, 'size') ?? styles.defaultSize;
      p.runs.push({ text: run.text, bold, size });
    }
    run = undefined;
  };

  parse(
    xml,
    (tag, path) => {
      if (UNSHOWN.has(tag.name)) skip++;
      if (skip) return;
      const a = tag.attributes as Record<string, string>;
      const inRunProps = path[path.length - 2] === 'w:rPr' && path[path.length - 3] === 'w:r';
      // A tracked change's old properties (`w:pPrChange`) are not the paragraph's.
      const inParaProps = path.includes('w:pPr') && !path.includes('w:rPr') && !path.includes('w:pPrChange');
      switch (tag.name) {
        case 'w:headerReference':
          headerRefs?.push({ type: a['w:type'] ?? 'default', id: a['r:id'] ?? '' });
          break;
        case 'w:tbl':
          tableStack.push({ index: tableStack.length === 0 ? ++tables : 0, span: 1, rows: [] });
          break;
        case 'w:tr':
          tableStack[tableStack.length - 1]?.rows.push({ cells: [], content: [] });
          break;
        case 'w:tc': {
          const t = tableStack[tableStack.length - 1];
          const row = t?.rows[t.rows.length - 1];
          row?.cells.push([]);
          row?.content.push([]);
          break;
        }
        case 'w:gridSpan': {
          const t = tableStack[tableStack.length - 1];
          if (t) t.span = Math.max(1, Math.min(50, Number(a['w:val'] ?? 1) || 1));
          break;
        }
        case 'w:p':
          finishRun();
          p = { index: tableStack.length === 0 ? ++paragraphs : paragraphs, runs: [] };
          pStack.push(p);
          break;
        case 'w:pStyle':
          if (p && inParaProps) p.styleId = a['w:val'];
          break;
        case 'w:outlineLvl':
          if (p && inParaProps) p.outline = Number(a['w:val']);
          break;
        case 'w:numId':
          if (p && inParaProps) p.numId = a['w:val'];
          break;
        case 'w:ilvl':
          if (p && inParaProps) p.numLevel = Number(a['w:val'] ?? 0);
          break;
        case 'w:r':
          finishRun();
          run = { text: '' };
          break;
        case 'w:b':
          if (run && inRunProps) run.bold = on(a);
          break;
        case 'w:sz':
          if (run && inRunProps) run.size = Number(a['w:val']);
          break;
        case 'w:vanish':
          if (run && inRunProps) run.hidden = on(a);
          break;
        case 'w:rStyle':
          if (run && inRunProps) run.style = a['w:val'];
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
        case 'w:ptab': // a positional tab (a right-aligned page number with its leader)
          if (run && !inParaProps) run.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (run) run.text += ' ';
          break;
        case 'w:noBreakHyphen':
          if (run) run.text += '-';
          break;
      }
    },
    (name) => {
      if (skip) {
        if (UNSHOWN.has(name)) skip--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:r':
          finishRun();
          break;
        case 'w:p':
          if (p) {
            finishRun();
            const t = tableStack[tableStack.length - 1];
            const row = t?.rows[t.rows.length - 1];
            const cell = row?.cells[row.cells.length - 1];
            if (cell) {
              cell.push(p);
              row!.content[row!.content.length - 1]!.push({ type: 'p', p });
            } else parts.push({ type: 'p', p });
            pStack.pop();
            p = pStack[pStack.length - 1];
          }
          break;
        case 'w:tc': {
          // A merged cell keeps the columns of the rows below aligned: empty cells after it.
          const t = tableStack[tableStack.length - 1];
          const row = t?.rows[t.rows.length - 1];
          if (t && row) {
            for (let k = 1; k < t.span; k++) {
              row.cells.push([]);
              row.content.push([]);
            }
          }
          if (t) t.span = 1;
          break;
        }
        case 'w:tbl': {
          const t = tableStack.pop();
          if (!t) break;
          const outer = tableStack[tableStack.length - 1];
          const outerRow = outer?.rows[outer.rows.length - 1];
          const outerCell = outerRow?.cells[outerRow.cells.length - 1];
          if (outerCell) {
            // A table inside a cell: its text, row by row, joins the cell (and stays a table
            // where the outer table is only layout).
            for (const r of t.rows) for (const c of r.cells) outerCell.push(...c);
            outerRow!.content[outerRow!.content.length - 1]!.push({ type: 'tbl', index: tableStack[0]!.index, rows: t.rows });
          } else parts.push({ type: 'tbl', index: t.index, rows: t.rows });
          break;
        }
      }
    },
    (t) => {
      if (inText && run && !skip) run.text += t;
    },
  );
  return parts;
}

const textOf = (p: RawParagraph) => p.runs.map((r) => r.text).join('').replace(/\u00ad/g, '');

function toBlocks(read: readonly BodyPart[], styles: Styles, numbering: Numbering): Block[] {
  const parts = expandLayoutTables(read, styles);
  // The body size: the size most characters have.
  const bySize = new Map<number, number>();
  const count = (p: RawParagraph) => {
    for (const r of p.runs) bySize.set(r.size, (bySize.get(r.size) ?? 0) + r.text.length);
  };
  for (const part of parts) {
    if (part.type === 'p') count(part.p);
    else for (const r of part.rows) for (const c of r.cells) c.forEach(count);
  }
  let body = styles.defaultSize;
  let most = -1;
  for (const [s, n] of bySize) if (n > most) [body, most] = [s, n];
  const larger = [...new Set(parts.flatMap((x) => (x.type === 'p' ? x.p.runs.filter((r) => r.text.trim()).map((r) => r.size) : [])))]
    .filter((s) => s >= body * 1.15)
    .sort((a, b) => b - a);

  const lists = new ListNumbers(numbering, styles);
  const blocks: Block[] = [];
  let pendingRows: TableRowBlock[] = [];
  const flushRows = () => {
    if (pendingRows.length > 1) blocks.push({ type: 'table', rows: pendingRows });
    else for (const r of pendingRows) blocks.push({ type: 'paragraph', text: placed(r.cells.join(' '), r.place) });
    pendingRows = [];
  };

  for (const part of parts) {
    if (part.type === 'tbl') {
      flushRows();
      const filled = part.rows.filter((r) => r.cells.some((c) => c.some((q) => textOf(q).trim())));
      if (filled.length === 1) {
        // A table of one row is a line laid out in cells (a template's bar with the item's number
        // and title): its cells read as one paragraph, a heading if it looks like one.
        const runs = filled[0]!.cells.flatMap((c) => c.flatMap((q) => q.runs));
        const text = flat(filled[0]!.cells.map((c) => flat(c.map(textOf).join(' '))).join(' '));
        const place: DocxPlace = { kind: 'docx', table: part.index, row: part.rows.indexOf(filled[0]!) + 1, text: excerpt(text) };
        const level = headingLevelOf({ index: 0, runs }, text, body, larger);
        blocks.push(level > 0 ? { type: 'heading', level, text: placed(text, place) } : { type: 'paragraph', text: placed(text, place) });
        continue;
      }
      const rows: TableRowBlock[] = part.rows.map((r, k) => {
        const cells = r.cells.map((c) => flat(c.map(textOf).join(' ')));
        const runs = r.cells.flatMap((c) => c.flatMap((p) => p.runs)).filter((x) => x.text.trim());
        return { cells, bold: runs.length > 0 && runs.every((x) => x.bold), place: { kind: 'docx', table: part.index, row: k + 1, text: excerpt(cells.join(' ')) } };
      });
      blocks.push({ type: 'table', rows });
      continue;
    }
    const p = part.p;
    const pStyle = p.styleId ?? styles.defaultParagraph;
    // The number Word shows before the text (list or heading numbering); the counter runs on
    // even for an empty paragraph, as in Word.
    const shown = numberOf(p, pStyle, styles, lists);
    const raw = textOf(p);
    let text = raw.trim();
    const place: DocxPlace = { kind: 'docx', paragraph: p.index, text: excerpt(shown?.label && text ? `${shown.label} ${text}` : text) };
    if (!text) {
      flushRows();
      continue;
    }
    const styled = styleHeadingLevel(p, pStyle, styles);
    const name = styleName(styles, pStyle);
    // A contents entry (style `toc 1`, `Indholdsfortegnelse 1`): number, tab, title, tab, page.
    // The tabs inside the entry are Word's layout; only the one before the page is a column.
    if (TOC_STYLE.test(name)) {
      const cells = text.split(/\t+/);
      text = cells.length > 2 ? `${cells.slice(0, -1).join(' ')}\t${cells[cells.length - 1]}` : text;
    }
    // Lines laid out with tabs (a text file opened in Word, an old template, a contents entry):
    // a table row. A heading's tab (`1.<tab>Title`) is only space.
    if (styled === 0 && /\S\t+\S/.test(text)) {
      const runs = p.runs.filter((r) => r.text.trim());
      const cells = text.split(/\t+/);
      if (shown?.label && !shown.bullet) cells[0] = `${shown.label} ${cells[0]}`;
      pendingRows.push({ cells, bold: runs.every((r) => r.bold), place });
      continue;
    }
    flushRows();
    const level = styled || headingLevelOf(p, text, body, larger);
    const b = new PlacedBuilder();
    if (level > 0) {
      // A numbered heading reads as Word shows it: `Punkt 3: Title`, `2.1 Title`.
      b.add(shown?.label && !shown.bullet ? `${shown.label}${shown.glue}${text}` : text, place);
      blocks.push({ type: 'heading', level, text: b.build() });
      continue;
    }
    b.add(text, place);
    if (shown?.label) {
      blocks.push({ type: 'list-item', marker: shown.label, text: b.build() });
      continue;
    }
    blocks.push({ type: 'paragraph', text: b.build() });
  }
  flushRows();
  return blocks;
}

/**
 * A table used for layout, not for figures: a template's narrow column with the item's number and
 * the case in the next column, with its headings, lists and tables. Such a table has at most three
 * columns and a cell of running text (three paragraphs or more, a table inside, or a long text).
 */
function isLayoutTable(t: { rows: readonly RawRow[] }, styles: Styles): boolean {
  let prose = false;
  for (const r of t.rows) {
    if (r.content.filter((c) => c.some((x) => shows(x, styles))).length > 3) return false;
    // An amount beside the first column: figures, a table to check (with a column of remarks).
    for (let k = 1; k < r.cells.length; k++) if (AMOUNT_CELL.test(flat(r.cells[k]!.map(textOf).join(' ')))) return false;
    for (const c of r.content) {
      if (prose) break;
      let paragraphs = 0;
      let length = 0;
      for (const x of c) {
        if (x.type === 'tbl') prose = true;
        else if (shows(x, styles)) {
          paragraphs++;
          length += textOf(x.p).length;
        }
      }
      prose ||= paragraphs >= 3 || length >= 300;
    }
  }
  return prose;
}

const AMOUNT_CELL = /^[-−÷+]?\s?\d{1,3}(?:[.\s\u00a0]\d{3})*(?:,\d+)?\s?(?:(?:mio\.?\s?)?kr\.?|%)?$/;

/** Whether a part shows anything: text, a table, or a number of Word's. */
function shows(x: BodyPart, styles: Styles): boolean {
  if (x.type === 'tbl') return true;
  if (textOf(x.p).trim()) return true;
  const numId = x.p.numId ?? inherited(styles.paragraph, x.p.styleId ?? styles.defaultParagraph, 'numId');
  return numId !== undefined && numId !== '0';
}

/**
 * Layout tables give way to what is in their cells, in reading order, row by row. A number alone
 * in a row's first cell (`3.`, `Punkt 3`, or Word's own number on an empty paragraph) stands on
 * the line of the next cell's first paragraph, as Word shows them side by side.
 */
function expandLayoutTables(parts: readonly BodyPart[], styles: Styles): BodyPart[] {
  const out: BodyPart[] = [];
  for (const part of parts) {
    if (part.type !== 'tbl' || !isLayoutTable(part, styles)) {
      out.push(part);
      continue;
    }
    for (const row of part.rows) {
      const cells = row.content.map((c) => c.filter((x) => shows(x, styles))).filter((c) => c.length > 0);
      let k = 0;
      const label = cells[0]?.length === 1 && cells[0][0]!.type === 'p' ? cells[0][0]!.p : undefined;
      const next = cells[1]?.[0];
      if (label && next?.type === 'p' && textOf(label).trim().length <= 16 && (/\d/.test(textOf(label)) || !textOf(label).trim())) {
        const first = next.p;
        const size = label.runs[0]?.size ?? first.runs[0]?.size ?? styles.defaultSize;
        // The label's own number (on the paragraph or by its style) goes with it.
        const labelStyle = label.styleId ?? styles.defaultParagraph;
        const numId = label.numId ?? inherited(styles.paragraph, labelStyle, 'numId');
        const numbered = numId !== undefined && numId !== '0';
        const numLevel = label.numLevel ?? (label.numId !== undefined ? 0 : (inherited(styles.paragraph, labelStyle, 'numLevel') ?? 0));
        out.push({
          type: 'p',
          p: { ...first, numId: numbered ? numId : first.numId, numLevel: numbered ? numLevel : first.numLevel, runs: [...label.runs, { text: ' ', bold: false, size }, ...first.runs] },
        });
        out.push(...expandLayoutTables(cells[1]!.slice(1), styles));
        k = 2;
      } else if (label && next?.type === 'p' && FIELD_LABEL.test(textOf(label).trim()) && textOf(next.p).trim().length <= 120) {
        // A label column (`Sagsnr.:` | `25/1001`, `Ansvarlig` | `Vej og Park`): the label and its
        // value are one line, as Word shows them side by side, not a bold line of its own.
        const size = label.runs[0]?.size ?? next.p.runs[0]?.size ?? styles.defaultSize;
        out.push({ type: 'p', p: { ...next.p, runs: [...label.runs, { text: ' ', bold: false, size }, ...next.p.runs] } });
        out.push(...expandLayoutTables(cells[1]!.slice(1), styles));
        k = 2;
      }
      for (; k < cells.length; k++) out.push(...expandLayoutTables(cells[k]!, styles));
    }
  }
  return out;
}

/**
 * Labels of a case's fields (not its sections: `Beslutning` beside its text stays a heading): in a
 * layout table's left column they go with the value beside them.
 */
const FIELD_LABEL = /^(?:sags?\s*nr\.?|sagsnummer|j\.\s*nr\.?|journal\s*nr\.?|journalnummer|dok(?:ument)?\.?\s*nr\.?|sagsbehandler|ansvarlig|ansvarlig forvaltning|forvaltning|afdeling|kle(?:-nr\.?)?|emne|dato|mødedato|mødested|sted|tidspunkt|udvalg|fraværende|afbud|deltagere|til stede|åben\/lukket|status)\s*:?$/i;

const TOC_STYLE = /^(?:toc|indholdsfortegnelse|innehållsförteckning|inhaltsverzeichnis)\s*\d$/i;

/** A style's name (`heading 1`, `Overskrift 1`), or its id when it has none. */
function styleName(styles: Styles, id: string | undefined): string {
  return ((id && styles.paragraph.get(id)?.name) || id || '').trim();
}

/**
 * Word's list counters: what a numbered paragraph shows before its text (`1.`, `Punkt 3:`, `2.1`,
 * `b)`, `IV.`), from the level's `lvlText` and `numFmt`. Lists that share an abstract list count
 * on together, as in Word; a list with a start of its own (`lvlOverride`) restarts the count.
 */
class ListNumbers {
  private readonly counters = new Map<string, number[]>();
  private readonly used = new Set<string>();
  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  /**
   * The abstract list that holds the levels: a list made from a list style (`numStyleLink`) has
   * none of its own; they are in the list the style's `numId` names.
   */
  private abstractOf(num: NumDef): string {
    let abstract = num.abstract;
    for (let i = 0; i < 5 && !this.numbering.formats.has(abstract); i++) {
      const link = this.numbering.styleLinks.get(abstract);
      const linked = link !== undefined ? this.numbering.nums.get(this.styles.paragraph.get(link)?.numId ?? '') : undefined;
      if (!linked) break;
      abstract = linked.abstract;
    }
    return abstract;
  }

  next(numId: string, ilvl: number): { label: string; glue: string; bullet: boolean } | undefined {
    const def = this.numbering.nums.get(numId);
    if (!def) return undefined;
    const num: NumDef = { abstract: this.abstractOf(def), overrides: def.overrides };
    const levelOf = (l: number): Level | undefined => num.overrides.get(l)?.level ?? this.numbering.formats.get(num.abstract)?.get(l);
    const startOf = (l: number): number => num.overrides.get(l)?.start ?? levelOf(l)?.start ?? 1;
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const values = this.counters.get(num.abstract) ?? [];
    if (!this.used.has(numId)) {
      // A list with a start of its own (`startOverride`) begins the abstract list again at its
      // first paragraph; lists without one count on (LibreOffice writes the first heading so).
      this.used.add(numId);
      for (const [l, o] of num.overrides) if (o.start !== undefined || o.level) values.length = Math.min(values.length, l);
    }
    values[ilvl] = values[ilvl] === undefined ? startOf(ilvl) : values[ilvl]! + 1;
    values.length = ilvl + 1;
    this.counters.set(num.abstract, values);
    if (level.format === 'bullet') return { label: '-', glue: ' ', bullet: true };
    const label = (level.text ?? `%${ilvl + 1}.`)
      .replace(/%([1-9])/g, (_, d: string) => {
        const l = Number(d) - 1;
        return shownNumber(values[l] ?? startOf(l), level.legal ? 'decimal' : l === ilvl ? level.format : (levelOf(l)?.format ?? 'decimal'));
      })
      .trim();
    return { label, glue: level.suffix === 'nothing' ? '' : ' ', bullet: false };
  }
}

/** A counter as a level's `numFmt` shows it. */
function shownNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      // Word: a … z, aa … zz, aaa …
      const s = String.fromCharCode(97 + ((Math.max(1, n) - 1) % 26)).repeat(Math.ceil(Math.max(1, n) / 26));
      return format === 'upperLetter' ? s.toUpperCase() : s;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const s = roman(n);
      return format === 'lowerRoman' ? s.toLowerCase() : s;
    }
    case 'ordinal':
      return `${n}.`;
    case 'decimalEnclosedParen':
      return `(${n})`;
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of parts) while (n >= v) [s, n] = [s + r, n - v];
  return s;
}

/** The number a paragraph shows: its own `numPr`, or its style's (heading numbering); `numId` 0 is none. */
function numberOf(p: RawParagraph, pStyle: string | undefined, styles: Styles, lists: ListNumbers): { label: string; glue: string; bullet: boolean } | undefined {
  const numId = p.numId ?? inherited(styles.paragraph, pStyle, 'numId');
  if (!numId || numId === '0') return undefined;
  // A level on the paragraph wins; a list on the paragraph without one is at level 0.
  const ilvl = p.numLevel ?? (p.numId !== undefined ? 0 : (inherited(styles.paragraph, pStyle, 'numLevel') ?? 0));
  return lists.next(numId, ilvl) ?? { label: '-', glue: ' ', bullet: true };
}

/** A heading by its style: an outline level, or a name `Heading 2` / `Overskrift 2` / `Title` up its `basedOn` chain. */
function styleHeadingLevel(p: RawParagraph, pStyle: string | undefined, styles: Styles): number {
  const outline = p.outline ?? inherited(styles.paragraph, pStyle, 'outline');
  if (outline !== undefined && outline >= 0 && outline < 9) return Math.min(6, outline + 1);
  for (let i = 0, s = pStyle; s !== undefined && i < 20; i++) {
    const name = styleName(styles, s);
    const m = /^(?:heading|overskrift)\s*(\d)$/i.exec(name);
    if (m) return Math.min(6, Number(m[1]));
    if (/^(title|titel)$/i.test(name)) return 1;
    s = styles.paragraph.get(s)?.basedOn;
  }
  return 0;
}

/** A heading by its look: a short line that is all bold, or set larger than the body text. */
function headingLevelOf(p: RawParagraph, text: string, body: number, larger: readonly number[]): number {
  const runs = p.runs.filter((r) => r.text.trim());
  if (runs.length === 0 || text.length > 120 || !/\p{L}/u.test(text)) return 0;
  const size = Math.max(...runs.map((r) => r.size));
  if (runs.every((r) => r.size >= body * 1.15)) return Math.min(4, larger.indexOf(size) + 1 || larger.length + 1);
  if (runs.every((r) => r.bold) && !/[.!?]$/.test(text)) return Math.min(4, larger.length + 1);
  return 0;
}

function excerpt(s: string): string {
  const t = flat(s);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
