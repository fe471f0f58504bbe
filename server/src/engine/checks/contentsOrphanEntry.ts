import { alignContents } from '../analysis/contentsAlignment';
import { CLOSED_ITEM_TITLE } from '../profiles/profiles';
import type { Check } from './check';
import { regenerateContentsFix } from '../edits/documentFixes';

export const contentsOrphanEntry: Check = {
  code: 'contents-orphan-entry',
  defaultSeverity: 'warning',
  tags: ['contents'],
  description: {
    da: 'Indholdsfortegnelsen nævner et punkt, som ikke findes.',
    en: 'The table of contents lists an item that does not exist.',
  },
  run(ctx) {
    for (const pair of alignContents(ctx.doc)) {
      // Published minutes leave closed items out of the body and keep them in the contents.
      if (pair.entry && !pair.item && !CLOSED_ITEM_TITLE.test(pair.entry.title.value)) ctx.report({ range: pair.entry.range, message: ctx.msg.contentsOrphanEntry(pair.entry.title.value), fixes: regenerateContentsFix(ctx) });
    }
  },
};

