import { alignContents } from '../analysis/contentsAlignment';
import { CLOSED_ITEM_TITLE } from '../profiles/profiles';
import type { Check } from './check';
import { regenerateContentsFix } from '../edits/documentFixes';
import { itemLabel } from '../model/text';

export const contentsMissingItem: Check = {
  code: 'contents-missing-item',
  defaultSeverity: 'warning',
  tags: ['contents'],
  description: {
    da: 'Et punkt står ikke i indholdsfortegnelsen.',
    en: 'An item is missing from the table of contents.',
  },
  run(ctx) {
    // A contents heading with no entries (a web page's navigation label) lists nothing to miss.
    if (ctx.config.header === 'lenient' && ctx.doc.contents && ctx.doc.contents.entries.length === 0) return;
    for (const pair of alignContents(ctx.doc)) {
      // … and the other way round: a closed item in the body that the public contents leave out.
      if (pair.item && !pair.entry && !CLOSED_ITEM_TITLE.test(pair.item.fullTitle.value)) ctx.report({ range: pair.item.headingRange, message: ctx.msg.contentsMissingItem(itemLabel(pair.item), pair.item.fullTitle.value), fixes: regenerateContentsFix(ctx) });
    }
  },
};

