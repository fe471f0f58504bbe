/**
 * Arrays of numbers made at their final size, for the table searches. Plain arrays while small,
 * typed arrays when large, because V8 is slow at each in the other's range (measured,
 * docs/performance.md):
 *
 * - a typed array of more than 64 bytes keeps its elements off the heap, and making one costs
 *   some microseconds, twenty times a small plain array: most tables have a handful of rows;
 * - a plain array of more than about 16,000 elements lives in the large-object space, where
 *   filling it (and collecting it) costs ten to twenty times as much per element: a table of
 *   10,000 rows has 40,000 cells or more.
 */
export type Numbers = number[] | Float64Array | Int32Array | Uint8Array;

/** Elements from which a typed array is made instead of a plain one. */
const TYPED_FROM = 4096;

/** `length` doubles, each `fill`. */
export function doubles(length: number, fill = 0): number[] | Float64Array {
  if (length < TYPED_FROM) return new Array<number>(length).fill(fill);
  const a = new Float64Array(length);
  if (fill !== 0) a.fill(fill);
  return a;
}

/** `length` 32-bit integers, each `fill`. */
export function int32s(length: number, fill = 0): number[] | Int32Array {
  if (length < TYPED_FROM) return new Array<number>(length).fill(fill);
  const a = new Int32Array(length);
  if (fill !== 0) a.fill(fill);
  return a;
}

/** `length` small integers (0–255), each 0. */
export function bytes(length: number): number[] | Uint8Array {
  return length < TYPED_FROM ? new Array<number>(length).fill(0) : new Uint8Array(length);
}
