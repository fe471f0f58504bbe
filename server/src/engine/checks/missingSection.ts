import type { AgendaItem } from '../model/minutes';
import { findInSection } from '../model/text';
import { type Check, type CheckContext, inferredProfile } from './check';
import { insertSectionEdit } from '../edits/insertSection';
import { DocumentSlot } from '../model/derived';
import { STANDING_ITEM_TITLE } from '../profiles/profiles';
import { itemLabel } from '../model/text';

/** `indstillingen`, `indstillingerne`: a decision that refers to the recommendation. */
const REFERS_TO_INDSTILLING = /\bindstilling(?:en|erne)\b/iu;

type Reason = { kind: 'base' } | { kind: 'caseType'; code: string; name: string } | { kind: 'referenced' };

export const missingSection: Check = {
  code: 'missing-section',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Et punkt mangler et afsnit, det skal have: Resume og Beslutning i et referat, Indstilling i en B-sag eller når beslutningen henviser til indstillingen.',
    en: 'An item lacks a section it requires: Resume and Beslutning in minutes, Indstilling in a decision case (B-sag) or when the decision refers to the recommendation.',
  },
  run(ctx) {
    for (const item of ctx.doc.items) {
      for (const [id, reason] of missingSections(ctx, item)) {
        const name = ctx.sectionName(id);
        const message =
          reason.kind === 'caseType'
            ? ctx.msg.missingSectionCaseType(itemLabel(item), name, reason.code, reason.name)
            : reason.kind === 'referenced'
              ? ctx.msg.missingSectionReferenced(itemLabel(item), name)
              : ctx.msg.missingSection(itemLabel(item), name);
        // Not safe for fix-all: the inserted body is a placeholder the secretary must write.
        const fix = { title: ctx.msg.fixInsertSection(name), edits: [insertSectionEdit(ctx.doc, ctx.config, item, id)], safe: false };
        ctx.report({ range: item.headingRange, message, fixes: [fix] });
      }
    }
  },
};

/** `Indstilling og beslutning` is both sections at once. */
const COMBINED = 'indstilling-og-beslutning';
const hasSection = (item: AgendaItem, id: string) => item.sections.some((s) => s.id === id || (s.id === COMBINED && (id === 'indstilling' || id === 'beslutning')));

/**
 * The sections an item requires and lacks, and why, in the configured order. Most items lack
 * nothing: they cost a few comparisons, and the decision is searched for «indstillingen» only
 * when that would add a requirement the item does not already meet.
 */
export function missingSections(ctx: CheckContext, item: AgendaItem): [string, Reason][] {
  const { config, doc } = ctx;
  const missing: [string, Reason][] = [];
  // A standing or closed item written as a bare title (and perhaps a line of text) is complete.
  if (item.sections.length === 0 && STANDING_ITEM_TITLE.test(item.title.value)) return missing;
  // A section named twice in the configuration is still one requirement.
  const add = (id: string, reason: Reason) => {
    if (!hasSection(item, id) && !missing.some(([m]) => m === id)) missing.push([id, reason]);
  };
  const required = config.requiredSections[doc.kind];
  for (const id of required) if (!neverWritten(ctx, id)) add(id, { kind: 'base' });
  const caseType = item.caseType && config.caseTypes.find((c) => c.code.toUpperCase() === item.caseType!.value.toUpperCase());
  if (caseType) for (const id of caseType.requiredSections) if (!required.includes(id)) add(id, { kind: 'caseType', code: caseType.code, name: caseType.name });
  const indstillingRequired = required.includes('indstilling') || (caseType?.requiredSections.includes('indstilling') ?? false);
  if (!indstillingRequired && !hasSection(item, 'indstilling') && config.sections.some((s) => s.id === 'indstilling')) {
    const decision = item.sections.find((s) => s.id === 'beslutning' || s.id === COMBINED);
    if (decision && findInSection(doc, decision, REFERS_TO_INDSTILLING)) add('indstilling', { kind: 'referenced' });
  }
  const order = config.sectionOrder;
  return missing.length > 1 ? missing.sort(([a], [b]) => rank(order, a) - rank(order, b)) : missing;
}

/**
 * A section the guessed profile requires but no item of the document has (three items with
 * sections or more): the municipality does not write it (Resume in a `Punkt N:` layout that is
 * not Odense's). Counted once per document and section.
 */
function neverWritten(ctx: CheckContext, id: string): boolean {
  if (!inferredProfile(ctx, 'requiredSections')) return false;
  const memo = habits.of(ctx.doc, () => new Map<string, boolean>());
  let never = memo.get(id);
  if (never === undefined) {
    let withSections = 0;
    never = true;
    for (const item of ctx.doc.items) {
      if (item.sections.length === 0) continue;
      withSections++;
      if (hasSection(item, id)) {
        never = false;
        break;
      }
    }
    never &&= withSections >= 3;
    memo.set(id, never);
  }
  return never;
}

const habits = new DocumentSlot<Map<string, boolean>>();

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
