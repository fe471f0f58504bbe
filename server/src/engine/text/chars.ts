/**
 * Character classes as code-unit tests, for the hot loops that used to run a regular expression
 * (or `replace`) per table cell: most cells need no change at all, and finding that out with a
 * scan allocates nothing.
 */

/** Exactly the characters of JavaScript's `\s` (and of `String.prototype.trim`). */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A minus sign as minutes write it (`-`, `−`, `÷`). */
export function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 0xf7;
}

/** True when the text contains an ASCII digit. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}
