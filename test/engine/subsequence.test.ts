import * as assert from 'node:assert/strict';
import { longestEvenRise, longestIncreasing } from '../../server/src/engine/text/subsequence';

/** The rising item numbers (text/subsequence.ts): as long as possible, then as even as possible. */
describe('longest even rise of item numbers', () => {
  const pick = (values: number[]) => [...longestEvenRise(values)].sort((a, b) => a - b).map((i) => values[i]);

  it('keeps numbers that count on by one over a list point as long as they are', () => {
    assert.deepEqual(pick([140, 1, 141, 142]), [140, 141, 142]);
    assert.deepEqual(pick([1, 2, 1, 3, 4]), [1, 2, 3, 4]);
  });

  it('keeps a number used twice (the longest run may repeat one)', () => {
    assert.deepEqual(pick([1, 2, 2, 3]), [1, 2, 2, 3]);
  });

  it('breaks a tie as the patience version does: the smaller numbers (contents entries 3, 4 before the items 1, 2)', () => {
    assert.deepEqual(pick([3, 4, 1, 2]), [1, 2]);
    assert.deepEqual(pick([3, 4, 1, 2]), [...longestIncreasing([3, 4, 1, 2], true)].sort((a, b) => a - b).map((i) => [3, 4, 1, 2][i]));
  });

  it('is always as long as the longest non-decreasing subsequence, and rises (random values)', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 30) + 1;
    for (let n = 0; n < 500; n++) {
      const values = Array.from({ length: n % 40 }, next);
      const even = [...longestEvenRise(values)].sort((a, b) => a - b);
      assert.equal(even.length, longestIncreasing(values, true).size, values.join(' '));
      for (let k = 1; k < even.length; k++) assert.ok(values[even[k - 1]!]! <= values[even[k]!]!, values.join(' '));
    }
  });
});
