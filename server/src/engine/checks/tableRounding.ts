import { tablesArithmetic } from '../analysis/tableArithmetic';
import { computationMessage } from '../tables/describe';
import type { Check } from './check';

/**
 * Rounding differences are worth knowing, not wrong: one finding per table, not a squiggle per
 * row. It sits on the first such cell; its message names the rows, and every rounding
 * difference is a related location with its own computation. A table with one rounding
 * difference gets that computation's message.
 */
export const tableRounding: Check = {
  code: 'table-rounding',
  defaultSeverity: 'information',
  tags: ['tables'],
  description: {
    da: 'Afrundingsdifferencer: totaler eller kolonnesammenhænge, der afviger med højst en halv enhed pr. del, hvad afrunding af de enkelte beløb kan forklare. Ét fund pr. tabel, der nævner rækkerne.',
    en: 'Rounding differences: totals or column relations off by at most half a unit per part, which rounding of the individual amounts explains. One finding per table, naming the rows.',
  },
  run(ctx) {
    for (const t of tablesArithmetic(ctx.doc)) {
      const rounding = t.computations.filter((c) => c.status === 'rounding');
      if (rounding.length === 0) continue;
      const first = rounding.reduce((a, b) => (b.stated.range.start.line < a.stated.range.start.line || (b.stated.range.start.line === a.stated.range.start.line && b.stated.range.start.character < a.stated.range.start.character) ? b : a));
      const related = rounding.map((c) => ({ range: c.stated.range, message: computationMessage(c, t.grid.unit, ctx.msg) }));
      if (rounding.length === 1) {
        ctx.report({ range: first.stated.range, message: related[0]!.message, related });
        continue;
      }
      const rows = [...new Set([...rounding].sort((a, b) => a.stated.range.start.line - b.stated.range.start.line).map((c) => c.row.label))];
      ctx.report({ range: first.stated.range, message: ctx.msg.tableRoundingMany(rounding.length, rows), related });
    }
  },
};
