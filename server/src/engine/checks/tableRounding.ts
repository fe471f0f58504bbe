import type { Check } from './check';
import { reportComputations } from './tableFindings';

export const tableRounding: Check = {
  code: 'table-rounding',
  defaultSeverity: 'information',
  tags: ['tables'],
  description: {
    da: 'Afrundingsdifference: en total eller kolonnesammenhæng afviger med højst en halv enhed pr. del, hvad afrunding af de enkelte beløb kan forklare.',
    en: 'Rounding difference: a total or column relation is off by at most half a unit per part, which rounding of the individual amounts explains.',
  },
  run(ctx) {
    reportComputations(ctx, (c) => c.status === 'rounding');
  },
};
