import type { Check } from './check';
import { firstTextRange } from './where';

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
      if (meetingDate && !meetingDate.date && /\d/u.test(doc.lines[meetingDate.range.start.line]?.text ?? '')) ctx.report({ range: meetingDate.range, message: ctx.msg.headerUnreadableMeetingDate() });
      return;
    }
    if (!title) ctx.report({ range: firstTextRange(doc), message: ctx.msg.headerNoTitle(doc.kind === 'dagsorden' ? 'DAGSORDEN' : 'REFERAT') });
    if (!meetingDate) ctx.report({ range: title?.range ?? firstTextRange(doc), message: ctx.msg.headerNoMeetingDate() });
    else if (!meetingDate.date) ctx.report({ range: meetingDate.range, message: ctx.msg.headerUnreadableMeetingDate() });
  },
};
