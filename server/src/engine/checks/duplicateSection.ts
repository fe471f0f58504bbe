import type { Section } from '../model/minutes';
import type { Check } from './check';

export const duplicateSection: Check = {
  code: 'duplicate-section',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Det samme afsnit står to gange i ét punkt.',
    en: 'The same section appears twice in one item.',
  },
  run(ctx) {
    for (const item of ctx.doc.items) {
      const first = new Map<string, Section>();
      for (const section of item.sections) {
        const earlier = first.get(section.id);
        if (!earlier) {
          first.set(section.id, section);
          continue;
        }
        ctx.report({
          range: section.heading.range,
          message: ctx.msg.duplicateSection(item.number.value, ctx.sectionName(section.id), earlier.headingLine + 1),
          related: [{ range: earlier.heading.range, message: ctx.sectionName(section.id) }],
        });
      }
    }
  },
};
