import type { Check } from './check';
import { renumberFix } from '../edits/documentFixes';
import { itemLabel } from '../model/text';

export const itemNumberDuplicate: Check = {
  code: 'item-number-duplicate',
  defaultSeverity: 'error',
  tags: ['structure'],
  description: {
    da: 'To punkter har samme nummer.',
    en: 'Two items have the same number.',
  },
  run(ctx) {
    // Keyed by the number as written: `12a` and `12 b` (a supplementary item) are not `12` again.
    const firstLine = new Map<string, number>();
    // Each meeting of a file numbers its own items.
    const starts = new Set(ctx.doc.meetings.map((m) => m.firstItem));
    ctx.doc.items.forEach((item, k) => {
      if (k > 0 && starts.has(k)) firstLine.clear();
      const n = itemLabel(item);
      const other = firstLine.get(n);
      if (other === undefined) firstLine.set(n, item.headingLine);
      else ctx.report({ range: item.number.range, message: ctx.msg.itemNumberDuplicate(n, other + 1), fixes: renumberFix(ctx) });
    });
  },
};

