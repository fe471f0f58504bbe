import type { Check } from './check';
import { defaultConfig } from '../config/config';
import { compileUserPattern } from '../config/patterns';

/** Starts like a KLE number (`00.01.`). */
const KLE_START = /^\d{2}\.\d{2}\./u;
/** The built-in form, ours and linear (no nested repetition): plain RegExp, and re2js is never loaded for it. */
const DEFAULT_PATTERN = new RegExp(defaultConfig.journalNumberPattern, 'u');

/**
 * KLE's form with the year in full (`00.01.00-A00-1-2025`), as some case systems print it: the
 * system's habit, not a number written wrong. Accepted where the profile was guessed.
 */
const KLE_FULL_YEAR = /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-(?:19|20)\d{2}$/u;

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
    // Without a configured form, only what tries to be a KLE number is held to KLE's form, and
    // only where the document uses KLE: local forms (`15/34881`, `330-2018-3619`) are fine.
    // The same with KLE's own form when the profile was chosen from the document: a local number
    // among KLE numbers (`15/34881` from another case system) is not a KLE number written wrong.
    // A pinned profile or a form the user configured holds every journal number to it.
    const onlyKle = ctx.config.journalNumberPattern === '' || (ctx.config.journalNumberPattern === defaultConfig.journalNumberPattern && !ctx.doc.layout.pinned);
    if (onlyKle && !ctx.doc.items.some((it) => it.journalNumber && KLE_START.test(it.journalNumber.value))) return;
    const pattern = onlyKle ? DEFAULT_PATTERN : journalPattern(ctx.config.journalNumberPattern);
    for (const item of ctx.doc.items) {
      const j = item.journalNumber;
      if (j && (!onlyKle || KLE_START.test(j.value)) && !pattern.test(j.value) && !(onlyKle && KLE_FULL_YEAR.test(j.value))) ctx.report({ range: j.range, message: ctx.msg.journalNumber(j.value) });
    }
  },
};
