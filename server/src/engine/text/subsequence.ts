/**
 * Indices of one longest increasing subsequence of `values` (O(n log n), patience sorting):
 * strictly increasing, or non-decreasing with `allowEqual`. Used for the sections that stand in
 * order (section-order) and for the item numbers that rise through a document (item inference).
 */
export function longestIncreasing(values: readonly number[], allowEqual = false): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const prev: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = values[tails[mid]!]!;
      if (t < values[i]! || (allowEqual && t === values[i]!)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const result = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) result.add(k);
  return result;
}
