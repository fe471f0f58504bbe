import type { Messages } from '../i18n/messages';
import { Amount, formatAmount, timesPow10 } from '../tables/amount';
import { MoneyAmount, decimalsFor, formatMoney } from './money';
import type { TextSum } from './textSums';
import type { TableMatch } from './textTables';

/**
 * Words for the numbers in the prose: the sum as the reader would write it with a calculator
 * («6,8 + 55,4 + 2,7 − 37,8 mio. kr.»), values in the unit the text uses. Shared by the checks'
 * messages and the hover.
 */

/** The number as written, without its unit. */
function numberText(a: MoneyAmount): string {
  return a.paragraph.text.slice(a.numberStart, a.numberEnd);
}

/** `6,8 + 55,4 + 2,7 − 37,8 mio. kr.` (one unit at the end when all share it), else each with its unit. */
export function sumExpression(sum: TextSum): string {
  const shared = sum.parts.every((p) => p.amount.exponent === sum.total.exponent);
  const terms = sum.parts.map((p, i) => {
    const written = shared ? numberText(p.amount) : p.amount.text;
    if (i === 0) return p.sign === 1 ? written : `−${written}`;
    return `${p.sign === 1 ? '+' : '−'} ${written}`;
  });
  return shared ? `${terms.join(' ')} ${unitOf(sum.total)}` : terms.join(' ');
}

function unitOf(a: MoneyAmount): string {
  // `kr. 250.000`: the unit comes first.
  return (a.numberStart > a.start ? a.paragraph.text.slice(a.start, a.numberStart) : a.paragraph.text.slice(a.numberEnd, a.end)).trim();
}

/** A value of the sum (computed, difference) in the unit and to the digit of its finest amount. */
export function sumValue(sum: TextSum, value: Amount): string {
  const finest = [sum.total, ...sum.parts.map((p) => p.amount)].reduce((f, a) => (a.precision < f.precision ? a : f));
  return formatMoney(value, finest.exponent, decimalsFor(finest.exponent, finest.precision), sum.total.style);
}

/** The total rewritten as the parts add up, in its own unit, digits and style (the fix). */
export function correctedTotal(sum: TextSum): string {
  return formatAmount(timesPow10(sum.computed, -sum.total.exponent), sum.total.decimals, sum.total.style);
}

export function matchWhere(m: TableMatch, msg: Messages): string {
  return msg.textTableWhere(m.row.label, m.column.header);
}

export function tableUnit(m: TableMatch): string {
  return m.table.grid.unit ?? 'kr.';
}
