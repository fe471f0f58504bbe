/**
 * Amounts the Danish way, with exact decimal arithmetic.
 *
 * An `Amount` is an integer count of 10^-scale units held in a BigInt: budget tables add up
 * millions of kroner with decimals, and a total that is off by 0,1 must be told apart from
 * floating-point drift. Nothing here ever uses a JavaScript number for a value.
 */
import { hasDigit, isDigit, isJsSpace, isMinus } from '../text/chars';

export interface Amount {
  /** The value times 10^scale. */
  readonly units: bigint;
  /** Number of decimals the units stand for (0 for whole kroner). */
  readonly scale: number;
}

const TEN = 10n;

/** 10^0 … 10^40, made once: every rescaling and rounding asks for one, most for 10^0 … 10^9. */
const POWERS: readonly bigint[] = Array.from({ length: 41 }, (_, n) => TEN ** BigInt(n));

function pow10(n: number): bigint {
  if (n < POWERS.length) return n > 0 ? POWERS[n]! : 1n;
  let r = POWERS[POWERS.length - 1]!;
  for (let i = POWERS.length - 1; i < n; i++) r *= TEN;
  return r;
}

export const ZERO: Amount = { units: 0n, scale: 0 };

/** The same value at a larger scale (never loses digits; a smaller scale is ignored). */
export function atScale(a: Amount, scale: number): Amount {
  return scale <= a.scale ? a : { units: a.units * pow10(scale - a.scale), scale };
}

export function add(a: Amount, b: Amount): Amount {
  const s = Math.max(a.scale, b.scale);
  return { units: atScale(a, s).units + atScale(b, s).units, scale: s };
}

export function negate(a: Amount): Amount {
  return { units: -a.units, scale: a.scale };
}

export function subtract(a: Amount, b: Amount): Amount {
  return add(a, negate(b));
}

export function isZero(a: Amount): boolean {
  return a.units === 0n;
}

export function abs(a: Amount): Amount {
  return a.units < 0n ? negate(a) : a;
}

/**
 * True when |diff| is at most half a unit (10^-decimals) per part: what rounding each of
 * `parts` amounts to whole units (or to `decimals` shown decimals) can explain.
 */
export function withinRounding(diff: Amount, decimals: number, parts: number): boolean {
  const s = Math.max(diff.scale, decimals);
  const d = atScale(abs(diff), s).units;
  // |d| ≤ parts × ½ × 10^(s - decimals)  ⇔  2|d| ≤ parts × 10^(s - decimals)
  return 2n * d <= BigInt(parts) * pow10(s - decimals);
}

/** How a number was written, so a corrected value can be written the same way. */
export interface NumberStyle {
  /** Minus sign used (`-`, `−`, `÷`, `–`, or `(` for an amount in parentheses). */
  readonly minus: string;
  /** Thousands separator (`.`, a space, a no-break or thin space) or '' when not grouped. */
  readonly grouping: string;
  /** Markup around the number (`<b>`, `**`), kept when the number is rewritten. */
  readonly before: string;
  readonly after: string;
  /** Text after the number inside the markup (` %`, ` kr.`). */
  readonly suffix: string;
}

export interface ParsedAmount {
  readonly amount: Amount;
  /** Decimals as written (`11,5` → 1). */
  readonly decimals: number;
  readonly style: NumberStyle;
  readonly percent: boolean;
  /** Set in bold (`<b>…</b>`, `**…**`, `<strong>`). */
  readonly bold: boolean;
  /** A bare four-digit year (1900–2100, no separators): a label, never an amount to add. */
  readonly yearLike: boolean;
}

const WRAPPERS: readonly (readonly [string, string, boolean])[] = [
  ['<b>', '</b>', true],
  ['<strong>', '</strong>', true],
  ['**', '**', true],
  ['__', '__', true],
  ['<i>', '</i>', false],
  ['<em>', '</em>', false],
  ['*', '*', false],
  ['_', '_', false],
];
const UNIT_SUFFIX = /^\s*(?:t\.?\s?|mio\.?\s*|mia\.?\s*)?kr\.?$/i;

/** What `parseAmount` trims around a number: `\s` and the zero-width space. */
function isPadding(c: number): boolean {
  return c === 0x200b || isJsSpace(c);
}

function trimPadding(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && isPadding(s.charCodeAt(from))) from++;
  while (to > from && isPadding(s.charCodeAt(to - 1))) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/**
 * Whether the first character after the padding can begin an amount: a digit, a sign, `(` or
 * markup. Every text cell begins with a letter, and this one look rules it out before the scan
 * for a digit walks it (a third of what reading the real minutes' tables cost).
 */
function mayStartAmount(raw: string): boolean {
  let i = 0;
  while (i < raw.length && isPadding(raw.charCodeAt(i))) i++;
  const c = raw.charCodeAt(i);
  return isDigit(c) || c === 60 /* < */ || c === 42 /* * */ || c === 95 /* _ */ || c === 40 /* ( */ || isMinus(c) || c === 0x2013 || c === 43 /* + */;
}

