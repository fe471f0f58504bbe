import type { Check } from './check';
import { defaultConfig } from '../config/config';
import { compileUserPattern } from '../config/patterns';

/** The built-in form, ours and linear (no nested repetition): plain RegExp, and re2js is never loaded for it. */
const DEFAULT_PATTERN = new RegExp(defaultConfig.journalNumberPattern, 'u');

/** A configured pattern goes through the linear-time engine; one that fails to compile means the default. */
function journalPattern(source: string): { test(s: string): boolean } {
  if (source === defaultConfig.journalNumberPattern) return DEFAULT_PATTERN;
  return compileUserPattern(source, 'journalNumberPattern').pattern ?? DEFAULT_PATTERN;
}

export const journalNumber: Check = {
  code: 'journal-number',
  defaultSeverity: 'warning',
  tags: ['journal'],
  description: {
    da: 'Journalnummeret har ikke formen NN.NN.NN-X00-N-ÅÅ (KL-emnenummer, facet som A00/S00/G01/P35, løbenummer, årstal med to cifre).',
    en: 'The journal number does not have the form NN.NN.NN-X00-N-YY (KL subject number, a facet like A00/S00/G01/P35, a serial, a two-digit year).',
  },
  run(ctx) {
    const pattern = journalPattern(ctx.config.journalNumberPattern);
    for (const item of ctx.doc.items) {
      const j = item.journalNumber;
      if (j && !pattern.test(j.value)) ctx.report({ range: j.range, message: ctx.msg.journalNumber(j.value) });
    }
  },
};
