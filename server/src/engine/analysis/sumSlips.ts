import type { MinutesDocument } from '../model/minutes';
import { Amount, add, formatAmount, subtract, timesPow10 } from '../tables/amount';
import type { MoneyAmount } from './money';
import type { SumPart, TextSum } from './textSums';
import { TableMatch, tableMatchesOf } from './textTables';

/** A part of a wrong sum in the text that the item's table writes otherwise, so that the sum adds up. */
export interface PartSlip {
  readonly part: SumPart;
  /** The part's value that makes the sum right, and that a table cell agrees with. */
  readonly corrected: Amount;
  /** The number as the text would write it (same unit, decimals and style). */
  readonly newText: string;
  readonly match: TableMatch;
}

/**
 * Where a sum in the text does not add up, which part the table says is the slip: the one
 * whose value, changed by the difference, is what a cell of the item's tables says (and which
 * agrees with no cell as written). «16.800 + 38.800 = 55.500» with 16.700 in the table: the
 * 16.800 is the slip, not the total. Only the parts' own table matches are looked up.
 */
export function partSlips(doc: MinutesDocument, sum: TextSum): PartSlip[] {
  if (sum.status !== 'error' || sum.kind !== 'equal') return [];
  const slips: PartSlip[] = [];
  for (const part of sum.parts) {
    const a = part.amount;
    if (a.approximate) continue;
    const corrected = part.sign === 1 ? add(a.value, sum.difference) : subtract(a.value, sum.difference);
    if (corrected.units === 0n || (corrected.units < 0n) !== (a.value.units < 0n)) continue;
    if (tableMatchesOf(doc, a).length > 0) continue; // the part agrees with a cell as written
    // The same amount with the corrected value (a spread would drop a getter's fields).
    const asCorrected = Object.create(a, { value: { value: corrected } }) as MoneyAmount;
    const match = tableMatchesOf(doc, asCorrected)[0];
    if (!match) continue;
    slips.push({ part, corrected, newText: formatAmount(timesPow10(corrected, -a.exponent), a.decimals, a.style), match });
  }
  // One clear culprit, or none: two candidates would be a guess.
  return slips.length === 1 ? slips : [];
}
