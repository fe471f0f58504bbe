import type { Check } from './check';

const compiled = new Map<string, RegExp>();

export const journalNumber: Check = {
  code: 'journal-number',
  defaultSeverity: 'warning',
  tags: ['journal'],
  description: {
    da: 'Journalnummeret har ikke formen NN.NN.NN-X00-N-ÅÅ (KL-emnenummer, facet som A00/S00/G01/P35, løbenummer, årstal med to cifre).',
    en: 'The journal number does not have the form NN.NN.NN-X00-N-YY (KL subject number, a facet like A00/S00/G01/P35, a serial, a two-digit year).',
  },
  run(ctx) {
    const source = ctx.config.journalNumberPattern;
    let pattern = compiled.get(source);
    if (!pattern) compiled.set(source, (pattern = new RegExp(source, 'u')));
    for (const item of ctx.doc.items) {
      const j = item.journalNumber;
      if (j && !pattern.test(j.value)) ctx.report({ range: j.range, message: ctx.msg.journalNumber(j.value) });
    }
  },
};
