import type { CalendarDate, DocumentKind, Located, MeetingDate, MeetingHeader, MeetingTitle } from '../model/minutes';
import { Line, trimmedLineRange } from '../text/lines';
import { lineRange } from '../text/range';
import { readHeadingLine } from './headingLine';

export const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
export const DANISH_WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

// (`Dagsorden eller referat`, a web page's label over the meeting, is no title: it says neither.)
// (`Beslutninger fra mødet`: a minutes document of the decisions alone, under the committee's name.)
const TITLE = /^(REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL|BESLUTNINGER(?=\s+fra\s+mødet\b))\b(?!\s+(?:eller|og|\/)\s+(?:referat|dagsorden))\s*(.*?)\s*$/iu;
/** `Byrådet - Referat`, `Byrådet – referat`: the committee first. */
// (`22. september 2025 - referat fra byrådet`: the date first, the body after the word.)
const TITLE_AFTER = /^\S.{0,80}?\s[-–]\s*(Referat|Dagsorden)(?:\s+(?:fra|for)\s+\p{L}[\p{L} -]{0,60})?\s*$/iu;
/** Lines that open a header when no title stands above them. */
// (`UDVALG` alone in capitals, its value on the next line: an eDoc web page's header.)
const START_LABEL = /^\s*(?:\*\*|__)?(?:Udvalg|Mødedato|Dato)\s*(?:\*\*|__)?\s*:|^\s*UDVALG\s*$/iu;
const TITLE_TAIL = /^(.*?)(?:\s+(\d{4}\s*[-–]\s*\d{4}))?\s+d\.\s*(\d{1,2})-(\d{1,2})-(\d{4})$/du;
const LABEL = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(Mødedato|Mødetidspunkt|Starttidspunkt|Mødested|Dato|Tidspunkt|Tid og sted|Sted)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*|^\s*(Starttidspunkt|Sted)\s*$|^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(Mødedato|Mødested)\s*(?:\*\*|__)?\s*(?:\*\*|__)?\s*/iu;
const DATE_WORDS = /^(?:(\p{L}+),?\s+)?(?:den\s+|d\.\s*)?(\d{1,2})\.\s*(\p{L}+)\.?\s+(\d{4})(?:\s*(?:,|-|–|kl\.?)?\s*(?:kl\.?\s*)?(\d{1,2}[:.]\d{2}))?/du;
const DATE_NUMERIC = /^(?:(\p{L}+),?\s+)?(?:den\s+|d\.\s*)?(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:\s*(?:,|-|–|kl\.?)?\s*(?:kl\.?\s*)?(\d{1,2}[:.]\d{2}))?/du;

/** A date and nothing else on the line (a weekday and a time allowed). */
const DATE_ALONE = /^\s*(?:\p{L}+,?\s+)?(?:den\s+)?(?:\d{1,2}\.\s*\p{L}+\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s*(?:,|-|–)?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?\s*$/u;

/** Reads the meeting header from the lines before the contents and the first item. */
export function parseHeader(lines: readonly Line[], end: number, from = 0): MeetingHeader {
  let title: MeetingTitle | undefined;
  let meetingDate: MeetingDate | undefined;
  let venue: Located | undefined;
  let start: number | undefined;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (start === undefined && START_LABEL.test(line.text)) start = i;
    const label = LABEL.exec(line.text);
    if (label) {
      let valueStart = label[0].length;
      let valueLine = line;
      // `Mødedato:` (or `STARTTIDSPUNKT`) alone, the value on the next line (PDF and web exports).
      // (`Dato: |` / `08-10-2025 16:00:00 |`: a web page's header table turned into text.)
      if (/^\s*\|?\s*$/u.test(line.text.slice(valueStart)) && i + 1 < end) {
        let j = i + 1;
        while (j < end && j <= i + 2 && lines[j]!.text.trim() === '') j++;
        if (j < end && j <= i + 2 && !LABEL.exec(lines[j]!.text) && lines[j]!.text.length <= 120) {
          valueLine = lines[j]!;
          valueStart = valueLine.text.length - valueLine.text.trimStart().length;
        }
      }
      const name = (label[1] ?? label[2] ?? label[3])!.normalize('NFC').toLowerCase();
      if ((name === 'mødedato' || name === 'dato' || name === 'tidspunkt' || name === 'mødetidspunkt' || name === 'starttidspunkt') && !meetingDate) {
        const d = parseMeetingDate(valueLine, valueStart);
        // `Tidspunkt: kl. 8.00` after a `Dato:` line adds nothing; a date is what is wanted.
        if (d.date || name === 'mødedato' || name === 'dato') meetingDate = d;
      } else if ((name === 'mødested' || name === 'sted') && !venue) {
        const value = valueLine.text.slice(valueStart).trimEnd();
        venue = { value: value.trim(), range: lineRange(valueLine.index, valueStart, valueStart + value.length) };
      }
      continue;
    }
    // A date alone on a line (`30. sep 2025`, `23-09-2025`: a web page's header without labels).
    if (!meetingDate && line.text.length <= 40 && DATE_ALONE.test(line.text)) {
      const valueStart = line.text.length - line.text.trimStart().length;
      const d = parseMeetingDate(line, valueStart);
      if (d.date) {
        meetingDate = d;
        if (start === undefined) start = i;
        continue;
      }
    }
    if (!title) {
      const h = readHeadingLine(line.text);
      const m = h && (TITLE.exec(h.text) ?? TITLE_AFTER.exec(h.text));
      if (h && m) {
        title = parseTitle(i, h.start, h.text, m[1]!.toUpperCase() === 'DAGSORDEN' ? 'dagsorden' : 'referat', line);
        // A bare `REFERAT` under the committee's name: the header starts with the name.
        const above = i > from ? lines[i - 1]!.text.trim() : '';
        const titleStart = /^(?:referat|dagsorden|beslutninger fra mødet)$/iu.test(h.text) && above.length > 0 && above.length <= 80 && !above.includes(':') ? i - 1 : i;
        if (start === undefined || titleStart < start) start = titleStart;
      }
    }
  }
  // `Referat fra mødet onsdag den 19. november 2025 kl. 16.00` (a Word page header read as the
  // document's header): where no line gives the meeting's date, the title line's own date does.
  if (!meetingDate && title && !title.date) meetingDate = dateInTitle(lines[title.range.start.line]!);
  return { start: start === undefined ? undefined : trimmedLineRange(lines[start]!), title, meetingDate, venue };
}

