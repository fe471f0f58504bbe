import { tablesArithmetic } from '../analysis/tableArithmetic';
import type { Messages } from '../i18n/messages';
import type { MinutesDocument } from '../model/minutes';
import type { Position, Range } from '../text/range';
import { TableLens, TableReviewTable, tableHover, tableLenses, tableReview } from '../tables/describe';

/** Editor features over the tables' arithmetic (computed once per document, shared with the checks). */

/** Hover on a stated total: its parts and the computation, as Markdown. */
export function tableHoverAt(doc: MinutesDocument, at: Position, msg: Messages): { range: Range; markdown: string } | undefined {
  return tableHover(tablesArithmetic(doc), at, msg);
}

/** ✓ / ≈ / ✗ per total row and per column relation. */
export function tableCodeLenses(doc: MinutesDocument, msg: Messages): TableLens[] {
  return tableLenses(tablesArithmetic(doc), msg);
}

/** What the review panel («Tabelkontrol») lists: every table, every total, its status. */
export function tableReviewOf(doc: MinutesDocument, msg: Messages): TableReviewTable[] {
  return tableReview(tablesArithmetic(doc), msg);
}
