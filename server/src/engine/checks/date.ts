import { compareDates, findDates } from '../analysis/dates';
import { proseLines, sentenceSpans } from '../analysis/prose';
import { DANISH_WEEKDAYS, isValidDate } from '../parse/header';
import { lineRange } from '../text/range';
import type { Check } from './check';
import { formatLongDate } from './format';

/** Verbs in the past tense that say something already happened at that date. */
const PAST = /(?<!\p{L})(godkendte|besluttede|vedtog|drøftede|behandlede|anbefalede|tiltrådte|orienterede|offentliggjorde|indgik|afholdt|afholdte|præsenterede|modtog|forelagde|udsendte|blev)(?!\p{L})/iu;
/** Words that move a sentence into the future or make it a plan, whatever the verb. */
const FUTURE = /(?<!\p{L})(vil|skal|forventes|forventer|forventeligt|planlægges|planlagt|kommende|senere)(?!\p{L})/iu;

export const date: Check = {
  code: 'date',
  defaultSeverity: 'warning',
  tags: ['prose'],
  description: {
    da: 'En dato i teksten: ugedagen passer ikke med datoen, datoen findes ikke, eller en dato efter mødet omtales i datid.',
    en: 'A date in the text: the weekday does not match, the date does not exist, or a date after the meeting is described in the past tense.',
  },
  run(ctx) {
    const meeting = ctx.doc.header.meetingDate?.date?.value;
    for (const prose of proseLines(ctx.doc)) {
      const dates = findDates(prose.text);
      if (dates.length === 0) continue;
      // Split into sentences only for a date after the meeting: most dates never need it.
      let sentences: { start: number; end: number }[] | undefined;
      for (const d of dates) {
        const range = lineRange(prose.line, d.start, d.end);
        const long = () => formatLongDate(ctx.msg, d.date);
        if (!isValidDate(d.date)) {
          ctx.report({ range, severity: 'error', message: ctx.msg.textInvalidDate(long()) });
          continue;
        }
        if (d.weekday) {
          const actual = new Date(Date.UTC(d.date.year, d.date.month - 1, d.date.day)).getUTCDay();
          // Lowered as in Danish: Unicode lowers by language for Lithuanian, Turkish and Azeri only.
          if (d.weekday.text.toLowerCase() !== DANISH_WEEKDAYS[actual]) {
            const name = DANISH_WEEKDAYS[actual]!;
            const replacement = /^\p{Lu}/u.test(d.weekday.text) ? name[0]!.toLocaleUpperCase('da') + name.slice(1) : name;
            const wr = lineRange(prose.line, d.weekday.start, d.weekday.end);
            ctx.report({
              range: wr,
              severity: 'error',
              message: ctx.msg.meetingWeekday(long(), actual, d.weekday.text),
              fixes: [{ title: ctx.msg.fixWeekday(replacement), edits: [{ range: wr, newText: replacement }] }],
            });
          }
        }
        if (meeting && compareDates(d.date, meeting) > 0) {
          sentences ??= sentenceSpans(prose.text);
          const sentence = sentences.find((s) => s.start <= d.start && d.end <= s.end) ?? { start: 0, end: prose.text.length };
          const text = prose.text.slice(sentence.start, sentence.end);
          const past = PAST.exec(text);
          if (past && !FUTURE.test(text)) {
            ctx.report({ range, severity: 'warning', message: ctx.msg.dateAfterMeetingInPast(long(), formatLongDate(ctx.msg, meeting), past[1]!) });
          }
        }
      }
    }
  },
};
