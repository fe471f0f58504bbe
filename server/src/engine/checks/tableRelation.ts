import type { Check } from './check';
import { reportComputations } from './tableFindings';

export const tableRelation: Check = {
  code: 'table-relation',
  defaultSeverity: 'error',
  tags: ['tables'],
  description: {
    da: 'En række bryder en sammenhæng mellem kolonnerne, som resten af tabellen følger (fx Afvigelse = Korrigeret budget − Regnskab, I alt = summen af årene), heller ikke med afrunding.',
    en: 'A row breaks a relation between columns that the rest of the table follows (e.g. Afvigelse = Korrigeret budget − Regnskab, I alt = the sum of the years), even allowing for rounding.',
  },
  run(ctx) {
    reportComputations(ctx, (c) => c.kind === 'relation' && c.status === 'error');
  },
};
