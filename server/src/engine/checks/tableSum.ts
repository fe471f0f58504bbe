import type { Check } from './check';
import { reportComputations } from './tableFindings';

export const tableSum: Check = {
  code: 'table-sum',
  defaultSeverity: 'error',
  tags: ['tables'],
  description: {
    da: 'En total eller subtotal i en tabel (I alt, Samlet …, fed række, løbende saldo) er ikke summen af sine dele, heller ikke med afrunding.',
    en: 'A total or subtotal in a table (I alt, Samlet …, a bold row, a running balance) is not the sum of its parts, even allowing for rounding.',
  },
  run(ctx) {
    reportComputations(ctx, (c) => c.kind === 'sum' && c.status === 'error');
  },
};
