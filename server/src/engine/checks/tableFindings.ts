import { tablesArithmetic } from '../analysis/tableArithmetic';
import { Computation, verifiedFix } from '../tables/arithmetic';
import { computationMessage } from '../tables/describe';
import { formatAmount } from '../tables/amount';
import { entangled, oneCellFix } from '../tables/oneCellFix';
import type { Fix } from './check';
import type { CheckContext } from './check';

/**
 * Reports the computations of one kind and status (the three table checks differ only in
 * which they pick). Errors carry a fix that writes the computed value in the cell's own style
 * when that makes the table consistent again; it is not `safe`: which of two disagreeing numbers is wrong is the reviewer's call.
 * When several errors of a table are one slip (a wrong subtotal inside a grand total, a wrong
 * row amount under its subtotal and its `Afvigelse`), each of them offers the one cell's fix
 * instead (tables/oneCellFix.ts): the fix of any single total would hide the slip.
 */
export function reportComputations(ctx: CheckContext, pick: (c: Computation) => boolean): void {
  for (const t of tablesArithmetic(ctx.doc)) {
    let shared: Fix[] | undefined;
    for (const c of t.computations) {
      if (!pick(c)) continue;
      const one = c.status === 'error' ? oneCellFix(t) : undefined;
      let fixes: Fix[] | undefined;
      if (one?.resolves.has(c)) fixes = shared ??= [{ title: ctx.msg.fixTableCell(one.rowLabel, one.column.header, one.value), edits: [{ range: one.cell.range, newText: one.text }], safe: false }];
      else {
        const fixText = c.status === 'error' && !entangled(t, c) ? verifiedFix(t, c) : undefined;
        fixes = fixText !== undefined ? [{ title: ctx.msg.fixTableTotal(formatAmount(c.computed, c.decimals)), edits: [{ range: c.stated.range, newText: fixText }], safe: false }] : undefined;
      }
      ctx.report({
        range: c.stated.range,
        message: computationMessage(c, t.grid.unit, ctx.msg),
        fixes,
        related: c.parts.slice(0, 20).map((p) => ({ range: p.cell.range, message: `${p.sign === 1 ? '+' : '−'} ${p.label}: ${formatAmount(p.cell.amount, c.decimals)}` })),
      });
    }
  }
}
