import { tablesArithmetic } from '../analysis/tableArithmetic';
import type { Messages } from '../i18n/messages';
import type { MinutesDocument, SubHeading, Table } from '../model/minutes';
import type { Position, Range } from '../text/range';
import { TableLens, TableReviewTable, tableHover, tableLenses, tableReview } from '../tables/describe';

/** Editor features over the tables' arithmetic (computed once per document, shared with the checks). */

/** Hover on a stated total: its parts and the computation, as Markdown. */
export function tableHoverAt(doc: MinutesDocument, at: Position, msg: Messages): { range: Range; markdown: string } | undefined {
  return tableHover(tablesArithmetic(doc), at, msg);
}

/** ✓ / ≈ / ✗: one lens per table with totals, its verdict. */
export function tableCodeLenses(doc: MinutesDocument, msg: Messages): TableLens[] {
  return tableLenses(tablesArithmetic(doc), msg);
}

/** What the review panel («Tabelkontrol») lists: every table, every total, its status. */
export function tableReviewOf(doc: MinutesDocument, msg: Messages): TableReviewTable[] {
  const places = tablePlaces(doc, msg);
  return tableReview(tablesArithmetic(doc), msg, (t, i) => places.get(t.table) ?? msg.tableReviewTitle(i + 1));
}

const clean = (s: string) => s.replace(/<\/?b>|\*\*|^#+\s*/gu, '').replace(/[:.]$/u, '').trim();

/**
 * Each table named by where it stands: item, section and the nearest sub-heading above it
 * (`Punkt 2 · Økonomi · Drift`). Two tables with the same name get their line number.
 */
export function tablePlaces(doc: MinutesDocument, msg: Messages): Map<Table, string> {
  const names = new Map<Table, string>();
  const nearest = (subs: readonly SubHeading[], line: number) => {
    let found: SubHeading | undefined;
    for (const s of subs) if (s.line < line) found = s;
    return found ? clean(found.text) : undefined;
  };
  for (const item of doc.items) {
    const base = msg.tableReviewItem(item.number.value);
    for (const t of item.preamble.tables) names.set(t, [base, nearest(item.preamble.subHeadings, t.range.start.line)].filter(Boolean).join(' · '));
    for (const section of item.sections) {
      for (const t of section.tables) names.set(t, [base, clean(section.heading.value), nearest(section.subHeadings, t.range.start.line)].filter(Boolean).join(' · '));
    }
  }
  const count = new Map<string, number>();
  for (const n of names.values()) count.set(n, (count.get(n) ?? 0) + 1);
  for (const [t, n] of names) if ((count.get(n) ?? 0) > 1) names.set(t, `${n} (${msg.tableReviewLine(t.range.start.line + 1)})`);
  return names;
}
