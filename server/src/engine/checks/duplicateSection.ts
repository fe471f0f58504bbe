import type { Section } from '../model/minutes';
import type { Check } from './check';
import { itemLabel } from '../model/text';

export const duplicateSection: Check = {
  code: 'duplicate-section',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Det samme afsnit står to gange i ét punkt.',
    en: 'The same section appears twice in one item.',
  },
  run(ctx) {
    // A decision per body that treated the case, Baggrund and Løsning under Sagsfremstilling:
    // repeatable sections are a duplicate only under the very same heading.
    const repeatable = ctx.config.repeatableSections;
    // In a layout learnt from the document (no fixed section order, unlike Odense's) two
    // different headings that name one section (`Tidsplan` and `Videre proces`, `Økonomi` and
    // `Bevillingsmæssige konsekvenser`) are two parts of the municipality's template: a duplicate
    // is the same heading twice.
    const learnt = ctx.config.sectionOrder.length === 0;
    for (const item of ctx.doc.items) {
      const first = new Map<string, Section>();
      for (const section of item.sections) {
        const earlier = first.get(section.id);
        if (!earlier) {
          first.set(section.id, section);
          continue;
        }
        if ((learnt || repeatable.includes(section.id)) && headingKey(earlier) !== headingKey(section)) continue;
        ctx.report({
          range: section.heading.range,
          message: ctx.msg.duplicateSection(itemLabel(item), ctx.sectionName(section.id), earlier.headingLine + 1),
          related: [{ range: earlier.heading.range, message: ctx.sectionName(section.id) }],
        });
      }
    }
  },
};

/** A heading compared as written, but for case and a trailing colon (`BILAG:` and `Bilag`). */
function headingKey(section: Section): string {
  return section.heading.value.replace(/[\s:]+$/u, '').toLowerCase();
}
