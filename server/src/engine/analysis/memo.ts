/**
 * A result worked out once per document (or per any other object) and kept as long as it lives.
 *
 * Kept on the object itself, in one map under a private symbol, rather than in a WeakMap keyed
 * by it. Every analysis keys a young, freshly parsed document; a WeakMap key makes V8's minor
 * collections costly, and once the document has been promoted (an analysis spans several minor
 * collections) the entries keep their values — which hold the document's items and lines —
 * alive until the next full collection. On the two real minutes the engine spent about 40 %
 * more CPU with its per-document caches in WeakMaps than with them on the documents (measured
 * with every cache switched: ~4.5 → ~2.6 ms for both). The property is not enumerable: it is
 * neither serialised nor copied by a spread.
 */
const MEMO = Symbol('referat.memo');

type Owner = { [MEMO]?: Map<Memo<object, unknown>, unknown> };

/** For the odd object that cannot take the property (frozen, sealed). */
const fallback = new WeakMap<object, Map<Memo<object, unknown>, unknown>>();

function valuesOf(owner: object): Map<Memo<object, unknown>, unknown> | undefined {
  return (owner as Owner)[MEMO] ?? fallback.get(owner);
}

export class Memo<K extends object, V> {
  /** The value for `owner`, worked out by `compute` on first use. */
  of(owner: K, compute: (owner: K) => V): V {
    const known = valuesOf(owner);
    if (known?.has(this)) return known.get(this) as V;
    const value = compute(owner);
    // Read again: working the value out may have memoised others on the same owner.
    let values = valuesOf(owner);
    if (!values) {
      values = new Map();
      if (Object.isExtensible(owner)) Object.defineProperty(owner, MEMO, { value: values });
      else fallback.set(owner, values);
    }
    values.set(this, value);
    return value;
  }
}
