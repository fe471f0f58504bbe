import type { CalendarDate } from '../model/minutes';
import type { Messages } from '../i18n/messages';

/** `10. november 2020` / `10 November 2020` */
export function formatLongDate(msg: Messages, d: CalendarDate): string {
  return msg.longDate(d.day, d.month, d.year);
}

/** `10-11-2020`, the form used in minutes titles. */
export function formatTitleDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, '0')}-${String(d.month).padStart(2, '0')}-${d.year}`;
}
