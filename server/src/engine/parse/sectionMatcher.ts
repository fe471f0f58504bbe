import type { ReferatConfig } from '../config/config';
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
      }
    }
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
    return length <= this.maxLength;
  }

  /** The section id the text names, if any. */
  match(text: string): string | undefined {
    if (text.length > this.maxLength) return undefined;
    const known = this.memo.get(text);
    if (known !== undefined) return known ?? undefined;
    const id = this.byName.get(SectionMatcher.key(text));
    if (this.memo.size >= 4096) this.memo.clear();
    // A copy of the text as the key: a slice of the document would keep the whole text of that
    // version alive as long as the memo holds it (thousands of superseded versions while typing).
    this.memo.set(detached(text), id ?? null);
    return id;
  }
}

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
