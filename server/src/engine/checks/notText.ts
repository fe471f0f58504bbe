import type { Check } from './check';
import { firstTextRange } from './where';

/** Runs alone: on a binary file the other checks are skipped (see `analyze`). */
export const notText: Check = {
  code: 'not-text',
  defaultSeverity: 'error',
  tags: ['document'],
  description: {
    da: 'Filen ligner ikke tekst (binære tegn) og bliver ikke kontrolleret.',
    en: 'The file does not look like text (binary characters) and is not checked.',
  },
  run(ctx) {
    if (ctx.doc.binary) ctx.report({ range: firstTextRange(ctx.doc), message: ctx.msg.notText() });
  },
};
