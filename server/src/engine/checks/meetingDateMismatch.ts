import { isValidDate, sameDate } from '../parse/header';
import type { Check } from './check';
import { formatLongDate, formatTitleDate } from './format';

export const meetingDateMismatch: Check = {
  code: 'meeting-date-mismatch',
  defaultSeverity: 'error',
  tags: ['header'],
  description: {
    da: 'Datoen i titlen er en anden end mødedatoen.',
    en: 'The date in the title differs from the meeting date.',
  },
  run(ctx) {
    const titleDate = ctx.doc.header.title?.date;
    const meetingDate = ctx.doc.header.meetingDate?.date;
    if (!titleDate || !meetingDate || !isValidDate(meetingDate.value) || sameDate(titleDate.value, meetingDate.value)) return;
    const fixed = formatTitleDate(meetingDate.value);
    ctx.report({
      range: titleDate.range,
      message: ctx.msg.meetingDateMismatch(formatTitleDate(titleDate.value), formatLongDate(ctx.msg, meetingDate.value)),
      related: [{ range: meetingDate.range, message: formatLongDate(ctx.msg, meetingDate.value) }],
      // Which of the two is wrong is not known, so the fix is offered but not applied by fix-all.
      fixes: [{ title: ctx.msg.fixTitleDate(fixed), edits: [{ range: titleDate.range, newText: fixed }] }],
    });
  },
};
