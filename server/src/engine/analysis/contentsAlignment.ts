import type { AgendaItem, ContentsEntry, MinutesDocument } from '../model/minutes';
import { normalizeText } from '../text/lines';

/** How a contents entry and an item relate after alignment. */
export type ContentsMatch = 'exact' | 'cutShort' | 'differs';

export type ContentsPair =
  | { readonly entry: ContentsEntry; readonly item: AgendaItem; readonly match: ContentsMatch }
  | { readonly entry: ContentsEntry; readonly item?: undefined }
  | { readonly entry?: undefined; readonly item: AgendaItem };

const cache = new WeakMap<MinutesDocument, readonly ContentsPair[]>();

/**
 * Pairs the contents entries with the items, once per document (three checks share it).
 * Entries are in item order, so equal counts pair by position; otherwise an alignment that
 * keeps the order finds the missing and the extra ones.
 */
export function alignContents(doc: MinutesDocument): readonly ContentsPair[] {
  let pairs = cache.get(doc);
  if (!pairs) {
    pairs = doc.contents ? align(doc.contents.entries, doc.items) : [];
    cache.set(doc, pairs);
  }
  return pairs;
}

/** Titles compared by meaning: NFC, one space, same quotes and dashes, any case. */
export function titleKey(s: string): string {
  return normalizeText(s)
    .replace(/[“”„"«»]/gu, '"')
    .replace(/[‘’‚`´]/gu, "'")
    .replace(/[–—‐]/gu, '-')
    .toLocaleLowerCase('da');
}

const MIN_PREFIX = 8;

/** Comparison keys of an entry's or an item's titles, computed once per alignment, not per pair. */
interface EntryKey {
  readonly key: string;
  readonly cutShort: boolean;
  readonly words: () => Set<string>;
}
interface ItemKey {
  readonly full: string;
  readonly bare: string;
  readonly words: () => Set<string>;
}

/** Enough words to judge similarity; a bound so a pathological title cannot make alignment slow. */
const MAX_WORDS = 64;

function lazyWords(s: string): () => Set<string> {
  let words: Set<string> | undefined;
  return () => (words ??= new Set(s.split(/[\s,.:;()'"-]+/u).filter((w) => w.length > 2).slice(0, MAX_WORDS)));
}

function entryKey(entry: ContentsEntry): EntryKey {
  const key = titleKey(entry.title.value);
  return { key, cutShort: entry.cutShort, words: lazyWords(key) };
}

function itemKey(item: AgendaItem): ItemKey {
  const full = titleKey(item.fullTitle.value);
  return { full, bare: titleKey(item.title.value), words: lazyWords(full) };
}

export function compareEntry(entry: ContentsEntry, item: AgendaItem): ContentsMatch {
  return compareKeys(entryKey(entry), itemKey(item));
}

function compareKeys(entry: EntryKey, item: ItemKey): ContentsMatch {
  const e = entry.key;
  const { full, bare } = item;
  if (e === full || e === bare) return 'exact';
  if (entry.cutShort && e.length >= MIN_PREFIX) {
    // A cut-short entry is a prefix of the title; its last character is often a glyph cut in half
    // by the PDF extraction ("Socialudvæ" for "Socialudva…"), so that one may differ.
    const stem = e.slice(0, -1);
    if (full.startsWith(e) || bare.startsWith(e) || full.startsWith(stem) || bare.startsWith(stem)) return 'cutShort';
  }
  return 'differs';
}

function similar(entry: EntryKey, item: ItemKey): boolean {
  const a = entry.words();
  const b = item.words();
  if (a.size === 0 || b.size === 0) return false;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.min(a.size, b.size) >= 0.5;
}

const MAX_ALIGNMENT_CELLS = 250_000;

function align(entries: readonly ContentsEntry[], items: readonly AgendaItem[]): ContentsPair[] {
  const m = entries.length;
  const n = items.length;
  const ek = entries.map(entryKey);
  const ik = items.map(itemKey);
  // The alignment is quadratic: beyond 500 × 500 (no real contents has 500 entries) pair by
  // position, so that no file, however odd, makes the check slow.
  if (m === n || m * n > MAX_ALIGNMENT_CELLS) {
    const pairs: ContentsPair[] = [];
    for (let i = 0; i < Math.max(m, n); i++) {
      const entry = entries[i];
      const item = items[i];
      if (entry && item) pairs.push({ entry, item, match: compareKeys(ek[i]!, ik[i]!) });
      else if (entry) pairs.push({ entry });
      else if (item) pairs.push({ item });
    }
    return pairs;
  }
  // Edit-distance alignment: skipping costs 2, pairing a matching title 0, a similar one 1;
  // dissimilar titles are never paired (that would cost more than skipping both).
  const SKIP = 2;
  const cost = (i: number, j: number): number => {
    const match = compareKeys(ek[i]!, ik[j]!);
    if (match !== 'differs') return 0;
    return similar(ek[i]!, ik[j]!) ? 1 : Infinity;
  };
  const d: Float64Array[] = [];
  for (let i = 0; i <= m; i++) {
    d.push(new Float64Array(n + 1));
    for (let j = 0; j <= n; j++) {
      if (i === 0) d[i]![j] = j * SKIP;
      else if (j === 0) d[i]![j] = i * SKIP;
      else d[i]![j] = Math.min(d[i - 1]![j]! + SKIP, d[i]![j - 1]! + SKIP, d[i - 1]![j - 1]! + cost(i - 1, j - 1));
    }
  }
  const pairs: ContentsPair[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + cost(i - 1, j - 1)) {
      pairs.push({ entry: entries[i - 1]!, item: items[j - 1]!, match: compareKeys(ek[i - 1]!, ik[j - 1]!) });
      i--;
      j--;
    } else if (i > 0 && d[i]![j] === d[i - 1]![j]! + SKIP) {
      pairs.push({ entry: entries[i - 1]! });
      i--;
    } else {
      pairs.push({ item: items[j - 1]! });
      j--;
    }
  }
  return pairs.reverse();
}