/** `.`, a space, a no-break, narrow no-break or thin space between groups of three digits. */
function isGroupSeparator(c: number): boolean {
  return c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Reads a cell as a Danish amount: `1.044.235`, `-20.371`, `−780`, `÷ 5`, `(12.400)`, `11,5`, `3,8 %`,
 * `<b>49.200</b>`, `**0**`, `1 044 235`. Anything else (text, `3,7 % (Sep-23)`, `1.5`) is not
 * an amount. Linear in the length of the text; never throws. Code-unit scans rather than
 * regular expressions and slices: every cell with a digit in every table comes through here.
 */
export function parseAmount(raw: string): ParsedAmount | undefined {
  if (raw.length === 0 || raw.length > 80 || !mayStartAmount(raw) || !hasDigit(raw)) return undefined;
  let text = trimPadding(raw);
  let before = '';
  let after = '';
  let bold = false;
  // Peel markup off, outermost first; `<b>-20</b>` and `**<b>1</b>**` both work. Every opener
  // starts with `<`, `*` or `_`.
  for (let again = true; again; ) {
    again = false;
    const first = text.charCodeAt(0);
    if (first !== 60 && first !== 42 && first !== 95) break;
    // An index loop: an iterator and a destructured triple per cell were most of what this allocated.
    for (let w = 0; w < WRAPPERS.length; w++) {
      const wrapper = WRAPPERS[w]!;
      const open = wrapper[0];
      const close = wrapper[1];
      const isBold = wrapper[2];
      if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
        before += open;
        after = close + after;
        text = trimPadding(text.slice(open.length, text.length - close.length));
        bold ||= isBold;
        again = true;
        break;
      }
    }
  }
  let minus = '';
  // `(12.400)`: a negative amount as accounts write it (the parentheses are its minus sign).
  if (text.charCodeAt(0) === 40 /* ( */ && text.charCodeAt(text.length - 1) === 41 /* ) */ && text.length > 2) {
    text = trimPadding(text.slice(1, -1));
    minus = '(';
  }
  const n = text.length;
  let i = 0;
  const sign = text.charCodeAt(0);
  // A minus is `-`, `−`, `÷` or the en dash Word's autocorrect makes of `- ` (`– 1.234`).
  if (n > 0 && (isMinus(sign) || sign === 0x2013 || sign === 43 /* + */)) {
    if (minus) return undefined;
    if (sign !== 43) minus = text[0]!;
    i++;
    while (i < n && isJsSpace(text.charCodeAt(i))) i++;
  }
  // Integer part: digits, optionally grouped by threes with one separator used throughout. The
  // value is added up as it is read: up to 15 digits a double holds it exactly, and BigInt(n) of
  // it allocates no digit strings (longer numbers go through the digits as a string).
  const intStart = i;
  let grouping = 0;
  let groupLen = 0;
  let digitCount = 0;
  let value = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      groupLen++;
      digitCount++;
      value = value * 10 + (c - 48);
      i++;
    } else if (isGroupSeparator(c) && threeDigitsAt(text, i + 1)) {
      if (grouping === 0 ? groupLen > 3 || groupLen === 0 : c !== grouping || groupLen !== 3) return undefined;
      grouping = c;
      groupLen = 0;
      i++;
    } else break;
  }
  const intEnd = i;
  if (digitCount === 0 || (grouping !== 0 && groupLen !== 3) || i === intStart) return undefined;
  let decimals = 0;
  if (text.charCodeAt(i) === 44 /* , */ && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) {
      value = value * 10 + (text.charCodeAt(i) - 48);
      decimals++;
      i++;
    }
  }
  const suffix = i === n ? '' : text.slice(i);
  // In parentheses only a bare amount written as accounts write it, grouped or with decimals:
  // `(1.000 kr.)` heads a column with its unit, and `(50)` is a count or a note's number.
  if (minus === '(' && (suffix !== '' || (grouping === 0 && decimals === 0))) return undefined;
  const percent = suffix.length > 0 && isPercent(suffix);
  if (suffix.length > 0 && !percent && !(endsInR(suffix) && UNIT_SUFFIX.test(suffix))) return undefined;
  const magnitude = digitCount + decimals <= MAX_EXACT_DIGITS ? BigInt(value) : BigInt(digitsOf(text, intStart, intEnd) + text.slice(intEnd + 1, i));
  const units = minus ? -magnitude : magnitude;
  const yearLike = !minus && grouping === 0 && decimals === 0 && digitCount === 4 && suffix === '' && isYear(value);
  return {
    amount: { units, scale: decimals },
    decimals,
    style: styleOf(minus, grouping, before, after, suffix),
    percent,
    bold,
    yearLike,
  };
}

/**
 * False when `UNIT_SUFFIX` cannot match: it ends in `kr` or `kr.`, and under its `i` flag (no
 * `u`) only `r` and `R` match an `r`. Text after a number (`% (Dec-22)`, `. indikator`) is ruled
 * out without the expression.
 */
