
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

/**
 * No markup character, no whitespace but single inner spaces: stripping would change nothing.
 * An expression, not a character loop (`charCodeAt` on a slice of the document is several times
 * slower per character than the expression engine). `[^\S ]` is whitespace other than a space.
 */
const NOT_CLEAN = /[<*_]|^ | $|  |[^\S ]/;
function isClean(s: string): boolean {
  return !NOT_CLEAN.test(s);
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

/**
 * False when `mayHoldUnit(stripMarkup(s))` is false, without stripping: a `k` and an `r` end up
 * side by side only when nothing but markup stood between them (`K_MARKUP_R`). It may say true
 * when stripping would not bring the two together; never the other way round.
 */
export function mayHoldUnitMarked(s: string): boolean {
  return K_MARKUP_R.test(s);
}

/**
 * A `k` (any case, the Kelvin sign) and an `r` with nothing but what `MARKUP` may remove between
 * them: `*`, `_` and tags (`<` up to the next `>`). Every text in which stripping brings the two
 * together matches. One expression instead of a character loop stepping back from every `r`.
 */
const K_MARKUP_R = /[kK\u212a](?:[*_]|<[^>]*>)*[rR]/;

function isK(c: number): boolean {
  return c === 107 || c === 75 || c === 0x212a;
}

/**
 * False when `TOTAL_LABEL` (in grid.ts) cannot match. Anchored at both ends, it matches only a
 * text that starts with `samlet` or whose end (before an optional `.`/`:` and `*`) is `i alt`,
 * `total`, `totalt`, `sum` or `netto`: so an `s` first, or `alt`, `tal`, `sum` or `tto` last. Letters compared
 * ASCII case-insensitively, `ſ` as `s` (the `iu` flags fold it so); nothing else folds to these.
 */
export function mayBeTotalLabel(s: string): boolean {
  if (isS(s.charCodeAt(0))) return true;
  let e = s.length;
  if (s.charCodeAt(e - 1) === 42 /* * */) e--;
  const c = s.charCodeAt(e - 1);
  if (c === 46 || c === 58) e--;
  if (e < 3) return false;
  const a = s.charCodeAt(e - 3) | 32;
  const b = s.charCodeAt(e - 2) | 32;
  const z = s.charCodeAt(e - 1) | 32;
  return (a === 97 && b === 108 && z === 116) /* alt */ || (a === 116 && b === 97 && z === 108) /* tal */ || (isS(s.charCodeAt(e - 3)) && b === 117 && z === 109) /* sum */ || (a === 116 && b === 116 && z === 111) /* netto */;
}

function isS(c: number): boolean {
  return c === 115 || c === 83 || c === 0x17f;
}
