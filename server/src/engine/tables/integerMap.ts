import { doubles, int32s } from './numberArrays';

/**
 * A map from integers (doubles holding integers below 2^53) to non-negative int32 values, of a
 * capacity fixed when it is made: open addressing with linear probing over two flat arrays of
 * numbers (NaN: an empty slot), deletion by shifting back (no tombstones), so it never grows or
 * rehashes.
 *
 * Why not a `Map`: the row-total search keeps one map per column of the prefix sums of thousands
 * of rows. A `Map` of more than a few thousand entries costs V8 about ten times as much per
 * `set` as a small one (its tables move to the large-object space and are reallocated as they
 * grow): the search over a table of 10,000 rows spent most of its time there.
 */
export class IntegerMap {
  /** NaN where a slot is empty (no key is NaN). */
  private readonly keys: number[] | Float64Array;
  private readonly values: number[] | Int32Array;
  private readonly mask: number;
  /** 32 − log2(capacity): a multiplicative hash's top bits pick the slot. */
  private readonly shift: number;

  /** Room for `entries` entries at most (the table is twice that, rounded up to a power of two). */
  constructor(entries: number) {
    let capacity = 8;
    let bits = 3;
    for (; capacity < 2 * entries; bits++) capacity *= 2;
    this.keys = doubles(capacity, NaN);
    this.values = int32s(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - bits;
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    const i = this.slotOf(key);
    return this.keys[i] === key ? this.values[i]! : -1;
  }

  set(key: number, value: number): void {
    const i = this.slotOf(key);
    this.keys[i] = key;
    this.values[i] = value;
  }

  delete(key: number): void {
    let i = this.slotOf(key);
    if (this.keys[i] !== key) return;
    // Shift back every later entry of the run that may no longer be reached past the gap.
    this.keys[i] = NaN;
    for (let j = (i + 1) & this.mask; this.keys[j] === this.keys[j]; j = (j + 1) & this.mask) {
      const home = this.home(this.keys[j]!);
      // The entry at j stays where it is when its home lies cyclically in (i, j].
      const stays = i <= j ? i < home && home <= j : i < home || home <= j;
      if (stays) continue;
      this.keys[i] = this.keys[j]!;
      this.values[i] = this.values[j]!;
      this.keys[j] = NaN;
      i = j;
    }
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    let i = this.home(key);
    for (let k = this.keys[i]!; k !== key && k === k; k = this.keys[i]!) i = (i + 1) & this.mask;
    return i;
  }

  /** The slot a key's probe starts at: both 32-bit halves of the integer, mixed (Fibonacci hashing). */
  private home(key: number): number {
    const low = key >>> 0; // ToUint32: the integer modulo 2^32, sign included
    const high = Math.floor(key / 4294967296) | 0;
    return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }
}
