/**
 * Every user-facing string of the engine, in Danish (the default) and English. The English
 * table is typed as `typeof da`, so a message without a translation does not compile; a test
 * also compares the two tables at run time.
 */

export type Locale = 'da' | 'en';

const q = (s: string) => `«${s}»`;
const qe = (s: string) => `"${s}"`;

export const da = {
  // missing-section
  missingSection: (item: number, section: string) => `Punkt ${item} mangler afsnittet ${q(section)}.`,
  missingSectionCaseType: (item: number, section: string, caseType: string, caseName: string) =>
    `Punkt ${item} er en ${caseType}-sag (${caseName.toLocaleLowerCase('da')}) og mangler afsnittet ${q(section)}.`,
  missingSectionReferenced: (item: number, section: string) =>
    `Beslutningen i punkt ${item} henviser til indstillingen, men punktet har intet afsnit ${q(section)}.`,
  // missing-economy
  missingEconomy: (item: number, amount: string, section: string) =>
    `Indstillingen i punkt ${item} flytter penge (${amount}), men punktet har intet afsnit ${q(section)}.`,
  // duplicate-section
  duplicateSection: (item: number, section: string, firstLine: number) =>
    `Afsnittet ${q(section)} står to gange i punkt ${item} (første gang i linje ${firstLine}).`,
  // section-order
  sectionOrder: (section: string, after: string, order: string) =>
    `Afsnittet ${q(section)} står efter ${q(after)}; den sædvanlige rækkefølge er ${order}.`,
  sectionOrderBefore: (section: string, before: string, order: string) =>
    `Afsnittet ${q(section)} står før ${q(before)}; den sædvanlige rækkefølge er ${order}.`,
  // empty-section
  emptySection: (item: number, section: string) => `Afsnittet ${q(section)} i punkt ${item} er tomt.`,
  // item-number-duplicate
  itemNumberDuplicate: (n: number, otherLine: number) => `Punktnummer ${n} er allerede brugt (i linje ${otherLine}).`,
  // item-number-gap
  itemNumberGap: (n: number, previous: number) =>
    n === previous + 2 ? `Punkt ${n} følger efter punkt ${previous}: punkt ${previous + 1} mangler.` : `Punkt ${n} følger efter punkt ${previous}: punkterne ${previous + 1}–${n - 1} mangler.`,
  itemNumberFirst: (n: number) => `Første punkt har nummer ${n}; nummereringen bør begynde ved 1.`,
  itemNumberBackwards: (n: number, previous: number) => `Punkt ${n} følger efter punkt ${previous}: numrene går baglæns.`,
  // contents-*
  contentsMissingItem: (item: number, title: string) => `Punkt ${item} ${q(title)} står ikke i indholdsfortegnelsen.`,
  contentsOrphanEntry: (title: string) => `Indholdsfortegnelsen nævner ${q(title)}, men intet punkt har den titel.`,
  contentsTitle: (entry: string, item: number, title: string) => `Indholdsfortegnelsen skriver ${q(entry)}, men punkt ${item} hedder ${q(title)}.`,
  fixContentsTitle: (title: string) => `Ret indholdsfortegnelsen til ${q(title)}`,
  // meeting-weekday
  meetingWeekday: (date: string, actualWeekday: number, written: string) =>
    `${date} er en ${da.weekdayNames[actualWeekday]}, ikke ${written.toLocaleLowerCase('da')}.`,
  meetingInvalidDate: (date: string) => `Datoen ${date} findes ikke i kalenderen.`,
  fixWeekday: (weekday: string) => `Ret ugedagen til ${q(weekday)}`,
  // meeting-date-mismatch
  meetingDateMismatch: (titleDate: string, meetingDate: string) => `Titlen siger ${titleDate}, men mødedatoen er ${meetingDate}.`,
  fixTitleDate: (date: string) => `Ret datoen i titlen til ${date}`,
  // journal-number
  journalNumber: (value: string) => `Journalnummeret ${q(value)} har ikke formen NN.NN.NN-X00-N-ÅÅ (fx 00.30.00-S00-1-24).`,
  journalNumberMissing: (item: number) => `Punkt ${item} har intet journalnummer under titlen.`,
  // header
  headerNoTitle: (kind: string) => `Dokumentet har ingen titellinje (fx ${q(`${kind} Udvalget 2022-2025 d. 09-04-2024`)}).`,
  headerNoMeetingDate: () => `Dokumentet har ingen linje ${q('Mødedato')} med mødets dato.`,
  headerUnreadableMeetingDate: () => `Mødedatoen kan ikke læses; skriv den som ${q('Tirsdag d. 9. april 2024 kl. 08:30')}.`,
  // document
  noItems: () => `Der er ingen dagsordenspunkter i dokumentet (linjer som ${q('Punkt 1: Titel')}).`,
  notText: () => `Filen ligner ikke tekst (den indeholder binære tegn) og bliver ikke kontrolleret.`,
  fileTooLarge: (sizeMb: string, limitMb: string) =>
    `Filen er for stor til at blive kontrolleret (${sizeMb} MB; grænsen er ${limitMb} MB), så Referat har stoppet kontrollen af den. Grænsen kan ændres med indstillingen ${q('referat.maxFileSize')}.`,
  // words used inside messages
  monthNames: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as readonly string[],
  weekdayNames: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'] as readonly string[],
  longDate: (day: number, month: number, year: number) => `${day}. ${da.monthNames[month - 1] ?? month} ${year}`,
  listJoin: (parts: readonly string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`),
  fixAll: () => 'Ret alle sikre Referat-fund',
  // outline
  outlineContents: () => 'Indholdsfortegnelse',
  outlineItem: (n: number, title: string) => `Punkt ${n}: ${title}`,
  outlineTable: (rows: number, columns: number) => `Tabel (${rows} rækker × ${columns} kolonner)`,
  outlinePreamble: () => 'Indledning',
};

export type Messages = typeof da;

export const en: Messages = {
  missingSection: (item, section) => `Item ${item} has no ${qe(section)} section.`,
  missingSectionCaseType: (item, section, caseType, caseName) => `Item ${item} is a ${caseType} case (${caseName}) and has no ${qe(section)} section.`,
  missingSectionReferenced: (item, section) => `The decision in item ${item} refers to the recommendation, but the item has no ${qe(section)} section.`,
  missingEconomy: (item, amount, section) => `The recommendation in item ${item} moves money (${amount}), but the item has no ${qe(section)} section.`,
  duplicateSection: (item, section, firstLine) => `The ${qe(section)} section appears twice in item ${item} (first on line ${firstLine}).`,
  sectionOrder: (section, after, order) => `The ${qe(section)} section comes after ${qe(after)}; the usual order is ${order}.`,
  sectionOrderBefore: (section, before, order) => `The ${qe(section)} section comes before ${qe(before)}; the usual order is ${order}.`,
  emptySection: (item, section) => `The ${qe(section)} section of item ${item} is empty.`,
  itemNumberDuplicate: (n, otherLine) => `Item number ${n} is already used (on line ${otherLine}).`,
  itemNumberGap: (n, previous) =>
    n === previous + 2 ? `Item ${n} follows item ${previous}: item ${previous + 1} is missing.` : `Item ${n} follows item ${previous}: items ${previous + 1}–${n - 1} are missing.`,
  itemNumberFirst: (n) => `The first item is numbered ${n}; numbering should start at 1.`,
  itemNumberBackwards: (n, previous) => `Item ${n} follows item ${previous}: the numbers go backwards.`,
  contentsMissingItem: (item, title) => `Item ${item} ${qe(title)} is not in the table of contents.`,
  contentsOrphanEntry: (title) => `The table of contents lists ${qe(title)}, but no item has that title.`,
  contentsTitle: (entry, item, title) => `The table of contents says ${qe(entry)}, but item ${item} is titled ${qe(title)}.`,
  fixContentsTitle: (title) => `Change the contents entry to ${qe(title)}`,
  meetingWeekday: (date, actualWeekday, written) =>
    `${date} is a ${en.weekdayNames[actualWeekday]} (${da.weekdayNames[actualWeekday]}), not ${qe(written)}.`,
  meetingInvalidDate: (date) => `The date ${date} does not exist.`,
  fixWeekday: (weekday) => `Change the weekday to ${qe(weekday)}`,
  meetingDateMismatch: (titleDate, meetingDate) => `The title says ${titleDate}, but the meeting date is ${meetingDate}.`,
  fixTitleDate: (date) => `Change the date in the title to ${date}`,
  journalNumber: (value) => `The journal number ${qe(value)} does not have the form NN.NN.NN-X00-N-YY (e.g. 00.30.00-S00-1-24).`,
  journalNumberMissing: (item) => `Item ${item} has no journal number under its title.`,
  headerNoTitle: (kind) => `The document has no title line (e.g. ${qe(`${kind} Udvalget 2022-2025 d. 09-04-2024`)}).`,
  headerNoMeetingDate: () => `The document has no ${qe('Mødedato')} line with the meeting date.`,
  headerUnreadableMeetingDate: () => `The meeting date cannot be read; write it as ${qe('Tirsdag d. 9. april 2024 kl. 08:30')}.`,
  noItems: () => `The document has no agenda items (lines like ${qe('Punkt 1: Titel')}).`,
  notText: () => `The file does not look like text (it contains binary characters) and is not checked.`,
  fileTooLarge: (sizeMb, limitMb) =>
    `The file is too large to check (${sizeMb} MB; the limit is ${limitMb} MB), so Referat has stopped checking it. The limit can be changed with the setting ${qe('referat.maxFileSize')}.`,
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  longDate: (day, month, year) => `${day} ${en.monthNames[month - 1] ?? month} ${year}`,
  listJoin: (parts) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`),
  fixAll: () => 'Fix all safe Referat findings',
  outlineContents: () => 'Table of contents',
  outlineItem: (n, title) => `Item ${n}: ${title}`,
  outlineTable: (rows, columns) => `Table (${rows} rows × ${columns} columns)`,
  outlinePreamble: () => 'Introduction',
};

const tables: Record<Locale, Messages> = { da, en };

export function messagesFor(locale: string | undefined): Messages {
  return tables[toLocale(locale)];
}

/** `en`, `en-US`, `en_GB` → English; everything else → Danish, the default. */
export function toLocale(locale: string | undefined): Locale {
  return locale && /^en\b|^en[-_]/i.test(locale) ? 'en' : 'da';
}
