import type { MinutesDocument } from '../model/minutes';
import type { Range } from '../text/range';
import { Amount, NumberStyle, formatAmount, parseAmount, timesPow10 } from '../tables/amount';
import { isAsciiLetter, isDigit, isJsSpace, isMinus } from '../text/chars';
import { Paragraph, paragraphs } from './paragraphs';
import { DocumentSlot } from '../model/derived';

/**
 * Amounts of money written in running text: `6.300 kr.`, `27,1 mio. kr.`, `-10,8 mio. kr.`,
 * `18.747.801 kr.`, `12,5 mia. kr.`, `450 t.kr.`, and the unit first: `kr. 250.000`, `t.kr. 1.200`. The number is read by the same `parseAmount`
 * as table cells; the unit gives a power of ten, so every value is in kroner and amounts in
 * different units can be compared exactly.
 */
export interface MoneyAmount {
  /** The value in kroner, signed as written. */
  readonly value: Amount;
  /** Power of ten of the unit: 0 kr., 3 t.kr., 6 mio. kr., 9 mia. kr. */
  readonly exponent: number;
  /** Decimals as written (`27,1` → 1). */
  readonly decimals: number;
  /** Power of ten of the last written digit, in kroner (`27,1 mio. kr.` → 5): its rounding. */
  readonly precision: number;
  readonly style: NumberStyle;
  /** `ca. 10 mio. kr.`, `godt 7 mio. kr.`: never held to a sum. */
  readonly approximate: boolean;
  /** As written, number and unit. */
  readonly text: string;
  readonly paragraph: Paragraph;
  /** Offsets in the paragraph's text: the whole amount, and the number alone (after the unit in `kr. 250.000`). */
  readonly start: number;
  readonly end: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Number and unit. */
  readonly range: Range;
  /** The number alone: what a fix rewrites (the unit stays). */
  readonly numberRange: Range;
}

export interface ParagraphMoney {
  readonly paragraph: Paragraph;
  /** In text order. */
  readonly amounts: readonly MoneyAmount[];
}

/**
 * The number and unit prefix that end just before a `kr`, read from where the number starts (found
 * by stepping back from the `kr`, which is rare) instead of trying every position of every
 * paragraph. The number may not continue a word, a number or a range (`2021-2023 kr.` is no
 * amount of 2023): `precededWell` checks the character before it.
 */
