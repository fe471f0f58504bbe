import { alignContents } from '../analysis/contentsAlignment';
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
      if (pair.entry && !pair.item) ctx.report({ range: pair.entry.range, message: ctx.msg.contentsOrphanEntry(pair.entry.title.value), fixes: regenerateContentsFix(ctx) });
    }
  },
};

