import type { Check } from './check';
import { renumberFix } from '../edits/documentFixes';
import { runsThroughYear } from '../edits/renumber';

export const itemNumberGap: Check = {
  code: 'item-number-gap',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Punktnumrene springer over et nummer, går baglæns eller begynder ikke ved 1.',
    en: 'Item numbers skip a number, go backwards or do not start at 1.',
  },
  run(ctx) {
    // Numbers that run through the year may start anywhere; a jump inside the document is only
    // worth knowing (published minutes leave out closed items).
    // So do the numbers of a document whose profile was guessed and whose first item is not 1
    // (`Punkt 45:` with KLE numbers looks like Odense's layout, but counts through the year).
    const running = runsThroughYear(ctx.doc);
    const jump = running ? ('information' as const) : undefined;
    const seen = new Set<number>();
    let previous: number | undefined;
    const starts = new Set(ctx.doc.meetings.map((m) => m.firstItem));
    for (let k = 0; k < ctx.doc.items.length; k++) {
      const item = ctx.doc.items[k]!;
      if (k > 0 && starts.has(k)) {
        // A second meeting in the file starts its own numbering.
        seen.clear();
        previous = undefined;
      }
      // A supplementary item (`12a`, `12 b`) stands between 12 and 13: no step of the numbering.
      if (item.numberSuffix !== undefined) continue;
      const n = item.number.value;
      if (seen.has(n)) {
        previous = n; // a repeated number is item-number-duplicate's finding
        continue;
      }
      seen.add(n);
      if (previous === undefined) {
        if (n !== 1 && !running) ctx.report({ range: item.number.range, message: ctx.msg.itemNumberFirst(n), fixes: renumberFix(ctx) });
      } else if (n > previous + 1) {
        ctx.report({ range: item.number.range, message: ctx.msg.itemNumberGap(n, previous), fixes: renumberFix(ctx), severity: jump });
      } else if (n < previous) {
        ctx.report({ range: item.number.range, message: ctx.msg.itemNumberBackwards(n, previous), fixes: renumberFix(ctx) });
      }
      previous = n;
    }
  },
};

