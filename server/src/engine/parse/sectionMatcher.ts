import type { ReferatConfig } from '../config/config';
import { isDigit } from '../text/chars';
import { normalizeText } from '../text/lines';

/**
 * Tells whether a heading's text names a section, by exact match against the configured names
 * and synonyms (case-insensitive, NFC, optional trailing colon). Only an exact match counts:
 * `## Beslutning om udmøntning af …` is a sub-heading, not a Beslutning section.
 */
export class SectionMatcher {
  private static readonly cache = new WeakMap<ReferatConfig, SectionMatcher>();
  private readonly byName = new Map<string, string>();
  private readonly maxLength: number;
  /** Names of the sections whose heading may carry the body and date (`Beslutning i Byrådet den 1. oktober 2018:`). */
  private readonly tailNames: { key: string; id: string }[] = [];
  /** First letters (lower case) of the names with tails. */
  private readonly tailInitials = new Set<number>();
  /**
   * Answers by raw text. Normalising (NFC, whitespace, case) every short line was a tenth of the
   * parse; the same short lines (section names, «Bilag 1», …) recur in every item and every
   * re-parse while typing. Bounded so a pathological file cannot grow it without limit.
   */
  private readonly memo = new Map<string, string | null>();

  private constructor(config: ReferatConfig) {
    let max = 0;
    for (const s of config.sections) {
      for (const name of [s.name, ...s.synonyms]) {
        const key = SectionMatcher.key(name);
        if (!this.byName.has(key)) this.byName.set(key, s.id);
        max = Math.max(max, name.length);
        if (TAIL_IDS.has(s.id)) {
          this.tailNames.push({ key, id: s.id });
          this.tailInitials.add(key.charCodeAt(0) | 32);
        }
      }
    }
    // Longest first: `Indstilling og beslutning …` before `Indstilling …`.
    this.tailNames.sort((a, b) => b.key.length - a.key.length);
    this.maxLength = max + 8;
  }

  static for(config: ReferatConfig): SectionMatcher {
    let m = this.cache.get(config);
    if (!m) {
      m = new SectionMatcher(config);
      this.cache.set(config, m);
    }
    return m;
  }

  private static key(s: string): string {
    // toLowerCase, not toLocaleLowerCase('da'): Danish has no casing rules of its own (only tr, az,
    // lt and el have), so the result is the same, without the slow locale path.
    return normalizeText(s).replace(/\s*:$/u, '').toLowerCase();
  }

  /** False when a text this long can name no section (so the caller need not cut it out). */
  couldMatch(length: number): boolean {
    return length <= this.maxLength + MAX_TAIL;
  }

  /**
   * `couldMatch` for the heading text at [start, end) of a raw line: longer than any name, only a
   * heading that starts like one with a tail (`Beslutning …`, `Sagen afgøres i …`) can match.
   * Most prose lines are shorter than a heading with a tail; this keeps them out of `match`.
   */
  couldMatchAt(raw: string, start: number, end: number): boolean {
    if (isDigit(raw.charCodeAt(start))) {
      // No name starts with a digit; only an outline number (`2.1 Resume`) may stand before one.
      const k = outlineNumberEnd(raw, start, end);
      if (k === 0) return false;
      // (One number with its stop, `1. Resume`, before a name alone: a list's points are longer.)
      if (end - k > this.maxLength && ownNumberAt(raw, start)) return false;
      start = k;
    }
    const length = end - start;
    if (length <= this.maxLength) return true;
    return length <= this.maxLength + MAX_TAIL && this.tailInitials.has(raw.charCodeAt(start) | 32);
  }

  /** The section id the text names, if any. */
  match(text: string): string | undefined {
    if (isDigit(text.charCodeAt(0))) {
      const k = outlineNumberEnd(text, 0, text.length);
      return k > 0 ? this.match(text.slice(k)) : undefined;
    }
    if (text.length > this.maxLength && (text.length > this.maxLength + MAX_TAIL || !this.tailInitials.has(text.charCodeAt(0) | 32))) return undefined;
    const known = this.memo.get(text);
    if (known !== undefined) return known ?? undefined;
    const key = SectionMatcher.key(text);
    const id = this.byName.get(key) ?? (this.tailNames.length > 0 && text.length > 8 ? this.matchTail(key, text) : undefined);
    if (this.memo.size >= 4096) this.memo.clear();
    // A copy of the text as the key: a slice of the document would keep the whole text of that
    // version alive as long as the memo holds it (thousands of superseded versions while typing).
    this.memo.set(detached(text), id ?? null);
    return id;
  }

