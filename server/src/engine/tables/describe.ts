import type { Messages } from '../i18n/messages';
import { Position, Range, containsPosition } from '../text/range';
import { abs, formatAmount } from './amount';
import { Computation, Part, Status, TableArithmetic, verifiedFix } from './arithmetic';
import { entangled, oneCellFix } from './oneCellFix';

/**
 * Words and pictures of the table arithmetic: finding messages, the hover, code-lens titles
 * and the review panel's entries. Pure text; the LSP adapter only ships it.
 */

const fmt = (c: Computation, a = c.computed) => formatAmount(a, c.decimals);

/** `Med overførselsadgang + Projekter med ekstern finansiering`, `Korrigeret budget − Regnskab`. */
export function partsText(c: Computation, msg: Messages): string {
  if (c.kind === 'sum' && c.parts.length > 5) return msg.tableManyRows(c.parts[0]!.label, c.parts[c.parts.length - 1]!.label, c.parts.length);
  return c.parts.map((p, i) => `${i === 0 ? (p.sign === 1 ? '' : '−') : p.sign === 1 ? ' + ' : ' − '}${p.label}`).join('');
}

export function whatText(c: Computation, msg: Messages): string {
  return c.kind === 'sum' ? msg.tableSumWhat(c.row.label, c.column.header) : msg.tableRelationWhat(c.row.label, c.column.header);
}

export function computationMessage(c: Computation, unit: string | undefined, msg: Messages): string {
  const u = unit ? msg.tableUnit(unit) : '';
  const what = whatText(c, msg);
  const stated = fmt(c, c.stated.amount);
  const computed = fmt(c);
  const diff = fmt(c, c.difference);
  const parts = partsText(c, msg);
  if (c.status === 'rounding') return msg.tableRounding(what, stated, computed, diff, parts, u);
  const base = c.kind === 'sum' ? msg.tableSum(what, stated, computed, diff, parts, u) : msg.tableRelation(what, parts, stated, computed, diff, u);
  return c.total?.guessed ? base + msg.tableGuessed() : base;
}

/**
 * Hover text for the cell at a position: each computation whose stated cell it is, as an
 * aligned column of the parts and the sum (Markdown, one fenced block per computation).
 */
export function tableHover(tables: readonly TableArithmetic[], at: Position, msg: Messages): { range: Range; markdown: string } | undefined {
  for (const t of tables) {
    if (at.line < t.table.range.start.line || at.line > t.table.range.end.line) continue;
    const here = t.computations.filter((c) => containsPosition(c.stated.range, at));
    if (here.length === 0) continue;
    const blocks = here.map((c) => hoverBlock(c, t.grid.unit, msg) + fixNote(t, c, msg));
    return { range: here[0]!.stated.range, markdown: blocks.join('\n\n---\n\n') };
  }
  return undefined;
}

