/**
 * Every user-facing string of the engine, in Danish (the default) and English. The English
 * table is typed as `typeof da`, so a message without a translation does not compile; a test
 * also compares the two tables at run time.
 */

export type Locale = 'da' | 'en';

const q = (s: string) => `«${s}»`;
const qe = (s: string) => `"${s}"`;
/** Ends a sentence that may end with an abbreviation (`mio. kr.`) without a double stop. */
const stop = (s: string) => (s.endsWith('.') ? s : `${s}.`);

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
  // date
  textInvalidDate: (date: string) => `Datoen ${date} findes ikke i kalenderen.`,
  dateAfterMeetingInPast: (date: string, meeting: string, verb: string) =>
    `${date} ligger efter mødet (${meeting}), men teksten omtaler den i datid (${q(verb)}). Er årstallet rigtigt?`,
  // reference
  referenceMissing: (n: number, item: number, points: string) => `Indstillingspunkt ${n} findes ikke: indstillingen i punkt ${item} har punkterne ${points}.`,
  referenceNoPoints: (n: number, item: number) => `Indstillingspunkt ${n} findes ikke: indstillingen i punkt ${item} har ingen nummererede punkter.`,
  // text-sum
  textSum: (expression: string, computed: string, stated: string, diff: string) =>
    `Tallene i teksten passer ikke: ${expression} giver ${computed}, men teksten skriver ${stated} (forskel ${diff}).`,
  textSumRounding: (expression: string, computed: string, stated: string, diff: string) =>
    `Afrundingsdifference: ${expression} giver ${computed}, teksten skriver ${stated} (forskel ${diff}); det kan afrunding af beløbene forklare.`,
  textShare: (expression: string, computed: string, stated: string) =>
    `Delbeløbene er større end helheden: ${expression} giver ${computed}, men de er en del af ${stated} («heraf»).`,
  textShareOne: (part: string, stated: string) => `Delbeløbet ${part} er større end ${stated}, som det er en del af («heraf»).`,
  fixTextSum: (value: string) => `Ret totalen til ${value}`,
  // text-table
  textTableWhere: (row: string, column: string) => `${q(row)}, kolonnen ${q(column)}`,
  textTable: (text: string, cell: string, unit: string, where: string, rounded: string) =>
    stop(`Teksten skriver ${text}, men tabellen har ${cell} (${unit}) i ${where}; skrevet som i teksten er det ${rounded}`),
  textTableRounding: (text: string, cell: string, unit: string, where: string, rounded: string) =>
    stop(`Afrundet forkert? Teksten skriver ${text}, men ${cell} (${unit}) i ${where} afrundes til ${rounded}`),
  fixTextTable: (value: string) => `Ret til ${value} som i tabellen`,
  // prose hover
  proseHoverSum: (status: string) => `**Sum i teksten** — ${status}`,
  proseHoverShare: (status: string) => `**Delbeløb («heraf»)** — ${status}`,
  proseHoverTable: (where: string, cell: string, unit: string) => `✓ Stemmer med tabellen: ${where} = ${cell} (${unit})`,
  proseHoverTableSlip: (where: string, cell: string, unit: string) => `✗ Tabellen har ${cell} (${unit}) i ${where}`,
  proseHoverMoreTable: (n: number) => `… og ${n} ${n === 1 ? 'celle' : 'celler'} mere med samme beløb`,
  // header
  headerNoTitle: (kind: string) => `Dokumentet har ingen titellinje (fx ${q(`${kind} Udvalget 2022-2025 d. 09-04-2024`)}).`,
  headerNoMeetingDate: () => `Dokumentet har ingen linje ${q('Mødedato')} med mødets dato.`,
  headerUnreadableMeetingDate: () => `Mødedatoen kan ikke læses; skriv den som ${q('Tirsdag d. 9. april 2024 kl. 08:30')}.`,
  // document
  noItems: () => `Der er ingen dagsordenspunkter i dokumentet (linjer som ${q('Punkt 1: Titel')}).`,
  notText: () => `Filen ligner ikke tekst (den indeholder binære tegn) og bliver ikke kontrolleret.`,
  // table-sum, table-relation, table-rounding
  tableSumWhat: (total: string, column: string) => `${q(total)} i kolonnen ${q(column)}`,
  tableRelationWhat: (row: string, column: string) => `${q(column)} i rækken ${q(row)}`,
  tableSum: (what: string, stated: string, computed: string, diff: string, parts: string, unit: string) =>
    `Summen passer ikke: ${what} er angivet til ${stated}, men ${parts} giver ${computed} (forskel ${diff}${unit}).`,
  tableRelation: (what: string, relation: string, stated: string, computed: string, diff: string, unit: string) =>
    `Kolonnerne passer ikke: ${what} er angivet til ${stated}, men ${relation} giver ${computed} (forskel ${diff}${unit}).`,
  tableRounding: (what: string, stated: string, computed: string, diff: string, parts: string, unit: string) =>
    `Afrundingsdifference: ${what} er angivet til ${stated}, ${parts} giver ${computed} (forskel ${diff}${unit}); det kan afrunding af de enkelte beløb forklare.`,
  tableUnit: (unit: string) => `; ${unit}`,
  tableManyRows: (first: string, last: string, n: number) => `${first} + … + ${last} (${n} rækker)`,
  tableGuessed: () => ' Delene er et bedste gæt, fordi ingen rækker lægger op til totalen.',
  fixTableTotal: (value: string) => `Ret til den beregnede værdi ${value}`,
  // table hover, code lens and review
  tableHoverStated: () => 'angivet',
  tableHoverDifference: () => 'forskel',
  tableStatus: (status: 'ok' | 'rounding' | 'error') => ({ ok: 'stemmer', rounding: 'afrundingsdifference', error: 'fejl' })[status],
  tableLensOk: (what: string) => `✓ ${what} stemmer`,
  tableLensRounding: (what: string, n: number) => `≈ ${what}: ${n} afrundingsdifference${n === 1 ? '' : 'r'}`,
  tableLensError: (what: string, diff: string) => `✗ ${what}: forskel ${diff}`,
  tableLensRowTotal: (label: string) => `total ${q(label)}`,
  tableLensRelation: (relation: string) => relation,
  tableReviewTitle: (n: number) => `Tabel ${n}`,
  tableReviewNone: () => 'ingen totaler fundet',
  tableReviewSummary: (totals: number, rounding: number, errors: number) => `${totals} totaler, ${rounding} afrundingsdifferencer, ${errors} fejl`,
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
  // authoring aids (completion, fixes, commands)
  fixInsertSection: (section: string) => `Indsæt afsnittet ${q(section)}`,
  fixRenumber: (count: number) => `Nummerér punkterne 1–${count}`,
  fixRegenerateContents: () => 'Generér indholdsfortegnelsen ud fra punkterne',
  completionNextItem: (n: number) => `Næste punktnummer (${n})`,
  completionSection: (section: string) => `Afsnit, punktet mangler: ${section}`,
  completionDecision: () => 'Standardbeslutning',
  completionVoteAgainst: () => 'Stemmer imod',
  completionVoteFor: () => 'Stemmer for',
  completionAbsent: () => 'Deltog ikke',
  completionItemSkeleton: (n: number, caseType: string) => `Punkt ${n}: ${caseType}-sag (skabelon)`,
  commandNothingToDo: () => 'Der er intet at ændre.',
  commandNoDocument: () => 'Åbn et referat først.',
  // VS Code client (auto-detection)
  autoDetectPrompt: (file: string) => `${file} ligner et referat eller en dagsorden. Skal den kontrolleres som referat?`,
  autoDetectYes: () => 'Ja',
  autoDetectAlways: () => 'Altid',
  autoDetectNever: () => 'Aldrig',
  // Word and PDF import (server/src/import)
  importNoText: () =>
    'PDF-filen indeholder ingen tekst, kun billeder (en skannet side?). Referat kan kun kontrollere tekst: kør tekstgenkendelse (OCR) på filen, eller hent den oprindelige PDF fra referatsystemet.',
  importPagesNoText: (pages: string) => `Side ${pages} indeholder ingen tekst (skannet billede?) og er ikke kontrolleret.`,
  importUnreadable: (kind: string, detail: string) => `Filen kan ikke læses som ${kind}: ${detail}`,
  placePdf: (page: number, line: number) => `side ${page}, linje ${line}`,
  placeDocxRow: (table: number, row: number, text: string) => `Word: tabel ${table}, række ${row}${text ? ` ${q(text)}` : ''}`,
  placeDocxParagraph: (text: string) => `Word: ved ${q(text)}`,
  importCommandPick: () => 'Vælg et Word- eller PDF-referat',
  importSaved: (file: string) => `Gemt som ${file}.`,
  importFailed: (file: string, detail: string) => `${file} kunne ikke læses: ${detail}`,
  importStatusPlace: (where: string) => `Originalen: ${where}`,
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
  textInvalidDate: (date) => `The date ${date} does not exist.`,
  dateAfterMeetingInPast: (date, meeting, verb) => `${date} is after the meeting (${meeting}), but the text describes it in the past tense (${qe(verb)}). Is the year right?`,
  referenceMissing: (n, item, points) => `Recommendation point ${n} does not exist: the recommendation of item ${item} has points ${points}.`,
  referenceNoPoints: (n, item) => `Recommendation point ${n} does not exist: the recommendation of item ${item} has no numbered points.`,
  textSum: (expression, computed, stated, diff) => `The figures in the text do not add up: ${expression} gives ${computed}, but the text says ${stated} (difference ${diff}).`,
  textSumRounding: (expression, computed, stated, diff) =>
    `Rounding difference: ${expression} gives ${computed}, the text says ${stated} (difference ${diff}); rounding of the amounts explains it.`,
  textShare: (expression, computed, stated) => `The parts exceed the whole: ${expression} gives ${computed}, but they are a share of ${stated} ("heraf").`,
  textShareOne: (part, stated) => `The share ${part} is more than ${stated}, which it is part of ("heraf").`,
  fixTextSum: (value) => `Change the total to ${value}`,
  textTableWhere: (row, column) => `${qe(row)}, column ${qe(column)}`,
  textTable: (text, cell, unit, where, rounded) => stop(`The text says ${text}, but the table has ${cell} (${unit}) in ${where}; written as in the text that is ${rounded}`),
  textTableRounding: (text, cell, unit, where, rounded) => stop(`Rounded the wrong way? The text says ${text}, but ${cell} (${unit}) in ${where} rounds to ${rounded}`),
  fixTextTable: (value) => `Change to ${value} as in the table`,
  proseHoverSum: (status) => `**Sum in the text** — ${status}`,
  proseHoverShare: (status) => `**Share ("heraf")** — ${status}`,
  proseHoverTable: (where, cell, unit) => `✓ Agrees with the table: ${where} = ${cell} (${unit})`,
  proseHoverTableSlip: (where, cell, unit) => `✗ The table has ${cell} (${unit}) in ${where}`,
  proseHoverMoreTable: (n) => `… and ${n} more ${n === 1 ? 'cell' : 'cells'} with the same amount`,
  headerNoTitle: (kind) => `The document has no title line (e.g. ${qe(`${kind} Udvalget 2022-2025 d. 09-04-2024`)}).`,
  headerNoMeetingDate: () => `The document has no ${qe('Mødedato')} line with the meeting date.`,
  headerUnreadableMeetingDate: () => `The meeting date cannot be read; write it as ${qe('Tirsdag d. 9. april 2024 kl. 08:30')}.`,
  noItems: () => `The document has no agenda items (lines like ${qe('Punkt 1: Titel')}).`,
  notText: () => `The file does not look like text (it contains binary characters) and is not checked.`,
  tableSumWhat: (total, column) => `${qe(total)} in column ${qe(column)}`,
  tableRelationWhat: (row, column) => `${qe(column)} in row ${qe(row)}`,
  tableSum: (what, stated, computed, diff, parts, unit) =>
    `The total does not add up: ${what} is stated as ${stated}, but ${parts} gives ${computed} (difference ${diff}${unit}).`,
  tableRelation: (what, relation, stated, computed, diff, unit) =>
    `The columns do not agree: ${what} is stated as ${stated}, but ${relation} gives ${computed} (difference ${diff}${unit}).`,
  tableRounding: (what, stated, computed, diff, parts, unit) =>
    `Rounding difference: ${what} is stated as ${stated}, ${parts} gives ${computed} (difference ${diff}${unit}); rounding of the individual amounts explains it.`,
  tableUnit: (unit) => `; ${unit}`,
  tableManyRows: (first, last, n) => `${first} + … + ${last} (${n} rows)`,
  tableGuessed: () => ' The parts are a best guess, because no rows add up to the total.',
  fixTableTotal: (value) => `Change to the computed value ${value}`,
  tableHoverStated: () => 'stated',
  tableHoverDifference: () => 'difference',
  tableStatus: (status) => ({ ok: 'adds up', rounding: 'rounding difference', error: 'error' })[status],
  tableLensOk: (what) => `✓ ${what} adds up`,
  tableLensRounding: (what, n) => `≈ ${what}: ${n} rounding difference${n === 1 ? '' : 's'}`,
  tableLensError: (what, diff) => `✗ ${what}: difference ${diff}`,
  tableLensRowTotal: (label) => `total ${qe(label)}`,
  tableLensRelation: (relation) => relation,
  tableReviewTitle: (n) => `Table ${n}`,
  tableReviewNone: () => 'no totals found',
  tableReviewSummary: (totals, rounding, errors) => `${totals} totals, ${rounding} rounding differences, ${errors} errors`,
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
  fixInsertSection: (section) => `Insert the ${qe(section)} section`,
  fixRenumber: (count) => `Number the items 1–${count}`,
  fixRegenerateContents: () => 'Regenerate the table of contents from the items',
  completionNextItem: (n) => `Next item number (${n})`,
  completionSection: (section) => `Section the item lacks: ${section}`,
  completionDecision: () => 'Standard decision',
  completionVoteAgainst: () => 'Votes against',
  completionVoteFor: () => 'Votes for',
  completionAbsent: () => 'Did not take part',
  completionItemSkeleton: (n, caseType) => `Item ${n}: ${caseType} case (skeleton)`,
  commandNothingToDo: () => 'There is nothing to change.',
  commandNoDocument: () => 'Open minutes first.',
  autoDetectPrompt: (file) => `${file} looks like minutes or an agenda. Check it as minutes?`,
  autoDetectYes: () => 'Yes',
  autoDetectAlways: () => 'Always',
  autoDetectNever: () => 'Never',
  importNoText: () =>
    'The PDF holds no text, only images (a scanned page?). Referat can check text only: run text recognition (OCR) on the file, or fetch the original PDF from the minutes system.',
  importPagesNoText: (pages) => `Page ${pages} holds no text (a scanned image?) and was not checked.`,
  importUnreadable: (kind, detail) => `The file cannot be read as ${kind}: ${detail}`,
  placePdf: (page, line) => `page ${page}, line ${line}`,
  placeDocxRow: (table, row, text) => `Word: table ${table}, row ${row}${text ? ` ${qe(text)}` : ''}`,
  placeDocxParagraph: (text) => `Word: at ${qe(text)}`,
  importCommandPick: () => 'Pick Word or PDF minutes',
  importSaved: (file) => `Saved as ${file}.`,
  importFailed: (file, detail) => `${file} could not be read: ${detail}`,
  importStatusPlace: (where) => `Original: ${where}`,
};

const tables: Record<Locale, Messages> = { da, en };

export function messagesFor(locale: string | undefined): Messages {
  return tables[toLocale(locale)];
}

/** `en`, `en-US`, `en_GB` → English; everything else → Danish, the default. */
export function toLocale(locale: string | undefined): Locale {
  return locale && /^en\b|^en[-_]/i.test(locale) ? 'en' : 'da';
}
