import { isJsSpace } from '../text/chars';

/**
 * Cell text without markup (`<b>`, `**`, `__`), whitespace collapsed and trimmed. Called for
 * labels, headers and short cells of every table; nearly all of them are plain text already, so
 * a scan decides first and the regular expressions run only on text that has something to strip.
 */
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__/gi;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;

export function stripMarkup(s: string): string {
  return isClean(s) ? s : s.replace(MARKUP, '').replace(SPACES, ' ').trim();
}

/** No markup character, no whitespace but single inner spaces: stripping would change nothing. */
function isClean(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */ || c === 42 /* * */ || c === 95 /* _ */) return false;
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return false;
    } else if (isJsSpace(c)) return false;
  }
  return true;
}

/**
 * False when `UNIT` (in grid.ts) cannot match: every unit it knows ends in `kr` (`1.000 kr.`,
 * `t.kr.`, `mio. kr.`), and under its `iu` flags `k` also matches `K` and the Kelvin sign.
 */
export function mayHoldUnit(s: string): boolean {
  for (let i = s.indexOf('r', 1); ; i = s.indexOf('r', i + 1)) {
    if (i < 0) break;
    if (isK(s.charCodeAt(i - 1))) return true;
  }
  for (let i = s.indexOf('R', 1); ; i = s.indexOf('R', i + 1)) {
    if (i < 0) break;
    if (isK(s.charCodeAt(i - 1))) return true;
  }
  return false;
}

function isK(c: number): boolean {
  return c === 107 || c === 75 || c === 0x212a;
}

/**
 * False when `TOTAL_LABEL` (in grid.ts) cannot match: each of its words (`i alt`, `total`,
 * `samlet`, `sum`) holds an `l` or an `m`, and no other character case-folds to those.
 */
export function mayBeTotalLabel(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c === 108 /* l */ || c === 109 /* m */) return true;
  }
  return false;
}
