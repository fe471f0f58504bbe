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

/**
 * A date that is a target or a deadline, not when the past event happened: `Mødet blev flyttet
 * til den 15. januar 2026`, `Ordningen blev forlænget frem til 31. december 2026`, `med virkning
 * fra 1. januar 2026`, `senest den 1. marts 2026`.
 */
const TARGET_BEFORE = /(?<!\p{L})(?:til|fra|indtil|senest|pr\.|inden|før|efter|med virkning fra|med start|gældende fra|frist)\s*$/iu;

/**
 * A clause boundary: a comma, semicolon or colon before a space (not `2,5`), a free-standing dash,
 * or a conjunction that opens a new clause (`Høringen blev sat i gang den 1. november og løber
 * til den 15. januar 2026`: «blev» is not the verb of the second date).
 */
const CLAUSE_BREAK = /[,;:](?=\s)|\s[–—-]\s|\s(?:og|men|samt|mens|hvorefter|indtil)(?=\s)/giu;

/**
 * A date that belongs to what the verb is about, not to when it happened: `Formanden orienterede
 * om borgermødet den 3. juni`, `Udvalget drøftede arrangementet den 12. juni` (a coming event).
 * Read between the past verb and the date: the topic after `om`, or an event's noun (`…mødet`,
 * `arrangementet`, `konferencen`) that is not where the act took place (`på mødet den …` is).
 * `Udvalget godkendte budgettet den 10. oktober` stays a slip: a budget is no event.
 */
const TOPIC_OM = /^\s*om(?!\p{L})/iu;
const EVENT_NOUN = /(?<!(?:på|i)\s+)(?<!\p{L})\p{L}*(?:møde|mødet|arrangement|arrangementet|konference|konferencen|seminar|seminaret|workshop|workshoppen|temadag|temadagen|åbning|åbningen|indvielse|indvielsen|kursus|kurset|besøg|besøget|høring|høringen)(?!\p{L})/iu;

function aboutAnEvent(between: string): boolean {
  return TOPIC_OM.test(between) || EVENT_NOUN.test(between);
}

/** The clause of `text[start, end)` (a date) within the sentence `text[from, to)`, as offsets. */
function clauseSpan(text: string, from: number, to: number, start: number, end: number): { s: number; e: number } {
  let s = from;
  let e = to;
  CLAUSE_BREAK.lastIndex = from;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < to; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) s = m.index + m[0].length;
    else if (m.index >= end) {
      e = m.index;
      break;
    }
  }
  return { s, e };
}

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
        // A date in digits is read for its weekday only.
        if (!d.numeric && meeting && compareDates(d.date, meeting) > 0) {
          sentences ??= sentenceSpans(prose.text);
          const sentence = sentences.find((s) => s.start <= d.start && d.end <= s.end) ?? { start: 0, end: prose.text.length };
          const text = prose.text.slice(sentence.start, sentence.end);
          // The verb must be the date's own: «Formanden orienterede om juleafslutningerne, der
          // holdes fredag den 19. december» tells of the orientation, not of the date.
          const clause = clauseSpan(prose.text, sentence.start, sentence.end, d.start, d.end);
          const past = PAST.exec(prose.text.slice(clause.s, clause.e));
          const verbEnd = past ? clause.s + past.index + past[0].length : -1;
          const ofTopic = past !== null && verbEnd <= d.start && aboutAnEvent(prose.text.slice(verbEnd, d.start));
          if (past && !ofTopic && !FUTURE.test(text) && !TARGET_BEFORE.test(prose.text.slice(Math.max(0, d.start - 24), d.start))) {
            ctx.report({ range, severity: 'warning', message: ctx.msg.dateAfterMeetingInPast(long(), formatLongDate(ctx.msg, meeting), past[1]!) });
          }
        }
      }
    }
  },
};
