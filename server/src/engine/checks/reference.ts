import { proseLineAt, proseLines } from '../analysis/prose';
import { linesContainingAny } from '../analysis/search';
import { recommendationPoints } from '../analysis/recommendationPoints';
import type { AgendaItem, Table } from '../model/minutes';
import { Range, lineRange } from '../text/range';
import type { Check, CheckContext } from './check';
import { itemLabel } from '../model/text';

/** `indstillingspunkt 2`, `Indstillingspunkt 3-4`, `indstillingspunkterne 1–3` */
const REFERENCE = /(?<!\p{L})indstillingspunkt(?:et|er|erne)?\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?!\d)/giu;
/** What a line must hold for `REFERENCE` to be tried on it (neither needle can overlap the other). */
const MENTIONS = ['ndstillingspunkt', 'NDSTILLINGSPUNKT'];
const COLUMN = /^(?:<b>|\*\*)?\s*indstillingspunkt\s*(?:<\/b>|\*\*)?$/iu;
const COLUMN_WORD = 'indstillingspunkt'.length;

export const reference: Check = {
  code: 'reference',
  defaultSeverity: 'warning',
  tags: ['prose'],
  description: {
    da: '«Indstillingspunkt N» i tekst eller tabel peger på et punkt, som punktets indstilling ikke har.',
    en: '"Indstillingspunkt N" in text or a table points to a point the item\'s recommendation does not have.',
  },
  run(ctx) {
    const points = new Map<AgendaItem, number[]>();
    const pointsOf = (item: AgendaItem) => {
      let p = points.get(item);
      if (!p) points.set(item, (p = recommendationPoints(ctx.doc, item)));
      return p;
    };
    // Nearly no line mentions a point: one search over the text finds those that do, and the
    // regular expression runs on them only.
    // (`punkt` is searched for and `ndstillings` checked before it: 52 → 18 µs on the real minutes.)
    const mentions = linesContainingAny(ctx.doc, MENTIONS, 'punkt'.length);
    // The mentioning lines looked up among the prose lines, in line order (as the prose lines
    // are), rather than every prose line looked up among them (the check's own time in the
    // profile, searches aside: ≈0.9 → ≈0.7% of the analysis).
    const all = mentions.size === 0 ? [] : proseLines(ctx.doc);
    for (const line of [...mentions].sort((a, b) => a - b)) {
      const prose = proseLineAt(all, line);
      if (!prose) continue;
      REFERENCE.lastIndex = 0;
      for (let m = REFERENCE.exec(prose.text); m; m = REFERENCE.exec(prose.text)) {
        const from = Number(m[1]);
        const to = m[2] ? Number(m[2]) : from;
        for (let n = from; n <= Math.min(to, from + 50); n++) verify(ctx, prose.item, pointsOf(prose.item), n, lineRange(prose.line, m.index, m.index + m[0].length));
      }
    }
    // A table column headed `Indstillingspunkt` holds point numbers.
    for (const item of ctx.doc.items) {
      for (const table of item.preamble.tables) verifyColumn(ctx, item, pointsOf, table);
      for (const s of item.sections) for (const table of s.tables) verifyColumn(ctx, item, pointsOf, table);
    }
  },
};

function verifyColumn(ctx: CheckContext, item: AgendaItem, pointsOf: (item: AgendaItem) => readonly number[], table: Table): void {
  const header = table.rows.find((r) => !r.separator);
  // `COLUMN` holds the word's 17 letters: a shorter cell (most headers) is not tried.
  const col = header?.cells.findIndex((c) => c.text.length >= COLUMN_WORD && COLUMN.test(c.text)) ?? -1;
  if (!header || col < 0) return;
  for (const row of table.rows) {
    if (row === header || row.separator) continue;
    const cell = row.cells[col];
    const m = cell && /^(\d{1,2})$/.exec(cell.text.trim());
    if (m) verify(ctx, item, pointsOf(item), Number(m[1]), cell.range);
  }
}

function verify(ctx: CheckContext, item: AgendaItem, points: readonly number[], n: number, range: Range): void {
  if (points.includes(n)) return;
  ctx.report({
    range,
    message: points.length === 0 ? ctx.msg.referenceNoPoints(n, itemLabel(item)) : ctx.msg.referenceMissing(n, itemLabel(item), ctx.msg.listJoin(points.map(String))),
  });
}