/** A date in words or digits in a title line, with the weekday and `den` before it. */
const DATE_IN_TITLE = /(?<!\p{L})(?:\p{L}+dag,?\s+)?(?:den\s+|d\.\s*)?\d{1,2}(?:\.\s*\p{L}+\.?\s+|[-./]\d{1,2}[-./])\d{4}(?!\d)/u;

function dateInTitle(line: Line): MeetingDate | undefined {
  const m = DATE_IN_TITLE.exec(line.text);
  if (!m) return undefined;
  const d = parseMeetingDate(line, m.index);
  return d.date ? d : undefined;
}

function parseTitle(lineIndex: number, start: number, text: string, kind: DocumentKind, line: Line): MeetingTitle {
  const afterKeyword = text.search(/\s/u);
  const base = { range: trimmedLineRange(line), text, kind };
  if (afterKeyword < 0) return base;
  let restStart = afterKeyword;
  while (/\s/u.test(text[restStart] ?? '')) restStart++;
  const rest = text.slice(restStart);
  const m = TITLE_TAIL.exec(rest);
  if (!m || !m.indices) return base;
  const at = (g: number): [number, number] => {
    const [a, b] = m.indices![g]!;
    return [start + restStart + a, start + restStart + b];
  };
  const [cs, ce] = at(1);
  const committee = m[1] ? { value: m[1], range: lineRange(lineIndex, cs, ce) } : undefined;
  const period = m[2] ? { value: m[2], range: lineRange(lineIndex, ...at(2)) } : undefined;
  const ds = at(3)[0];
  const de = at(5)[1];
  const date: Located<CalendarDate> = { value: { day: Number(m[3]), month: Number(m[4]), year: Number(m[5]) }, range: lineRange(lineIndex, ds, de) };
  // Written out, not spread from `base`: V8 copies a spread object on a slow generic path, and
  // that one copy was most of the header's time.
  return { range: base.range, text, kind, committee, period, date };
}

function parseMeetingDate(line: Line, valueStart: number): MeetingDate {
  const value = line.text.slice(valueStart);
  const range = trimmedLineRange(line);
  const words = DATE_WORDS.exec(value);
  const numeric = words ? undefined : DATE_NUMERIC.exec(value);
  const m = words ?? numeric;
  if (!m || !m.indices) return { range };
  const at = (g: number) => lineRange(line.index, valueStart + m.indices![g]![0], valueStart + m.indices![g]![1]);
  const weekdayWord = m[1];
  // A first word that is no weekday name is not reported as one (e.g. "d." was already matched).
  const weekday = weekdayWord ? { value: weekdayWord, range: at(1) } : undefined;
  let month: number;
  if (words) {
    const name = m[3]!.normalize('NFC').toLowerCase();
    // `26. nov. 2025`, `3. sept. 2025`: a month cut short after three letters or more.
    month = DANISH_MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name))) + 1;
  } else {
    month = Number(m[3]);
  }
  const dateRange = lineRange(line.index, valueStart + m.indices[2]![0], valueStart + m.indices[4]![1]);
  const date = month > 0 ? { value: { day: Number(m[2]), month, year: Number(m[4]) }, range: dateRange } : undefined;
  const time = m[5] ? { value: m[5], range: at(5) } : undefined;
  return { range, weekday, date, time };
}

/** True when the calendar has this day (no 31 April, 29 February only in leap years). */
export function isValidDate(d: CalendarDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const js = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return js.getUTCFullYear() === d.year && js.getUTCMonth() === d.month - 1 && js.getUTCDate() === d.day;
}

/** Danish weekday name (lower case) of a valid date. */
export function weekdayOf(d: CalendarDate): string {
  return DANISH_WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!;
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
