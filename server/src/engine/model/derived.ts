import type { MinutesDocument } from './minutes';

/**
 * Analyses derived from one parse (table arithmetic, paragraphs, amounts, sums, …), worked out
 * once and shared by every check that asks: a slot per kind of analysis, the values kept on the
 * document itself. `of(doc, compute)` works a value out on first use; `get` and `set` are there
 * for callers that fill a slot bit by bit (it is used like the WeakMap keyed by the document that
 * it replaces).
 *
 * Why not a WeakMap: V8's minor collector (the scavenger) does not clear a WeakMap entry whose
 * key is still young, it keeps the value alive and copies it. Every analysis cached that way
 * survived the next scavenge, was promoted to the old generation and freed only by a full
 * mark-compact: measured on the two real minutes, 4.5 MB promoted per scavenge and scavenges a
 * third of the engine's time. Kept on the document, the derived analyses die with it, young.
 *
 * The values sit under a symbol, not enumerable: the document still prints, compares and
 * serialises as the plain model it is.
 */
const DERIVED = Symbol('referat.derived');

type WithDerived = MinutesDocument & { [DERIVED]?: Map<DocumentSlot<unknown>, unknown> };

export class DocumentSlot<T> {
  /** The value for `doc`, worked out by `compute` on first use. */
  of(doc: MinutesDocument, compute: (doc: MinutesDocument) => T): T {
    const values = (doc as WithDerived)[DERIVED];
    if (values?.has(this)) return values.get(this) as T;
    const value = compute(doc);
    // `set` reads the map again: working the value out may have filled other slots of the document.
    this.set(doc, value);
    return value;
  }

  get(doc: MinutesDocument): T | undefined {
    return (doc as WithDerived)[DERIVED]?.get(this) as T | undefined;
  }

  set(doc: MinutesDocument, value: T): this {
    const d = doc as WithDerived;
    let values = d[DERIVED];
    if (!values) {
      values = new Map();
      Object.defineProperty(d, DERIVED, { value: values, enumerable: false });
    }
    values.set(this, value);
    return this;
  }
}