const AMOUNT_BEFORE_KR = /([-−÷+]\s?)?(\d{1,3}(?:[.\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)[\s\u00a0]?(?:(mia\.?|milliard(?:er)?|mio\.?|million(?:er)?)\s?|(t\.\s?|t))?/iy;
/** `kr` in any case; `test` (not `exec`) finds the next one without building a match. */
const KR = /kr/gi;
const LETTER = /\p{L}/u;
const APPROXIMATE = /(?<!\p{L})(?:ca\.?|cirka|omkring|knap|godt|over|under|op mod|op til|mindst|højst|næsten|mere end|mindre end)\s*$/iu;
/**
 * `ca.`, `godt`, `op mod` right before the amount at `start` (`APPROXIMATE` on the 14 characters
 * before it). Every word it knows ends in one of `a . g p t r d l`: when the last character before
 * the amount (whitespace aside) is none of these, the expression is not run (most amounts follow
 * `på`, `af`, `med`).
 */
function isApproximate(text: string, start: number): boolean {
  const from = Math.max(0, start - 14);
  let last = start - 1;
  while (last >= from && isJsSpace(text.charCodeAt(last))) last--;
  if (last < from) return false;
  const c = text.charCodeAt(last);
  const l = c | 32;
  if (!(c === 46 || l === 97 || l === 103 || l === 112 || l === 116 || l === 114 || l === 100 || l === 108)) return false;
  return APPROXIMATE.test(text.slice(from, start));
}

/** The farthest a number's last digit stands before its `kr` (`12,5 milliarder kr`). */
const UNIT_REACH = 14;

function isNumberChar(c: number): boolean {
  return isDigit(c) || c === 46 /* . */ || c === 44 /* , */ || c === 0xa0 || c === 0x202f;
}

/** A sign before a number: a minus or `+`. */
function isSign(c: number): boolean {
  return isMinus(c) || c === 43;
}

/** A letter (`\p{L}`); ASCII without the regular expression. */
function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(String.fromCharCode(c));
}

/** Where the number that ends before `kr` starts, sign included; -1 when there is none. */
function numberStartBefore(text: string, kr: number): number {
  let last = kr - 1;
  while (last >= 0 && kr - last <= UNIT_REACH && !isDigit(text.charCodeAt(last))) last--;
  if (last < 0 || !isDigit(text.charCodeAt(last))) return -1;
  let start = last;
  while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
  while (!isDigit(text.charCodeAt(start))) start++; // a stop or comma before the digits is punctuation
  let signed = start;
  if (signed > 1 && isJsSpace(text.charCodeAt(signed - 1)) && isSign(text.charCodeAt(signed - 2))) signed -= 2;
  else if (signed > 0 && isSign(text.charCodeAt(signed - 1))) signed -= 1;
  return signed;
}

/** Not inside a word, a number or a range (`2021-2023`). */
function precededWell(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (isLetter(c) || isNumberChar(c)) return false;
  // A sign right after a digit is a range's dash, not a minus: `2021-2023 kr.`.
  return !((isSign(c) || c === 0x2013) /* – */ && start >= 2 && isDigit(text.charCodeAt(start - 2)));
}

/** The end of the unit at `kr`: after `kr.` or `kroner` (any case), else right after `kr`. */
function unitEnd(text: string, kr: number): number {
  const end = kr + 2;
  if (text.charCodeAt(end) === 46) return end + 1;
  return isWordAt(text, end, 'oner') ? end + 4 : end;
}

/** `word` (lower-case ASCII) at `at` in any case, as `slice(…).toLowerCase() === word` decides. */
function isWordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  // Only A–Z lower to a–z among single code units but U+212A (kelvin, to `k`): no `k` in `word`.
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i) || !isAsciiLetter(text.charCodeAt(at + i))) return false;
  return true;
}

const ANCHOR = /(?<!\p{L})(?:samlet|samlede|i alt|totalt|tilsammen|sammenlagt)(?!\p{L})/iu;
/** What every match of `ANCHOR` holds, under the same flags: most text before an amount holds none of it, and this rules it out without the lookbehinds. */
const MAY_ANCHOR = /sam|i alt|total/iu;

/** «samlet», «i alt» shortly before the amount (not before `from`): the text states a total. */
export function isAnchored(text: string, a: MoneyAmount, from: number, reach = 80): boolean {
  const before = text.slice(Math.max(from, a.start - reach), a.start);
  return MAY_ANCHOR.test(before) && ANCHOR.test(before);
}

interface ProseMoney {
  /** The amounts of each paragraph of `paragraphs(doc)`, by the same index. */
  readonly byParagraph: readonly (readonly MoneyAmount[])[];
  readonly withMoney: readonly ParagraphMoney[];
}

const NONE: readonly MoneyAmount[] = Object.freeze([]);
const memo = new DocumentSlot<ProseMoney>();

function proseMoney(doc: MinutesDocument): ProseMoney {
  return memo.of(doc, findProseMoney);
}

function findProseMoney(doc: MinutesDocument): ProseMoney {
  const all = paragraphs(doc);
  const byParagraph: (readonly MoneyAmount[])[] = [];
  const withMoney: ParagraphMoney[] = [];
  for (const paragraph of all) {
    // A paragraph kept only for its colon (a list's introduction) mostly names no kroner.
    const amounts = paragraph.mayNameKroner ? moneyIn(paragraph) : NONE;
    byParagraph.push(amounts.length > 0 ? amounts : NONE);
    if (amounts.length > 0) withMoney.push(new AmountsOf(paragraph, amounts));
  }
  return { byParagraph, withMoney };
}

