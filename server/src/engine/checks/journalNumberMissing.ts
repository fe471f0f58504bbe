import type { Check } from './check';

export const journalNumberMissing: Check = {
  code: 'journal-number-missing',
  defaultSeverity: 'information',
  tags: ['journal'],
  description: {
    da: 'Et punkt har intet journalnummer under titlen.',
    en: 'An item has no journal number under its title.',
  },
  run(ctx) {
    for (const item of ctx.doc.items) {
      if (!item.journalNumber) ctx.report({ range: item.headingRange, message: ctx.msg.journalNumberMissing(item.number.value) });
    }
  },
};
