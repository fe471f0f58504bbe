import { Amount, isZero, withinRounding } from './amount';

/**
 * How a stated amount compares with what its parts add up to: the one question both searches
 * (row totals, column relations) ask of every window and every combination they try.
 */
export type Verdict = typeof NO_PARTS | typeof ANCHOR | typeof EXACT_ZERO | typeof ROUNDING | typeof OFF;
/** No part present: nothing to compare. */
export const NO_PARTS = 0;
/** Adds up exactly to a non-zero amount: evidence, not a coincidence of zeros. */
export const ANCHOR = 1;
/** Adds up exactly to zero. */
export const EXACT_ZERO = 2;
/** Off by no more than rounding each part can explain. */
export const ROUNDING = 3;
export const OFF = 4;

/** `diff` = stated − sum of `parts` present parts, in a column rounded to `decimals`. */
export function amountVerdict(diff: Amount, stated: Amount, decimals: number, parts: number): Verdict {
  if (isZero(diff)) return isZero(stated) ? EXACT_ZERO : ANCHOR;
  return withinRounding(diff, decimals, parts) ? ROUNDING : OFF;
}

/**
 * The same in units of a `NumericGrid` (exact integers): `unit` is 10^(scale − decimals), one
 * rounding unit of the column at the scale the numbers are in; |diff| ≤ parts × ½ unit.
 */
export function numberVerdict(diff: number, stated: number, unit: number, parts: number): Verdict {
  if (diff === 0) return stated === 0 ? EXACT_ZERO : ANCHOR;
  return 2 * Math.abs(diff) <= parts * unit ? ROUNDING : OFF;
}