  /**
   * A section heading that shares its line with the text (`Beslutning Godkendt.`): the id and the
   * heading's length, or undefined. Asked only of items that lack sections otherwise.
   */
  matchInline(text: string): { id: string; length: number } | undefined {
    const m = INLINE_HEAD.exec(text);
    if (!m) return undefined;
    // The longest name that is a prefix of the words: `Indstilling og beslutning` before `Indstilling`.
    const words = m[1]!.split(/\s+/u);
    for (let k = words.length; k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      const id = this.byName.get(SectionMatcher.key(head));
      if (id !== undefined) return { id, length: text.indexOf(words[k - 1]!) + words[k - 1]!.length };
    }
    return undefined;
  }

  /**
   * A decision heading with the body that decided and the date: `Beslutning i Økonomiudvalget
   * den 1. oktober 2018:`, `Beslutning Byrådet, 20.09.2016`, `Beslutning (Byrådet 12.03.2024)`.
   * The tail must name a body (a capital letter) and, except for `Sagen afgøres i …`, carry a
   * date: `Beslutning om udmøntning af …` stays a sub-heading.
   */
  private matchTail(key: string, text: string): string | undefined {
    for (const { key: name, id } of this.tailNames) {
      if (key.length <= name.length || !key.startsWith(name)) continue;
      const sep = key.charCodeAt(name.length);
      if (sep !== 32 && sep !== 40 && sep !== 44 && sep !== 58) continue; // space ( , :
      const tail = normalizeText(text).slice(name.length).replace(/\s*:$/u, '');
      if (id === 'kompetence') return tail.length <= 60 && KOMPETENCE_TAIL.test(tail) ? id : undefined;
      return DECISION_TAIL.test(tail) && TAIL_DATE.test(tail) ? id : undefined;
    }
    return undefined;
  }
}

/**
 * Where the name starts after a heading's outline number, the number of a multilevel heading list
 * (Word's `1 / 1.1 / 1.1.1`: `2.1 Resume`, `3.2. Økonomi`), or one number with its full stop
 * (`1. Resume`, `5. Beslutning`: templates that number an item's sections); 0 without one. The
 * name must then be a section's in full, so a list's point (`1. at …`) names none. A number
 * without its stop (`2 Beslutning`) is no outline number.
 */
export function outlineNumberEnd(text: string, start: number, end: number): number {
  let i = start;
  let parts = 0;
  for (;;) {
    const from = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === from || i - from > 3) return 0;
    parts++;
    if (text.charCodeAt(i) !== 46 /* . */) break;
    i++;
    if (!isDigit(text.charCodeAt(i))) break;
  }
  if (parts < 2 && text.charCodeAt(i - 1) !== 46) return 0;
  const gap = i;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xa0)) i++;
  return i > gap && i < end ? i : 0;
}

/**
 * `1. Resume`: the number of a section numbered on its own (one number and its full stop), or
 * undefined (no number, or an outline number `2.1`).
 */
export function ownSectionNumber(text: string): number | undefined {
  return ownNumberAt(text, 0) ? parseInt(text, 10) : undefined;
}

/** One number with its full stop at `start` (`1. `), not an outline number (`2.1`). */
function ownNumberAt(text: string, start: number): boolean {
  let i = start;
  while (isDigit(text.charCodeAt(i))) i++;
  return i > start && text.charCodeAt(i) === 46 && !isDigit(text.charCodeAt(i + 1));
}

/** Up to four words at the start of a line, then a space and a capital letter or digit. */
const INLINE_HEAD = /^((?:[\p{L}-]+\s){0,3}?[\p{L}-]+)\s*:?\s+(?=[\p{Lu}\d«"])/u;

/** Sections whose heading may carry a tail (the body that decided, a date). */
const TAIL_IDS = new Set(['beslutning', 'indstilling-og-beslutning', 'kompetence']);
/** How much longer than a name a heading with a tail may be. */
const MAX_TAIL = 90;
const DECISION_TAIL = /^\s*[,(:–-]?\s*(?:(?:i|på|fra|af)\s+)?(?:(?:d\.|den)\s+)?[\p{Lu}\d]/u;
const TAIL_DATE = /\d{1,2}\.\s*\p{L}+\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}/u;
const KOMPETENCE_TAIL = /^\s*:?\s*(?:\p{Lu}[\p{L}\- ]*)?$/u;
/**
 * The same characters in a string of its own, not a slice that keeps a larger one alive. Built
 * character by character: single characters come from V8's table of one-character strings, so
 * nothing of the document is referenced (texts here are at most a section name long).
 */
function detached(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s[i];
  return out;
}
