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

/** Elements from which a typed array is made instead of a plain one. */
const TYPED_FROM = 4096;

type Typed = Float64Array | Int32Array | Uint8Array;
export type Numbers = number[] | Typed;

/**
 * A plain array of each fill value, long enough for the arrays asked for so far: small arrays are
 * copied out of it. `slice` copies the elements as they are, three to five times as fast as
 * `new Array(n).fill(x)` writes them one by one (measured: 64 elements 230–320 → 45–130 ns; a
 * table with totals makes some thirty such arrays).
 */
const templates = new Map<number, number[]>();

function plain(length: number, fill: number): number[] {
  let template = templates.get(fill);
  if (template === undefined || template.length < length) {
    template = new Array<number>(Math.min(TYPED_FROM, Math.max(length, 2 * (template?.length ?? 32)))).fill(fill);
    templates.set(fill, template);
  }
  return template.slice(0, length);
}

function sized<T extends Typed>(length: number, fill: number, make: new (length: number) => T): number[] | T {
  if (length < TYPED_FROM) return plain(length, fill);
  const a = new make(length);
  if (fill !== 0) a.fill(fill);
  return a;
}

/** `length` doubles, each `fill`. */
export const doubles = (length: number, fill = 0): number[] | Float64Array => sized(length, fill, Float64Array);

/** `length` 32-bit integers, each `fill`. */
export const int32s = (length: number, fill = 0): number[] | Int32Array => sized(length, fill, Int32Array);

/** `length` small integers (0–255), each 0. */
export const bytes = (length: number): number[] | Uint8Array => sized(length, 0, Uint8Array);
