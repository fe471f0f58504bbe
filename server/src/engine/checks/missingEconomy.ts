import { findInSection } from '../model/text';
import type { Check } from './check';
import { itemLabel } from '../model/text';

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
    // A layout learnt from the document (no fixed section order, unlike Odense's) that writes the
    // economy into the case description (no item has an Økonomi section) lacks nothing: the
    // section is the municipality's habit or not.
    const learnt = ctx.config.sectionOrder.length === 0;
    if (learnt && !ctx.doc.items.some((item) => item.sections.some((s) => s.id === 'okonomi'))) return;
    for (const item of ctx.doc.items) {
      if (item.sections.some((s) => s.id === 'okonomi')) continue;
      const indstilling = item.sections.find((s) => s.id === 'indstilling');
      const amount = indstilling && findInSection(ctx.doc, indstilling, AMOUNT_IN_KRONER);
      if (!amount) continue;
      // In such a layout a case description that accounts for the money (its amounts, its
      // table) is where the economy is written: nothing is missing.
      if (learnt && item.sections.some((s) => s.id === 'sagsfremstilling' && (s.tables.length > 0 || findInSection(ctx.doc, s, AMOUNT_IN_KRONER)))) continue;
      ctx.report({
        range: item.headingRange,
        message: ctx.msg.missingEconomy(itemLabel(item), amount.text, ctx.sectionName('okonomi')),
        related: [{ range: amount.range, message: amount.text }],
      });
    }
  },
};