/** Every paragraph with at least one amount of money, with its amounts; once per document. */
export function moneyInProse(doc: MinutesDocument): readonly ParagraphMoney[] {
  return proseMoney(doc).withMoney;
}

/** The amounts of each paragraph of `paragraphs(doc)`, by the same index (most have none). */
export function amountsByParagraph(doc: MinutesDocument): readonly (readonly MoneyAmount[])[] {
  return proseMoney(doc).byParagraph;
}

class AmountsOf implements ParagraphMoney {
  constructor(
    readonly paragraph: Paragraph,
    readonly amounts: readonly MoneyAmount[],
  ) {}
}

/**
 * The first `kr` (any case) at `from` or after it, or -1. The paragraphs know where their first
 * one is: when it stands at `from`, no expression is run to find it again (one call less per
 * paragraph with `kr`; `moneyIn` over the real minutes' paragraphs, paired: 0.956 / 1.004).
 */
function kronerAt(text: string, from: number): number {
  // `c | 32` is `k`/`r` for exactly `K`/`k` and `R`/`r`: what `/kr/i` matches (the kelvin sign is no `k` without the `u` flag).
  if ((text.charCodeAt(from) | 32) === 107 && (text.charCodeAt(from + 1) | 32) === 114) return from;
  KR.lastIndex = from;
  return KR.test(text) ? KR.lastIndex - 2 : -1;
}

export function moneyIn(paragraph: Paragraph): MoneyAmount[] {
  const text = paragraph.text;
  const out: MoneyAmount[] = [];
  for (let kr = kronerAt(text, Math.max(0, paragraph.kronerFrom)); kr >= 0; kr = kronerAt(text, kr + 2)) {
    const end = unitEnd(text, kr);
    if (end < text.length && isLetter(text.charCodeAt(end))) continue;
    let matchStart = numberStartBefore(text, kr);
    if (matchStart < 0) {
      const after = amountAfter(paragraph, kr, end);
      if (after) out.push(after);
      continue;
    }
    AMOUNT_BEFORE_KR.lastIndex = matchStart;
    let m = AMOUNT_BEFORE_KR.exec(text);
    // A sign that is no sign (`2021 - 2023 kr.`, a dash in a sentence): read from the digits.
    if (m && m[1] !== undefined && !precededWell(text, matchStart)) {
      matchStart += m[1].length;
      AMOUNT_BEFORE_KR.lastIndex = matchStart;
      m = AMOUNT_BEFORE_KR.exec(text);
    }
    if (!m || matchStart + m[0].length !== kr || !precededWell(text, matchStart)) {
      const after = amountAfter(paragraph, kr, end);
      if (after) out.push(after);
      continue;
    }
    // A list item's own dash (`- 10 mio. kr. til …`) is a marker, not a minus.
    const signed = m[1] !== undefined && matchStart >= paragraph.listMarker;
    const start = signed ? matchStart : matchStart + (m[1]?.length ?? 0);
    const numberText = (signed ? m[1]! : '') + m[2]!;
    const parsed = parseAmount(numberText);
    if (!parsed) continue;
    const exponent = m[3] ? (/^mia|^milliard/i.test(m[3]) ? 9 : 6) : m[4] ? 3 : 0;
    out.push(
      new ProseAmount(paragraph, timesPow10(parsed.amount, exponent), exponent, parsed.decimals, parsed.style, isApproximate(text, start), start, end, start, start + numberText.length),
    );
  }
  return out;
}

/** `kr. 250.000`, `kr 1.500.000,-`, `t.kr. 1.200`: the number after the unit (`,-` is no decimals). */
const AMOUNT_AFTER_KR = /[\s\u00a0]?(\d{1,3}(?:[.\u00a0\u202f]\d{3})+|\d+)(,\d+|,-)?/y;

