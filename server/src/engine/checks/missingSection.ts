import type { AgendaItem } from '../model/minutes';
import { findInSection } from '../model/text';
import type { Check, CheckContext } from './check';
import { insertSectionEdit } from '../edits/insertSection';

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
      const present = new Set(item.sections.map((s) => s.id));
      for (const [id, reason] of requiredSections(ctx, item)) {
        if (present.has(id)) continue;
        const name = ctx.sectionName(id);
        const message =
          reason.kind === 'caseType'
            ? ctx.msg.missingSectionCaseType(item.number.value, name, reason.code, reason.name)
            : reason.kind === 'referenced'
              ? ctx.msg.missingSectionReferenced(item.number.value, name)
              : ctx.msg.missingSection(item.number.value, name);
        // Not safe for fix-all: the inserted body is a placeholder the secretary must write.
        const fix = { title: ctx.msg.fixInsertSection(name), edits: [insertSectionEdit(ctx.doc, ctx.config, item, id)], safe: false };
        ctx.report({ range: item.headingRange, message, fixes: [fix] });
      }
    }
  },
};

/** The sections an item requires and why, in the configured order. */
export function requiredSections(ctx: CheckContext, item: AgendaItem): Map<string, Reason> {
  const { config, doc } = ctx;
  const required = new Map<string, Reason>();
  for (const id of config.requiredSections[doc.kind]) required.set(id, { kind: 'base' });
  const caseType = item.caseType && config.caseTypes.find((c) => c.code.toUpperCase() === item.caseType!.value.toUpperCase());
  if (caseType) for (const id of caseType.requiredSections) if (!required.has(id)) required.set(id, { kind: 'caseType', code: caseType.code, name: caseType.name });
  const decision = item.sections.find((s) => s.id === 'beslutning');
  if (!required.has('indstilling') && decision && config.sections.some((s) => s.id === 'indstilling') && findInSection(doc, decision, REFERS_TO_INDSTILLING)) {
    required.set('indstilling', { kind: 'referenced' });
  }
  const order = config.sectionOrder;
  return new Map([...required].sort(([a], [b]) => rank(order, a) - rank(order, b)));
}

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
