import { tablesArithmetic } from '../analysis/tableArithmetic';
import { Computation, verifiedFix } from '../tables/arithmetic';
import { computationMessage } from '../tables/describe';
import { formatAmount } from '../tables/amount';
import type { CheckContext } from './check';

/**
 * Reports the computations of one kind and status (the three table checks differ only in
 * which they pick). Errors carry a fix that writes the computed value in the cell's own style
 * when that makes the table consistent again; it is not `safe`: which of two disagreeing numbers is wrong is the reviewer's call.
 */
export function reportComputations(ctx: CheckContext, pick: (c: Computation) => boolean): void {
  for (const t of tablesArithmetic(ctx.doc)) {
    for (const c of t.computations) {
      if (!pick(c)) continue;
      const fixText = c.status === 'error' ? verifiedFix(t, c) : undefined;
      const fixes = fixText !== undefined ? [{ title: ctx.msg.fixTableTotal(formatAmount(c.computed, c.decimals)), edits: [{ range: c.stated.range, newText: fixText }], safe: false }] : undefined;
      ctx.report({
        range: c.stated.range,
        message: computationMessage(c, t.grid.unit, ctx.msg),
        fixes,
        related: c.parts.slice(0, 20).map((p) => ({ range: p.cell.range, message: `${p.sign === 1 ? '+' : '−'} ${p.label}: ${formatAmount(p.cell.amount, c.decimals)}` })),
      });
    }
  }
}
