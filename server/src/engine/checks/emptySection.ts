import type { Check } from './check';
import { itemLabel } from '../model/text';

export const emptySection: Check = {
  code: 'empty-section',
  defaultSeverity: 'information',
  tags: ['structure'],
  description: {
    da: 'Et afsnit har en overskrift, men ingen tekst.',
    en: 'A section has a heading but no text.',
  },
  run(ctx) {
    // A heading that is empty in every item that has it (two or more) is the layout's: an
    // agenda's blank Beslutning to be filled in at the meeting, a Bilag whose links were lost
    // when the web page became text. Worth a note is the one left empty among written ones.
    // Most minutes have no empty section at all: one look at each, and no sets built (the
    // check's share of the analysis in the profile: 0.30 → 0.17%).
    if (!ctx.doc.items.some((item) => item.sections.some((section) => section.empty))) return;
    const written = new Set<string>();
    const seen = new Map<string, number>();
    for (const item of ctx.doc.items) {
      for (const section of item.sections) {
        seen.set(section.id, (seen.get(section.id) ?? 0) + 1);
        if (!section.empty) written.add(section.id);
      }
    }
    for (const item of ctx.doc.items) {
      for (const section of item.sections) {
        if (!section.empty || (!written.has(section.id) && seen.get(section.id)! >= 2)) continue;
        ctx.report({ range: section.heading.range, message: ctx.msg.emptySection(itemLabel(item), ctx.sectionName(section.id)) });
      }
    }
  },
};
