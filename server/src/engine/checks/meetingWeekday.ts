import { DANISH_WEEKDAYS, isValidDate } from '../parse/header';
import type { Check } from './check';
import { formatLongDate } from './format';

export const meetingWeekday: Check = {
  code: 'meeting-weekday',
  defaultSeverity: 'error',
  tags: ['header'],
  description: {
    da: 'Ugedagen i Mødedato passer ikke med datoen, eller datoen findes ikke.',
    en: 'The weekday in Mødedato does not match its date, or the date does not exist.',
  },
  run(ctx) {
    const md = ctx.doc.header.meetingDate;
    if (!md?.date) return;
    const date = md.date.value;
    if (!isValidDate(date)) {
      ctx.report({ range: md.date.range, message: ctx.msg.meetingInvalidDate(formatLongDate(ctx.msg, date)) });
      return;
    }
    // Every Danish weekday ends in «dag»: a first word that does not (`Den 9. december 2025`) is
    // no weekday, while a misspelt one (`Tirdag`) is still held to the date.
    if (!md.weekday || !/dag$/iu.test(md.weekday.value)) return;
    const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    const written = md.weekday.value;
    // toLowerCase: the same as toLocaleLowerCase('da') (Unicode lowers by language only for
    // Lithuanian, Turkish and Azeri), without the slow locale path.
    if (written.normalize('NFC').toLowerCase() === DANISH_WEEKDAYS[actual]) return;
    const name = DANISH_WEEKDAYS[actual]!;
    const replacement = /^\p{Lu}/u.test(written) ? name[0]!.toLocaleUpperCase('da') + name.slice(1) : name;
    ctx.report({
      range: md.weekday.range,
      message: ctx.msg.meetingWeekday(formatLongDate(ctx.msg, date), actual, written),
      fixes: [{ title: ctx.msg.fixWeekday(replacement), edits: [{ range: md.weekday.range, newText: replacement }], safe: true }],
    });
  },
};
