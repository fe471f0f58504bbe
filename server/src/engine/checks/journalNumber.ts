import { KLE_JOURNAL_NUMBER } from '../profiles/profiles';
import type { Check } from './check';

const compiled = new Map<string, RegExp>();
/** Starts like a KLE number (`00.01.`). */
const KLE_START = /^\d{2}\.\d{2}\./u;

export const journalNumber: Check = {
  code: 'journal-number',
  defaultSeverity: 'warning',
  tags: ['journal'],
  description: {
    da: 'Journalnummeret har ikke formen NN.NN.NN-X00-N-ÅÅ (KL-emnenummer, facet som A00/S00/G01/P35, løbenummer, årstal med to cifre).',
    en: 'The journal number does not have the form NN.NN.NN-X00-N-YY (KL subject number, a facet like A00/S00/G01/P35, a serial, a two-digit year).',
  },
  run(ctx) {
    let source = ctx.config.journalNumberPattern;
    // Without a configured form, only what tries to be a KLE number is held to KLE's form, and
    // only where the document uses KLE: local forms (`15/34881`, `330-2018-3619`) are fine.
    const onlyKle = source === '';
    if (onlyKle) {
      source = KLE_JOURNAL_NUMBER;
      if (!ctx.doc.items.some((it) => it.journalNumber && KLE_START.test(it.journalNumber.value))) return;
    }
    let pattern = compiled.get(source);
    if (!pattern) compiled.set(source, (pattern = new RegExp(source, 'u')));
    for (const item of ctx.doc.items) {
      const j = item.journalNumber;
      if (j && (!onlyKle || KLE_START.test(j.value)) && !pattern.test(j.value)) ctx.report({ range: j.range, message: ctx.msg.journalNumber(j.value) });
    }
  },
};
