import type { Messages } from '../i18n/messages';
import { Position, Range, containsPosition } from '../text/range';
import { abs, formatAmount } from './amount';
import type { Computation, Part, Status, TableArithmetic } from './arithmetic';

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
    const blocks = here.map((c) => hoverBlock(c, t.grid.unit, msg));
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

export interface TableLens {
  readonly range: Range;
  readonly title: string;
  readonly status: Status;
}

/** Worst status first: what a reviewer must see. */
function worst(cs: readonly Computation[]): Status {
  return cs.some((c) => c.status === 'error') ? 'error' : cs.some((c) => c.status === 'rounding') ? 'rounding' : 'ok';
}

function lensTitle(what: string, cs: readonly Computation[], msg: Messages): string {
  const status = worst(cs);
  if (status === 'ok') return msg.tableLensOk(what);
  if (status === 'rounding') return msg.tableLensRounding(what, cs.filter((c) => c.status === 'rounding').length);
  const e = cs.find((c) => c.status === 'error')!;
  return msg.tableLensError(what, `${e.column.header} ${fmt(e, e.difference)}`);
}

/** One lens per total row (on the row) and per column relation (on the header row). */
export function tableLenses(tables: readonly TableArithmetic[], msg: Messages): TableLens[] {
  const lenses: TableLens[] = [];
  for (const t of tables) {
    for (const total of t.totals) {
      const cs = t.computations.filter((c) => c.total === total);
      if (cs.length === 0) continue;
      lenses.push({ range: total.row.range, title: lensTitle(msg.tableLensRowTotal(total.row.label), cs, msg), status: worst(cs) });
    }
    for (const relation of t.relations) {
      const cs = t.computations.filter((c) => c.relation === relation);
      if (cs.length === 0) continue;
      const text = `${t.grid.columns[relation.target]!.header} = ${partsText(cs[0]!, msg)}`;
      const at = t.table.rows[0]!.range;
      lenses.push({ range: at, title: lensTitle(msg.tableLensRelation(text), cs, msg), status: worst(cs) });
    }
  }
  return lenses;
}

export interface TableReviewEntry {
  readonly label: string;
  readonly detail: string;
  readonly status: Status;
  readonly range: Range;
}

export interface TableReviewTable {
  readonly title: string;
  readonly summary: string;
  readonly range: Range;
  readonly unit?: string;
  readonly entries: readonly TableReviewEntry[];
}

/**
 * The review panel's content: every table, each total and relation row with its status, the
 * non-matching ones first within a table; each entry points at its cell.
 */
export function tableReview(tables: readonly TableArithmetic[], msg: Messages): TableReviewTable[] {
  return tables.map((t, i) => {
    const entries: TableReviewEntry[] = t.computations.map((c) => ({
      label: `${c.status === 'ok' ? '✓' : c.status === 'rounding' ? '≈' : '✗'} ${whatText(c, msg)}`,
      detail: c.status === 'ok' ? `${fmt(c, c.stated.amount)} = ${partsText(c, msg)}` : computationMessage(c, t.grid.unit, msg),
      status: c.status,
      range: c.stated.range,
    }));
    const rank: Record<Status, number> = { error: 0, rounding: 1, ok: 2 };
    entries.sort((a, b) => rank[a.status] - rank[b.status]);
    const errors = entries.filter((e) => e.status === 'error').length;
    const rounding = entries.filter((e) => e.status === 'rounding').length;
    const first = t.table.rows.find((r) => !r.separator)?.cells.find((c) => c.text.length > 0)?.text ?? '';
    return {
      title: `${msg.tableReviewTitle(i + 1)} (${t.table.range.start.line + 1}): ${first.replace(/<[^>]*>|\*\*/g, '').slice(0, 50)}`,
      summary: entries.length === 0 ? msg.tableReviewNone() : msg.tableReviewSummary(entries.length, rounding, errors),
      range: t.table.range,
      unit: t.grid.unit,
      entries,
    };
  });
}
