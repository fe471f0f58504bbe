import { DANISH_MONTHS } from '../parse/header';
import type { Check } from './check';
import { firstTextRange } from './where';

/** `9. decmber 2025`: a day, a word where the month goes, a year. */
const WRITTEN_DATE = /(?<!\d)\d{1,2}\.\s*(\p{L}+)\.?\s+\d{4}(?!\d)/gu;

/**
 * In a layout the checker does not know the header of, a date it cannot read is its own
 * shortcoming (`09.12.25`, `2025-12-09`, `9. og 10. december 2025`), not the secretary's; only a
 * month name written wrong (`9. decmber 2025`) is worth a word.
 */
function misspeltMonth(text: string): boolean {
  for (const m of text.matchAll(WRITTEN_DATE)) {
    const word = m[1]!.toLowerCase();
    if (!DANISH_MONTHS.some((month) => month === word || (word.length >= 3 && month.startsWith(word)))) return true;
  }
  return false;
}

export const meetingHeader: Check = {
  code: 'meeting-header',
  defaultSeverity: 'warning',
  tags: ['header'],
  description: {
    da: 'Mødets hoved mangler en titel (REFERAT/DAGSORDEN … d. DD-MM-YYYY) eller en læsbar Mødedato.',
    en: 'The meeting header lacks a title (REFERAT/DAGSORDEN … d. DD-MM-YYYY) or a readable Mødedato.',
  },
  run(ctx) {
    const { doc } = ctx;
    // A file with no items is not (yet) minutes: `no-items` says so, the header is not nagged about.
    if (doc.items.length === 0) return;
    const { title, meetingDate } = doc.header;
    // A layout the checker does not know the header of is not nagged about what it lacks.
    if (ctx.config.header === 'lenient') {
      if (meetingDate && !meetingDate.date && misspeltMonth(doc.lines[meetingDate.range.start.line]?.text ?? '')) ctx.report({ range: meetingDate.range, message: ctx.msg.headerUnreadableMeetingDate() });
      return;
    }
    if (!title) ctx.report({ range: firstTextRange(doc), message: ctx.msg.headerNoTitle(doc.kind === 'dagsorden' ? 'DAGSORDEN' : 'REFERAT') });
    if (!meetingDate) ctx.report({ range: title?.range ?? firstTextRange(doc), message: ctx.msg.headerNoMeetingDate() });
    else if (!meetingDate.date) ctx.report({ range: meetingDate.range, message: ctx.msg.headerUnreadableMeetingDate() });
  },
};
