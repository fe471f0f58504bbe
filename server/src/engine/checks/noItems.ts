import type { Check } from './check';
import { firstTextRange } from './where';

export const noItems: Check = {
  code: 'no-items',
  defaultSeverity: 'information',
  tags: ['document'],
  description: {
    da: 'Dokumentet har ingen dagsordenspunkter (linjer som «Punkt 1: Titel»).',
    en: 'The document has no agenda items (lines like "Punkt 1: Titel").',
  },
  run(ctx) {
    if (ctx.doc.items.length === 0) ctx.report({ range: firstTextRange(ctx.doc), message: ctx.doc.layout?.flattened ? ctx.msg.noItemsFlattened() : ctx.msg.noItems() });
  },
};