function hoverBlock(c: Computation, unit: string | undefined, msg: Messages): string {
  const numbers = c.parts.map((p: Part) => formatAmount(abs(p.cell.amount), c.decimals));
  const computed = fmt(c);
  const width = Math.max(computed.length, ...numbers.map((n) => n.length)) + 1;
  const lines = c.parts.map((p, i) => {
    const negative = (p.sign === -1) !== p.cell.amount.units < 0n;
    return `${i === 0 ? (negative ? '−' : ' ') : negative ? '−' : '+'} ${numbers[i]!.padStart(width)}  ${p.label}`;
  });
  lines.push(`${'='} ${computed.padStart(width)}`);
  if (c.status !== 'ok') lines.push(`  ${fmt(c, c.stated.amount).padStart(width)}  ${msg.tableHoverStated()} (${msg.tableHoverDifference()} ${fmt(c, c.difference)})`);
  const head = `**${whatText(c, msg)}**${unit ? ` · ${unit}` : ''} — ${msg.tableStatus(c.status)}`;
  return `${head}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``;
}

/**
 * Under an error's hover: the fix, when several errors are one slip; or why there is none
 * (which other totals disagree), so a total without a quick fix is never a mystery.
 */
function fixNote(t: TableArithmetic, c: Computation, msg: Messages): string {
  if (c.status !== 'error') return '';
  const one = oneCellFix(t);
  if (one?.resolves.has(c)) return `\n\n${msg.tableHoverOneCell(one.rowLabel, one.column.header, one.value, one.resolves.size)}`;
  if (!entangled(t, c) && verifiedFix(t, c) !== undefined) return '';
  const others = t.computations.filter((x) => x.status === 'error' && x !== c).map((x) => whatText(x, msg));
  if (others.length === 0) return `\n\n${msg.tableHoverNoFixAlone()}`;
  const shown = others.length > 4 ? [...others.slice(0, 3), msg.tableManyOthers(others.length - 3)] : others;
  return `\n\n${msg.tableHoverNoFixOthers(msg.listAnd(shown))}`;
}

export interface TableLens {
  readonly range: Range;
  readonly title: string;
  readonly status: Status;
  /** The table's first line (0-based): the review panel opens at this table. */
  readonly tableLine: number;
}

/** Worst status first: what a reviewer must see. */
function worst(cs: readonly Computation[]): Status {
  return cs.some((c) => c.status === 'error') ? 'error' : cs.some((c) => c.status === 'rounding') ? 'rounding' : 'ok';
}

/** The table's verdict as a sentence: all totals add up, all but rounding, or what is wrong first. */
function verdict(cs: readonly Computation[], msg: Messages): string {
  const status = worst(cs);
  if (status === 'ok') return msg.tableLensOk(cs.length);
  if (status === 'rounding') return msg.tableLensRounding(cs.length, cs.filter((c) => c.status === 'rounding').length);
  const errors = cs.filter((c) => c.status === 'error');
  const e = errors[0]!;
  return msg.tableLensError(errors.length, whatText(e, msg), fmt(e, e.difference));
}

/** One lens per table with totals, on its first line: the table's verdict. */
export function tableLenses(tables: readonly TableArithmetic[], msg: Messages): TableLens[] {
  const lenses: TableLens[] = [];
  for (const t of tables) {
    if (t.computations.length === 0) continue;
    lenses.push({ range: t.table.rows[0]!.range, title: verdict(t.computations, msg), status: worst(t.computations), tableLine: t.table.range.start.line });
  }
  return lenses;
}

export interface TableReviewEntry {
  readonly label: string;
  readonly detail: string;
  readonly status: Status;
  readonly range: Range;
  /** The stated cell (row index into `TableReviewTable.rows`, cell index). */
  readonly cell: readonly [number, number];
  /** The cells it is computed from, with their sign. */
  readonly parts: readonly (readonly [number, number, 1 | -1])[];
}

export interface TableReviewRow {
  readonly line: number;
  readonly separator: boolean;
  /** The cells as written, markup (`<b>`, `**`) removed; `bold` says it was there. */
  readonly cells: readonly string[];
  readonly bold: boolean;
}

export interface TableReviewTable {
  /** Where the table stands: `Punkt 2 · Økonomi · Drift`. */
  readonly title: string;
  readonly summary: string;
  readonly range: Range;
  readonly unit?: string;
  readonly status: Status | 'none';
  readonly verdict: string;
  readonly rows: readonly TableReviewRow[];
  readonly entries: readonly TableReviewEntry[];
}

const MARKUP = /<\/?b>|\*\*/gu;
const plain = (s: string) => s.replace(MARKUP, '').trim();

/**
 * The review panel's content: every table named by where it stands (`place`), drawn as a grid,
 * each total and relation with its status and the cells it adds up; the non-matching ones first
 * within a table, tables without totals last.
 */
export function tableReview(tables: readonly TableArithmetic[], msg: Messages, place: (t: TableArithmetic, i: number) => string = (_t, i) => msg.tableReviewTitle(i + 1)): TableReviewTable[] {
  const out = tables.map((t, i) => {
    const entries: TableReviewEntry[] = t.computations.map((c) => ({
      label: whatText(c, msg),
      detail: c.status === 'ok' ? `${fmt(c, c.stated.amount)} = ${partsText(c, msg)}` : computationMessage(c, t.grid.unit, msg),
      status: c.status,
      range: c.stated.range,
      cell: [c.stated.row, c.stated.column] as const,
      parts: c.parts.map((p) => [p.cell.row, p.cell.column, p.sign] as const),
    }));
    const rank: Record<Status, number> = { error: 0, rounding: 1, ok: 2 };
    entries.sort((a, b) => rank[a.status] - rank[b.status]);
    const errors = entries.filter((e) => e.status === 'error').length;
    const rounding = entries.filter((e) => e.status === 'rounding').length;
    const rows: TableReviewRow[] = t.table.rows.map((r) => ({ line: r.line, separator: r.separator, cells: r.cells.map((c) => plain(c.text)), bold: r.cells.some((c) => c.text.startsWith('<b>') || c.text.startsWith('**')) }));
    return {
      title: place(t, i),
      summary: entries.length === 0 ? msg.tableReviewNone() : msg.tableReviewSummary(entries.length, rounding, errors),
      range: t.table.range,
      unit: t.grid.unit,
      status: entries.length === 0 ? ('none' as const) : worst(t.computations),
      verdict: entries.length === 0 ? msg.tableReviewNone() : verdict(t.computations, msg),
      rows,
      entries,
    };
  });
  // Tables without totals last (stable: document order otherwise).
  return [...out.filter((t) => t.entries.length > 0), ...out.filter((t) => t.entries.length === 0)];
}
