import { STANDING_ITEM_TITLE } from '../profiles/profiles';
import type { Check } from './check';
import { itemLabel } from '../model/text';

export const journalNumberMissing: Check = {
  code: 'journal-number-missing',
  defaultSeverity: 'information',
  tags: ['journal'],
  description: {
    da: 'Et punkt har intet journalnummer under titlen.',
    en: 'An item has no journal number under its title.',
  },
  run(ctx) {
    // Where most items carry none, the municipality does not print them: nothing is missing.
    const items = ctx.doc.items;
    let withNumber = 0;
    for (const item of items) if (item.journalNumber) withNumber++;
    if (withNumber * 2 < items.length) return;
    for (const item of items) {
      // Standing items (Eventuelt, Meddelelser) and closed items are no cases: they have no number.
      if (!item.journalNumber && !STANDING_ITEM_TITLE.test(item.title.value)) ctx.report({ range: item.headingRange, message: ctx.msg.journalNumberMissing(itemLabel(item)) });
    }
  },
};
