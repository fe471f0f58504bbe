import { alignContents } from '../analysis/contentsAlignment';
import type { Check } from './check';
import { itemLabel } from '../model/text';

export const contentsTitle: Check = {
  code: 'contents-title',
  defaultSeverity: 'warning',
  tags: ['contents'],
  description: {
    da: 'Titlen i indholdsfortegnelsen afviger fra punktets titel (en afkortet titel, der er begyndelsen af punktets titel, er i orden).',
    en: 'The title in the table of contents differs from the item title (a cut-short entry that begins the item title is fine).',
  },
  run(ctx) {
    for (const pair of alignContents(ctx.doc)) {
      if (!pair.entry || !pair.item || pair.match !== 'differs') continue;
      const title = pair.item.fullTitle.value;
      ctx.report({
        range: pair.entry.title.range,
        message: ctx.msg.contentsTitle(pair.entry.title.value, itemLabel(pair.item), title),
        related: [{ range: pair.item.fullTitle.range, message: title }],
        fixes: [{ title: ctx.msg.fixContentsTitle(title), edits: [{ range: pair.entry.title.range, newText: title }], safe: true, unasked: true }],
      });
    }
  },
};
