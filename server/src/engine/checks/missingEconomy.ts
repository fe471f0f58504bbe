import { findInSection } from '../model/text';
import type { Check } from './check';

/** An amount in kroner: `16.700 kr.`, `0,4 mio. kr.`, `1,5 mia. kr.`, `25.936.428 kr` */
export const AMOUNT_IN_KRONER = /\d[\d.,]*\s*(?:(?:mio|mia|mill|t)\.?\s*|tusind\s+|million(?:er)?\s+|milliard(?:er)?\s+)?kr\b\.?/iu;

export const missingEconomy: Check = {
  code: 'missing-economy',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Indstillingen flytter penge (nævner beløb i kr.), men punktet har intet Økonomi-afsnit.',
    en: 'The recommendation moves money (mentions amounts in kr.), but the item has no Økonomi section.',
  },
  run(ctx) {
    if (!ctx.config.sections.some((s) => s.id === 'okonomi')) return;
    for (const item of ctx.doc.items) {
      if (item.sections.some((s) => s.id === 'okonomi')) continue;
      const indstilling = item.sections.find((s) => s.id === 'indstilling');
      const amount = indstilling && findInSection(ctx.doc, indstilling, AMOUNT_IN_KRONER);
      if (!amount) continue;
      ctx.report({
        range: item.headingRange,
        message: ctx.msg.missingEconomy(item.number.value, amount.text, ctx.sectionName('okonomi')),
        related: [{ range: amount.range, message: amount.text }],
      });
    }
  },
};