function endsInR(suffix: string): boolean {
  let e = suffix.length;
  if (suffix.charCodeAt(e - 1) === 46 /* . */) e--;
  return (suffix.charCodeAt(e - 1) | 32) === 114 /* r */;
}

/** Digits a double adds up exactly (10^15 < 2^53). */
const MAX_EXACT_DIGITS = 15;

/** The digits of an integer part, without its group separators. */
function digitsOf(text: string, from: number, to: number): string {
  let digits = '';
  let run = from;
  for (let i = from; i < to; i++) {
    if (isDigit(text.charCodeAt(i))) continue;
    digits += text.slice(run, i);
    run = i + 1;
  }
  return digits + text.slice(run, to);
}

/** Styles of plain numbers (no markup, no suffix), one object per minus and grouping: most cells share one. */
const plainStyles = new Map<number, NumberStyle>();

function styleOf(minus: string, grouping: number, before: string, after: string, suffix: string): NumberStyle {
  if (before !== '' || after !== '' || suffix !== '') return newStyle(minus, grouping, before, after, suffix);
  const key = (minus ? minus.charCodeAt(0) : 0) * 0x10000 + grouping;
  let shared = plainStyles.get(key);
  if (!shared) plainStyles.set(key, (shared = newStyle(minus, grouping, '', '', '')));
  return shared;
}

function newStyle(minus: string, grouping: number, before: string, after: string, suffix: string): NumberStyle {
  return { minus: minus || '-', grouping: grouping === 0 ? '' : String.fromCharCode(grouping), before, after, suffix };
}

function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

/** Exactly three digits at `at`, and no fourth after them. */
function threeDigitsAt(s: string, at: number): boolean {
  return isDigit(s.charCodeAt(at)) && isDigit(s.charCodeAt(at + 1)) && isDigit(s.charCodeAt(at + 2)) && !isDigit(s.charCodeAt(at + 3));
}

/** `%`, `␣%`: whitespace, then a percent sign ending the text. */
function isPercent(suffix: string): boolean {
  let i = 0;
  while (i < suffix.length && isJsSpace(suffix.charCodeAt(i))) i++;
  return i === suffix.length - 1 && suffix.charCodeAt(i) === 37;
}

/** Danish format: `1.044.235`, `-20.371`, `11,5`; `decimals` digits after the comma. */
export function formatAmount(a: Amount, decimals: number, style: Partial<NumberStyle> = {}): string {
  const grouping = style.grouping ?? '.';
  const scaled = roundToScale(a, decimals);
  const negative = scaled.units < 0n;
  let digits = (negative ? -scaled.units : scaled.units).toString().padStart(decimals + 1, '0');
  const frac = decimals > 0 ? digits.slice(digits.length - decimals) : '';
  digits = decimals > 0 ? digits.slice(0, digits.length - decimals) : digits;
  let grouped = digits;
  if (grouping) {
    // The first group holds what is left over from the threes (an array of groups joined was
    // most of a finding message's cost: 27 amounts of the 2024 minutes' rounding finding).
    const head = digits.length % 3 || 3;
    grouped = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) grouped += grouping + digits.slice(i, i + 3);
  }
  const written = `${grouped}${frac ? `,${frac}` : ''}`;
  if (negative && style.minus === '(') return `(${written})`;
  return `${negative ? (style.minus ?? '-') : ''}${written}`;
}

/** The amount as written in a cell again: markup, sign style, grouping and suffix kept. */
export function formatLike(a: Amount, decimals: number, style: NumberStyle): string {
  return `${style.before}${formatAmount(a, decimals, style)}${style.suffix}${style.after}`;
}

/** Rounds half away from zero to `decimals` (only ever needed when a scale is too fine). */
function roundToScale(a: Amount, decimals: number): Amount {
  if (a.scale <= decimals) return atScale(a, decimals);
  const f = pow10(a.scale - decimals);
  const q = a.units / f;
  const r = a.units % f;
  const twice = (r < 0n ? -r : r) * 2n;
  const rounded = twice >= f ? q + (a.units < 0n ? -1n : 1n) : q;
  return { units: rounded, scale: decimals };
}

/** a × 10^exp; a negative `exp` grows the scale, so nothing is ever lost. */
export function timesPow10(a: Amount, exp: number): Amount {
  return exp >= 0 ? { units: a.units * pow10(exp), scale: a.scale } : { units: a.units, scale: a.scale - exp };
}

/** Half of one unit of 10^exp (the most that rounding to 10^exp moves a number). */
export function halfUnit(exp: number): Amount {
  return timesPow10({ units: 5n, scale: 1 }, exp);
}

/** −1, 0 or 1 as a − b is negative, zero or positive. */
export function compare(a: Amount, b: Amount): number {
  const d = subtract(a, b).units;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** |a| rounded (half away from zero) to a whole number of 10^exp: `18.747.801`, exp 3 → 18748. */
export function roundedUnits(a: Amount, exp: number): bigint {
  return roundToScale(timesPow10(abs(a), -exp), 0).units;
}
