/**
 * Amounts the Danish way, with exact decimal arithmetic.
 *
 * An `Amount` is an integer count of 10^-scale units held in a BigInt: budget tables add up
 * millions of kroner with decimals, and a total that is off by 0,1 must be told apart from
 * floating-point drift. Nothing here ever uses a JavaScript number for a value.
 */
export interface Amount {
  /** The value times 10^scale. */
  readonly units: bigint;
  /** Number of decimals the units stand for (0 for whole kroner). */
  readonly scale: number;
}

const TEN = 10n;

function pow10(n: number): bigint {
  let r = 1n;
  for (let i = 0; i < n; i++) r *= TEN;
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
  /** Minus sign used (`-`, `−` or `÷`). */
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

const MINUS = new Set(['-', '\u2212', '÷']);
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
const SPACES = /^[\s\u00a0\u202f\u2009\u200b\ufeff]+|[\s\u00a0\u202f\u2009\u200b\ufeff]+$/g;
const GROUP_SEPARATORS = new Set(['.', ' ', '\u00a0', '\u202f', '\u2009']);

/**
 * Reads a cell as a Danish amount: `1.044.235`, `-20.371`, `−780`, `÷ 5`, `11,5`, `3,8 %`,
 * `<b>49.200</b>`, `**0**`, `1 044 235`. Anything else (text, `3,7 % (Sep-23)`, `1.5`) is not
 * an amount. Linear in the length of the text; never throws.
 */
/** A cheap first look: most cells of a table are labels, and a label without a digit is no amount. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function parseAmount(raw: string): ParsedAmount | undefined {
  if (raw.length === 0 || raw.length > 80 || !hasDigit(raw)) return undefined;
  let text = raw.replace(SPACES, '');
  let before = '';
  let after = '';
  let bold = false;
  // Peel markup off, outermost first; `<b>-20</b>` and `**<b>1</b>**` both work.
  for (let again = true; again; ) {
    again = false;
    for (const [open, close, isBold] of WRAPPERS) {
      if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
        before += open;
        after = close + after;
        text = text.slice(open.length, text.length - close.length).replace(SPACES, '');
        bold ||= isBold;
        again = true;
        break;
      }
    }
  }
  let i = 0;
  let minus = '';
  if (i < text.length && (MINUS.has(text[i]!) || text[i] === '+')) {
    if (text[i] !== '+') minus = text[i]!;
    i++;
    while (i < text.length && /[\s\u00a0\u202f\u2009]/.test(text[i]!)) i++;
  }
  // Integer part: digits, optionally grouped by threes with one separator used throughout.
  const intStart = i;
  let grouping = '';
  let groupLen = 0;
  let digits = '';
  while (i < text.length) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') {
      digits += c;
      groupLen++;
      i++;
    } else if (GROUP_SEPARATORS.has(c) && i + 3 < text.length + 1 && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) {
      if (grouping === '' ? groupLen > 3 || groupLen === 0 : c !== grouping || groupLen !== 3) return undefined;
      grouping = c;
      groupLen = 0;
      i++;
    } else break;
  }
  if (digits.length === 0 || (grouping !== '' && groupLen !== 3) || i === intStart) return undefined;
  let decimals = '';
  if (text[i] === ',' && /\d/.test(text[i + 1] ?? '')) {
    i++;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') decimals += text[i++];
  }
  const suffix = text.slice(i);
  const percent = /^\s*%$/.test(suffix);
  if (suffix.length > 0 && !percent && !/^\s*(?:t\.?\s?|mio\.?\s*|mia\.?\s*)?kr\.?$/i.test(suffix)) return undefined;
  const units = BigInt(digits + decimals) * (minus ? -1n : 1n);
  const n = Number(digits);
  return {
    amount: { units, scale: decimals.length },
    decimals: decimals.length,
    style: { minus: minus || '-', grouping, before, after, suffix },
    percent,
    bold,
    yearLike: !minus && grouping === '' && decimals === '' && digits.length === 4 && n >= 1900 && n <= 2100 && suffix === '',
  };
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
    const parts: string[] = [];
    for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
    grouped = parts.join(grouping);
  }
  return `${negative ? (style.minus ?? '-') : ''}${grouped}${frac ? `,${frac}` : ''}`;
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
