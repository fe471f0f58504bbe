import type { Check } from './check';

export const emptySection: Check = {
  code: 'empty-section',
  defaultSeverity: 'information',
  tags: ['structure'],
  description: {
    da: 'Et afsnit har en overskrift, men ingen tekst.',
    en: 'A section has a heading but no text.',
  },
  run(ctx) {
    for (const item of ctx.doc.items) {
      for (const section of item.sections) {
        if (section.empty) ctx.report({ range: section.heading.range, message: ctx.msg.emptySection(item.number.value, ctx.sectionName(section.id)) });
      }
    }
  },
};
