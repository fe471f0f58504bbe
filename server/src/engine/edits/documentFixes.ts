import type { CheckContext, Fix } from '../checks/check';
import type { Messages } from '../i18n/messages';
import { regenerateContentsEdit } from './regenerateContents';
import { renumberEdits } from './renumber';
import { DocumentSlot } from '../model/derived';

/**
 * Fixes that rewrite the whole document's numbering or contents. Every finding of a kind offers
 * the same fix, so it is built once per document and shared: a file with thousands of repeated
 * numbers must not build thousands of copies of a thousand edits.
 */
const renumberCache = new DocumentSlot<Map<Messages, readonly Fix[]>>();
const contentsCache = new DocumentSlot<Map<Messages, readonly Fix[]>>();

function memo(cache: DocumentSlot<Map<Messages, readonly Fix[]>>, ctx: CheckContext, build: () => readonly Fix[]): readonly Fix[] {
  const byLocale = cache.of(ctx.doc, () => new Map());
  let fixes = byLocale.get(ctx.msg);
  if (!fixes) byLocale.set(ctx.msg, (fixes = build()));
  return fixes;
}

/** Renumbering 1..N is deterministic and keeps every item: safe for fix-all. */
export function renumberFix(ctx: CheckContext): readonly Fix[] {
  return memo(renumberCache, ctx, () => [{ title: ctx.msg.fixRenumber(ctx.doc.items.length), edits: renumberEdits(ctx.doc), safe: true }]);
}

/** Rewrites every entry (orphans go): offered, but not applied by fix-all. */
export function regenerateContentsFix(ctx: CheckContext): readonly Fix[] {
  return memo(contentsCache, ctx, () => {
    const edit = regenerateContentsEdit(ctx.doc);
    return edit ? [{ title: ctx.msg.fixRegenerateContents(), edits: [edit], safe: false }] : [];
  });
}
