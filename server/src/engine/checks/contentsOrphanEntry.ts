import { alignContents } from '../analysis/contentsAlignment';
import type { Check, CheckContext, Fix } from './check';
import { regenerateContentsEdit } from '../edits/regenerateContents';

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
      if (pair.entry && !pair.item) ctx.report({ range: pair.entry.range, message: ctx.msg.contentsOrphanEntry(pair.entry.title.value), fixes: regenerateFix(ctx) });
    }
  },
};

/** Rewrites every entry (orphans go): offered, but not applied by fix-all. */
function regenerateFix(ctx: CheckContext): Fix[] {
  const edit = regenerateContentsEdit(ctx.doc);
  return edit ? [{ title: ctx.msg.fixRegenerateContents(), edits: [edit], safe: false }] : [];
}
