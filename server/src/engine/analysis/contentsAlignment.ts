import type { AgendaItem, ContentsEntry, MinutesDocument } from '../model/minutes';
import { normalizeText } from '../text/lines';
import { DocumentSlot } from '../model/derived';

/** How a contents entry and an item relate after alignment. */
export type ContentsMatch = 'exact' | 'cutShort' | 'differs';

export type ContentsPair =
  | { readonly entry: ContentsEntry; readonly item: AgendaItem; readonly match: ContentsMatch }
  | { readonly entry: ContentsEntry; readonly item?: undefined }
  | { readonly entry?: undefined; readonly item: AgendaItem };

const cache = new DocumentSlot<readonly ContentsPair[]>();

/**
 * Pairs the contents entries with the items, once per document (three checks share it).
 * Entries are in item order, so equal counts pair by position; otherwise an alignment that
 * keeps the order finds the missing and the extra ones.
 */
export function alignContents(doc: MinutesDocument): readonly ContentsPair[] {
  return cache.of(doc, (d) => (d.contents ? align(d.contents.entries, d.items, d) : []));
}

/** Titles compared by meaning: NFC, one space, same quotes and dashes, any case. */
/** toLowerCase equals toLocaleLowerCase('da') (no Danish casing rules) and skips the slow locale path. */
export function titleKey(s: string): string {
  const text = withoutAccessMark(normalizeText(s));
  // Most titles hold no quote or dash to unify: one scan instead of three replaces.
  if (!QUOTE_OR_DASH.test(text)) return text.toLowerCase();
  return text.replace(/[“”„"«»]/gu, '"').replace(/[‘’‚`´]/gu, "'").replace(/[–—‐]/gu, '-').toLowerCase();
}

/**
 * A closed or open item's mark at the end of a title (`Salg af ejendom (Lukket punkt)`, `… -
 * Fortroligt`), which the contents print and the item's heading may not (or the other way round).
 */
const ACCESS_MARK = /\s*(?:[(\[]\s*|[-–—:]\s+)(?:lukket|fortrolig|åben)t?(?:\s+(?:punkt|sag|dagsordenspunkt))?\s*[)\]]?\s*$/iu;

/** The words of an access mark, looked for in a title's last characters before `ACCESS_MARK` runs. */
const ACCESS_WORD = /lukket|fortrolig|åben/iu;
/** The longest mark (`– fortroligt dagsordenspunkt)` with spaces) is shorter. */
const ACCESS_TAIL = 48;

function withoutAccessMark(title: string): string {
  // The expression is anchored at the end only, so it is tried from every position of every title
  // (a twentieth of the whole analysis of the real minutes); nearly no title has a mark at all.
  if (!ACCESS_WORD.test(title.length > ACCESS_TAIL ? title.slice(title.length - ACCESS_TAIL) : title)) return title;
  const m = ACCESS_MARK.exec(title);
  return m && m.index > 0 ? title.slice(0, m.index) : title;
}

/** Every character the three replaces in `titleKey` touch. */
const QUOTE_OR_DASH = /[“”„"«»‘’‚`´–—‐]/u;

const MIN_PREFIX = 8;

/** A title followed by a space and a page number of at most four digits. */
const PAGE_AFTER_SPACE = /^(.*\S) \d{1,4}$/u;

/**
 * An entry's or item's title, normalised once: the alignment compares them many times. The word
 * set is built on first use: only the alignment of unequal counts asks for it, and contents that
 * match their items (the usual case) never do.
 */
class Keys {
  private wordSet?: ReadonlySet<string>;
  constructor(
    readonly key: string,
    readonly cutShort: boolean,
    readonly bare?: string,
    /** The item's heading goes on on the next line (a long title wrapped): an entry may hold all of it. */
    readonly wraps = false,
  ) {}

  get words(): ReadonlySet<string> {
    return (this.wordSet ??= wordsOf(this.key));
  }
}

/** Enough words to judge similarity; a bound so a pathological title cannot make alignment slow. */
const MAX_WORDS = 64;

function wordsOf(key: string): ReadonlySet<string> {
  return new Set(key.split(/[\s,.:;()'"-]+/u).filter((w) => w.length > 2).slice(0, MAX_WORDS));
}

function entryKeys(e: ContentsEntry): Keys {
  return new Keys(titleKey(e.title.value), e.cutShort);
}

function itemKeys(item: AgendaItem, doc?: MinutesDocument): Keys {
  const full = titleKey(item.fullTitle.value);
  return new Keys(full, false, item.title.value === item.fullTitle.value ? full : titleKey(item.title.value), doc !== undefined && wrapsTitle(doc, item));
}

/** Only a long title is wrapped; the line under it goes on in lower case or with `(` (the case number). */
const WRAPPED_TITLE = 40;
const GOES_ON = /^\s*(?:\p{Ll}|\()/u;

/** The item's title is cut by a line break: the line right under it goes on with it. */
function wrapsTitle(doc: MinutesDocument, item: AgendaItem): boolean {
  const next = doc.lines[item.fullTitle.range.end.line + 1];
  return item.fullTitle.value.length >= WRAPPED_TITLE && next !== undefined && GOES_ON.test(next.text);
}

export function compareEntry(entry: ContentsEntry, item: AgendaItem): ContentsMatch {
  return compareKeys(entryKeys(entry), itemKeys(item));
}

function compareKeys(e: Keys, item: Keys): ContentsMatch {
  const full = item.key;
  const bare = item.bare ?? full;
  if (e.key === full || e.key === bare) return 'exact';
  // A page number after a single space (text taken from a PDF, where the tab or the dot leaders
  // became a space): `Godkendelse af dagsorden 2` is the entry of `Godkendelse af dagsorden`.
  const paged = PAGE_AFTER_SPACE.exec(e.key);
  // The access mark before the page (`Salg af ejendom (Lukket punkt) 6`) is cut once the page is.
  const key = paged ? withoutAccessMark(paged[1]!) : e.key;
  if (paged && (key === full || key === bare || sameButStop(key, bare))) return 'exact';
  // A full stop ending the title before its case-type mark (`Udpegning af medlem. (B)`), which
  // the contents leave out (or the other way round).
  if (sameButStop(e.key, bare)) return 'exact';
  // A long heading wrapped onto the next line: the entry holds the whole title, the heading's line its start.
  if (item.wraps && key.length > full.length + 1 && key.charCodeAt(full.length) === 32 && key.startsWith(full)) return 'exact';
  if (e.cutShort && e.key.length >= MIN_PREFIX) {
    // A cut-short entry is a prefix of the title; its last character is often a glyph cut in half
    // by the PDF extraction ("Socialudvæ" for "Socialudva…"), so that one may differ.
    const stem = e.key.slice(0, -1);
    if (full.startsWith(e.key) || bare.startsWith(e.key) || full.startsWith(stem) || bare.startsWith(stem)) return 'cutShort';
  }
  return 'differs';
}

/** `a` and `b` differ only in a full stop ending one of them. */
function sameButStop(a: string, b: string): boolean {
  const d = a.length - b.length;
  if (d === 1) return a.charCodeAt(a.length - 1) === 46 && a.startsWith(b);
  if (d === -1) return b.charCodeAt(b.length - 1) === 46 && b.startsWith(a);
  return false;
}

function similar(a: Keys, b: Keys): boolean {
  if (a.words.size === 0 || b.words.size === 0) return false;
  let common = 0;
  for (const w of a.words) if (b.words.has(w)) common++;
  return common / Math.min(a.words.size, b.words.size) >= 0.5;
}

/**
 * Linear alignment for very long documents: walk both lists, and where titles disagree look a
 * few places ahead in each for the next match. Good for the usual case (a few entries missing or
 * extra); the exact alignment below would be quadratic.
 */
function alignGreedy(entries: readonly ContentsEntry[], items: readonly AgendaItem[], ek: readonly Keys[], ik: readonly Keys[]): ContentsPair[] {
  const WINDOW = 8;
  const pairs: ContentsPair[] = [];
  let i = 0;
  let j = 0;
  while (i < entries.length || j < items.length) {
    if (i >= entries.length) {
      pairs.push({ item: items[j++]! });
      continue;
    }
    if (j >= items.length) {
      pairs.push({ entry: entries[i++]! });
      continue;
    }
    const match = compareKeys(ek[i]!, ik[j]!);
    if (match !== 'differs') {
      pairs.push({ entry: entries[i]!, item: items[j]!, match });
      i++;
      j++;
      continue;
    }
    let skipItems = -1;
    let skipEntries = -1;
    for (let k = 1; k <= WINDOW && skipItems < 0 && skipEntries < 0; k++) {
      if (j + k < items.length && compareKeys(ek[i]!, ik[j + k]!) !== 'differs') skipItems = k;
      else if (i + k < entries.length && compareKeys(ek[i + k]!, ik[j]!) !== 'differs') skipEntries = k;
    }
    if (skipItems > 0) for (let k = 0; k < skipItems; k++) pairs.push({ item: items[j++]! });
    else if (skipEntries > 0) for (let k = 0; k < skipEntries; k++) pairs.push({ entry: entries[i++]! });
    else {
      pairs.push({ entry: entries[i]!, item: items[j]!, match });
      i++;
      j++;
    }
  }
  return pairs;
}

const MAX_ALIGNMENT_CELLS = 250_000;

function align(entries: readonly ContentsEntry[], items: readonly AgendaItem[], doc: MinutesDocument): ContentsPair[] {
  const m = entries.length;
  const n = items.length;
  if (m === n) {
    const pairs: ContentsPair[] = [];
    for (let i = 0; i < m; i++) {
      const entry = entries[i]!;
      const item = items[i]!;
      // A title written as the heading writes it (22 of the 24 of the real minutes) has the same
      // key: an exact match without working out the keys (titleKey cost ≈50 µs over both).
      const match = entry.title.value === item.fullTitle.value ? 'exact' : compareKeys(entryKeys(entry), itemKeys(item, doc));
      pairs.push({ entry, item, match });
    }
    return pairs;
  }
  const ek = entries.map(entryKeys);
  const ik = items.map((item) => itemKeys(item, doc));
  // The exact alignment is quadratic: beyond 500 × 500 (no real contents is that long) align greedily.
  if (m * n > MAX_ALIGNMENT_CELLS) return alignGreedy(entries, items, ek, ik);
  // Edit-distance alignment: skipping costs 2, pairing a matching title 0, a similar one 1;
  // dissimilar titles are never paired (that would cost more than skipping both).
  const SKIP = 2;
  const cost = (i: number, j: number): number => {
    if (compareKeys(ek[i]!, ik[j]!) !== 'differs') return 0;
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
