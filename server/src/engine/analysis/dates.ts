import type { CalendarDate } from '../model/minutes';
import { DANISH_MONTHS, DANISH_WEEKDAYS } from '../parse/header';

/** A date written in Danish prose: `tirsdag den 9. april 2024`, `d. 24. oktober 2024`. */
export interface ProseDate {
  readonly date: CalendarDate;
  readonly start: number;
  readonly end: number;
  readonly weekday?: { readonly text: string; readonly start: number; readonly end: number };
}

const DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(${DANISH_WEEKDAYS.join('|')})\\s+)?(?:(?:den|d\\.)\\s+)?(\\d{1,2})\\.\\s*(${DANISH_MONTHS.join('|')})\\.?\\s+(\\d{4})(?!\\d)`,
  'giu',
);

export function findDates(text: string): ProseDate[] {
  const out: ProseDate[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const month = DANISH_MONTHS.indexOf(m[3]!.toLocaleLowerCase('da')) + 1;
    const date = { day: Number(m[2]), month, year: Number(m[4]) };
    const weekday = m[1] ? { text: m[1], start: m.index, end: m.index + m[1].length } : undefined;
    out.push({ date, start: m.index, end: m.index + m[0].length, weekday });
  }
  return out;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
