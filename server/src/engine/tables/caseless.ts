/**
 * A case-insensitive pattern over table labels and headers (flags `iu`), run without the `u`
 * flag whenever that cannot change the answer: V8 matches the same pattern about five times
 * faster without it, and every header, label and unit text of every table goes through these.
 *
 * The two modes differ only on characters that Unicode case folding maps onto a letter the
 * patterns use while the non-Unicode rule (upper case, never from non-ASCII to ASCII) does not:
 * the Kelvin sign (k), the long s (s) and the Ångström sign (å); under `iu`, `\w` (so `\b`)
 * counts the first two as word characters as well. On a text without them both give the same
 * answer, so such a text is matched without `u`, and any other with the pattern as written.
 * (The patterns hold nothing else that `u` reads differently: no `.` across an astral
 * character decides a match, and `\s`, `\b` and the escapes mean the same in both.)
 */
export class CaselessPattern {
  private readonly unicode: RegExp;
  private readonly plain: RegExp;

  constructor(pattern: RegExp) {
    this.unicode = new RegExp(pattern.source, 'iu');
    this.plain = new RegExp(pattern.source, 'i');
  }

  exec(s: string): RegExpExecArray | null {
    return this.pick(s).exec(s);
  }

  test(s: string): boolean {
    return this.pick(s).test(s);
  }

  private pick(s: string): RegExp {
    return FOLDS_ONLY_UNDER_U.test(s) ? this.unicode : this.plain;
  }
}

/**
 * The Kelvin sign, the long s and the Ångström sign: one expression instead of three `indexOf`s
 * (a search for a two-byte character: measured over the real minutes' cells, 54 → 39 ns a text).
 */
const FOLDS_ONLY_UNDER_U = /[\u212a\u017f\u212b]/;
