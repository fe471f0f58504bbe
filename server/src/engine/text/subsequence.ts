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

/**
 * Indices of the longest non-decreasing run of item numbers that counts most evenly: of the
 * subsequences as long as `longestIncreasing(values, true)`'s, the one whose steps stray least from
 * +1 (a step from v to w costs |w − v − 1|). Numbers that run 140, 141, 142 with a list point
 * `1. Status på ventelisten` at the end of a section of item 140 (1, 141, 142 is as long as 140,
 * 141, 142) keep 140; where both count as evenly (contents entries `3.`, `4.` before the items `1.`,
 * `2.`), the smaller numbers, as `longestIncreasing` chooses. O(n²) in the candidates of one form (a document's items: hundreds at most);
 * beyond `LIMIT` of them, the patience version (any one of the longest).
 */
export function longestEvenRise(values: readonly number[]): Set<number> {
  const n = values.length;
  if (n > LIMIT) return longestIncreasing(values, true);
  const length = new Int32Array(n);
  const cost = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let end = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    length[i] = 1;
    for (let j = 0; j < i; j++) {
      const u = values[j]!;
      if (u > v) continue;
      const l = length[j]! + 1;
      const c = cost[j]! + Math.abs(v - u - 1);
      // Ties as the patience version breaks them: the smaller value before (then the later one).
      if (l > length[i]! || (l === length[i]! && (c < cost[i]! || (c === cost[i]! && u <= values[prev[i]!]!)))) {
        length[i] = l;
        cost[i] = c;
        prev[i] = j;
      }
    }
    if (end < 0 || length[i]! > length[end]! || (length[i] === length[end] && (cost[i]! < cost[end]! || (cost[i] === cost[end] && v <= values[end]!)))) end = i;
  }
  const result = new Set<number>();
  for (let k = end; k >= 0; k = prev[k]!) result.add(k);
  return result;
}

const LIMIT = 4000;