/**
 * The amount whose unit comes first (`kr. 250.000`), when no number stands before the `kr` at
 * `kr` (whose unit ends at `end`). A number that goes on (`kr. 2 mio.`, `kr. 12.5`) is none.
 */
function amountAfter(paragraph: Paragraph, kr: number, end: number): ProseAmount | undefined {
  const text = paragraph.text;
  if (!isDigit(text.charCodeAt(end)) && !(isJsSpace(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1)))) return undefined;
  // `kr` must start the unit: `t.kr.`/`tkr.` before it give thousands, a letter otherwise ends it.
  let start = kr;
  let exponent = 0;
  if (kr >= 2 && (text.charCodeAt(kr - 1) === 46 && (text.charCodeAt(kr - 2) | 32) === 116)) {
    start = kr - 2;
    exponent = 3;
  } else if (kr >= 1 && (text.charCodeAt(kr - 1) | 32) === 116) {
    start = kr - 1;
    exponent = 3;
  }
  if (start > 0 && (isLetter(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1)))) return undefined;
  AMOUNT_AFTER_KR.lastIndex = end;
  const m = AMOUNT_AFTER_KR.exec(text);
  if (!m) return undefined;
  const after = end + m[0].length;
  const c = text.charCodeAt(after);
  if (isDigit(c) || isLetter(c) || ((c === 46 || c === 44) && isDigit(text.charCodeAt(after + 1))) || /^\s*(?:mio|mia|milliard|million|%|pct|procent)/iu.test(text.slice(after, after + 12))) return undefined;
  const numberStart = end + (m[0].length - m[1]!.length - (m[2]?.length ?? 0));
  const decimals = m[2] && m[2] !== ',-' ? m[2] : '';
  const parsed = parseAmount(m[1]! + decimals);
  if (!parsed) return undefined;
  const numberEnd = numberStart + m[1]!.length + decimals.length;
  return new ProseAmount(paragraph, timesPow10(parsed.amount, exponent), exponent, parsed.decimals, parsed.style, isApproximate(text, start), start, Math.max(numberEnd, after), numberStart, numberEnd);
}

/** Ranges are worked out only when asked for: most amounts never reach a finding or a hover. */
class ProseAmount implements MoneyAmount {
  constructor(
    readonly paragraph: Paragraph,
    readonly value: Amount,
    readonly exponent: number,
    readonly decimals: number,
    readonly style: NumberStyle,
    readonly approximate: boolean,
    readonly start: number,
    readonly end: number,
    readonly numberStart: number,
    readonly numberEnd: number,
  ) {}
  get precision(): number {
    return this.exponent - this.decimals;
  }
  get text(): string {
    return this.paragraph.text.slice(this.start, this.end);
  }
  get range(): Range {
    return { start: this.paragraph.positionAt(this.start), end: this.paragraph.positionAt(this.end) };
  }
  get numberRange(): Range {
    return { start: this.paragraph.positionAt(this.numberStart), end: this.paragraph.positionAt(this.numberEnd) };
  }
}

const UNIT_NAMES: Readonly<Record<number, string>> = { 0: 'kr.', 3: 't.kr.', 6: 'mio. kr.', 9: 'mia. kr.' };

/**
 * An amount in kroner written in a unit: `formatMoney(27.100.000, 6, 1)` → `27,1 mio. kr.`.
 * Negative values keep their minus; `style` gives grouping and minus sign.
 */
export function formatMoney(value: Amount, exponent: number, decimals: number, style?: Partial<NumberStyle>): string {
  return `${formatAmount(timesPow10(value, -exponent), decimals, style)} ${UNIT_NAMES[exponent] ?? 'kr.'}`;
}

/** The decimals an amount needs in `exponent`'s unit to show digits down to 10^precision. */
export function decimalsFor(exponent: number, precision: number): number {
  return Math.max(0, exponent - precision);
}
