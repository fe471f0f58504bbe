import type { CalendarDate } from '../model/minutes';
import { DANISH_MONTHS, DANISH_WEEKDAYS } from '../parse/header';
import { isDigit } from '../text/chars';

/** A date written in Danish prose: `tirsdag den 9. april 2024`, `d. 24. oktober 2024`. */
export interface ProseDate {
  readonly date: CalendarDate;
  readonly start: number;
  readonly end: number;
  readonly weekday?: { readonly text: string; readonly start: number; readonly end: number };
  /**
   * Written in digits (`tirsdag d. 3.6.2025`, `onsdag den 10.12.25`): read only after a weekday,
   * and only to check it (a number such as `2.5.1` is no date without one). `3/6 2025` is not
   * read: a search for slashes in every line of prose cost a third of the date scan.
   */
  readonly numeric?: boolean;
}

// The day, month and year, read where a date can start: the one or two digits before a full stop
// (`9. april`). The optional weekday and `den`/`d.` are then read backwards from the match.
const CORE = new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(${DANISH_MONTHS.join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'yiu');
/** `3.6.2025`, `03.06.25`: day, month, year. */
const NUMERIC = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.,/]\d)/y;
const BEFORE = new RegExp(`(?<![\\p{L}])(?:(${DANISH_WEEKDAYS.join('|')})\\s+)?(?:(?:den|d\\.)\\s+)?$`, 'iu');

/**
 * Where a date could start at the full stop `dot`: the digits right before it, when there are one
 * or two of them (`(?<!\d)(\d{1,2})\.` in `CORE`); else -1. Every match of `CORE` starts at such a
 * place, so trying these (rare) places only finds the same dates as scanning every position.
 */
function dayStartBefore(text: string, dot: number): number {
  let start = dot;
  // A third digit is enough to rule the place out.
  while (start > 0 && dot - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
  return dot - start === 1 || dot - start === 2 ? start : -1;
}

/**
 * Whether the code unit after a day's full stop may begin `\s*(month)` of `CORE`: white space (as
 * `\s` has it), a month's first letter in either case, or the long s (`ſeptember` under `iu`).
 * Rules out the amounts (`4.895.122`: a digit after each full stop) before the expression is run.
 */
export function mayFollowDay(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || MONTH_INITIALS.includes(String.fromCharCode(c | 32));
  return c === 0x17f || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const MONTH_INITIALS = [...new Set(DANISH_MONTHS.map((m) => m[0]!))].join('');

/** What `findDates` returns for the many lines without a date: one array, not one per line. */
const NO_DATES: readonly ProseDate[] = Object.freeze([]);

export function findDates(text: string): readonly ProseDate[] {
  let out: ProseDate[] | undefined;
  let dot = text.indexOf('.', 1);
  while (dot >= 0) {
    let resume = dot + 1;
    const start = dayStartBefore(text, dot);
    // A month's name follows the full stop (after spaces): `4.895` of an amount never starts one.
    const m = start >= 0 && mayFollowDay(text.charCodeAt(dot + 1)) ? dateAt(text, start) : null;
    // `3.6.2025`: a month of one or two digits and a second full stop (`12.500` is an amount).
    if (!m && start >= 0 && (text.charCodeAt(dot + 2) === 46 || text.charCodeAt(dot + 3) === 46) && isDigit(text.charCodeAt(dot + 1))) {
      const n = numericDateAt(text, start);
      if (n) {
        (out ??= []).push(n);
        resume = n.end;
      }
    }
    if (m) {
      const date = { day: Number(m[1]), month: monthNumber(m[2]!), year: Number(m[3]) };
      const from = Math.max(0, m.index - 24);
      const before = BEFORE.exec(text.slice(from, m.index));
      const start = before ? from + before.index : m.index;
      const weekday = before?.[1] ? { text: before[1], start, end: start + before[1].length } : undefined;
      const end = m.index + m[0].length;
      (out ??= []).push({ date, start, end, weekday });
      // The next date starts after this one's year, as a scan of the whole line would go on.
      resume = end;
    }
    dot = text.indexOf('.', resume);
  }
  return out ?? NO_DATES;
}

/** A date in digits at `start`, when a weekday stands right before it (with `den`/`d.`). */
function numericDateAt(text: string, start: number): ProseDate | undefined {
  // After a space that ends `d.`, `den` or a weekday (`…dag`): one look at two characters
  // before any expression (most numbers with a full stop are amounts).
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return undefined;
  const before = text.charCodeAt(start - 2) | 32;
  if (before !== 46 && before !== 110 && before !== 103) return undefined;
  NUMERIC.lastIndex = start;
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const from = Math.max(0, start - 24);
  const weekday = BEFORE.exec(text.slice(from, start));
  if (!weekday?.[1]) return undefined;
  const year = Number(m[3]);
  const date = { day: Number(m[1]), month: Number(m[2]), year: year < 100 ? 2000 + year : year };
  const at = from + weekday.index;
  return { date, start: at, end: start + m[0].length, weekday: { text: weekday[1], start: at, end: at + weekday[1].length }, numeric: true };
}

function dateAt(text: string, start: number): RegExpExecArray | null {
  if (start < 0) return null;
  CORE.lastIndex = start;
  return CORE.exec(text);
}

/** 1–12 for a month name as matched (any case); 0 for a spelling outside the list (`ſeptember`). */
function monthNumber(name: string): number {
  // Not `toLocaleLowerCase('da')`: it is the same mapping (Unicode has language-specific lowering
  // for Lithuanian, Turkish and Azeri only) and a slow call that first canonicalises the locale.
  return DANISH_MONTHS.indexOf(name.toLowerCase()) + 1;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
