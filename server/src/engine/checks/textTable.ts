import { matchWhere, tableUnit } from '../analysis/describeProse';
import { formatMoney } from '../analysis/money';
import { textTableMismatches } from '../analysis/textTables';
import { formatAmount, timesPow10 } from '../tables/amount';
import { stripMarkup } from '../tables/grid';
import type { Check } from './check';

export const textTable: Check = {
  code: 'text-table',
  defaultSeverity: 'warning',
  tags: ['prose', 'tables'],
  description: {
    da: 'Et beløb, teksten kalder samlet/i alt, svarer ikke til totalen i punktets tabel, når enheden (kr., 1.000 kr., mio. kr.) og afrundingen er taget i betragtning (fx 18,9 mio. kr. i teksten, 18.748 i tabellen).',
    en: 'An amount the text calls a total (samlet/i alt) does not agree with the total in the item\'s table, allowing for the unit (kr., 1.000 kr., mio. kr.) and rounding (e.g. 18,9 mio. kr. in the text, 18.748 in the table).',
  },
  run(ctx) {
    for (const m of textTableMismatches(ctx.doc)) {
      const a = m.amount;
      const rounded = formatMoney(m.expected, a.exponent, a.decimals, a.style);
      const where = matchWhere(m, ctx.msg);
      const message = (m.withinOneUnit ? ctx.msg.textTableRounding : ctx.msg.textTable)(a.text, stripMarkup(m.cell.text), tableUnit(m), where, rounded);
      // The text can only be corrected to the table when it is not more precise than the table.
      const newText = formatAmount(timesPow10(m.expected, -a.exponent), a.decimals, a.style);
      const fixes = m.unique && a.precision >= m.exponent - m.column.decimals ? [{ title: ctx.msg.fixTextTable(rounded), edits: [{ range: a.numberRange, newText }], safe: false }] : undefined;
      ctx.report({ range: a.range, severity: m.withinOneUnit ? 'information' : 'warning', message, fixes, related: [{ range: m.cell.range, message: `${m.row.label}: ${m.cell.text}` }] });
    }
  },
};
