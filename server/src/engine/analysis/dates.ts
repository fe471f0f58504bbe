import type { CalendarDate } from '../model/minutes';
import { DANISH_MONTHS, DANISH_WEEKDAYS } from '../parse/header';
import { isDigit } from '../text/chars';

/** A date written in Danish prose: `tirsdag den 9. april 2024`, `d. 24. oktober 2024`. */
export interface ProseDate {
  readonly date: CalendarDate;
  readonly start: number;
  readonly end: number;
  readonly weekday?: { readonly text: string; readonly start: number; readonly end: number };
}

// The day, month and year first: a digit anchors the search, so prose without dates is skimmed
// quickly; the optional weekday and `den`/`d.` are then read backwards from the match.
const CORE = new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(${DANISH_MONTHS.join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'giu');
const BEFORE = new RegExp(`(?<![\\p{L}])(?:(${DANISH_WEEKDAYS.join('|')})\\s+)?(?:(?:den|d\\.)\\s+)?$`, 'iu');

/** False when `CORE` cannot match: every date has a digit right before a full stop (`9. april`). */
function mayHoldDate(text: string): boolean {
  for (let i = text.indexOf('.', 1); i >= 0; i = text.indexOf('.', i + 1)) if (isDigit(text.charCodeAt(i - 1))) return true;
  return false;
}

export function findDates(text: string): ProseDate[] {
  const out: ProseDate[] = [];
  // Most prose lines hold no date; the regular expression (a lookbehind at every position) is
  // run only on lines that pass the cheap test.
  if (!mayHoldDate(text)) return out;
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    const month = DANISH_MONTHS.indexOf(m[2]!.toLocaleLowerCase('da')) + 1;
    const date = { day: Number(m[1]), month, year: Number(m[3]) };
    const from = Math.max(0, m.index - 24);
    const before = BEFORE.exec(text.slice(from, m.index));
    const start = before ? from + before.index : m.index;
    const weekday = before?.[1] ? { text: before[1], start, end: start + before[1].length } : undefined;
    out.push({ date, start, end: m.index + m[0].length, weekday });
  }
  return out;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
