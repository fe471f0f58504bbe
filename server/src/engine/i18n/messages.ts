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

/** What each item heading form looks like, for the layout's name. */
const ITEM_FORM_EXAMPLE: Record<string, string> = {
  punkt: 'Punkt 1: Titel',
  pkt: 'Pkt. 1 Titel',
  nr: 'Nr. 1 - Titel',
  sag: 'Sag nr. 1 Titel',
  numbered: '1. Titel',
  bare: '101 Titel',
  'title-sag': 'Titel / Sag nr. 1',
  title: 'Titel uden nummer',
  'bare-glued': '101Titel',
  'numbered-double': '1. 101. Titel',
  'pkt-alone': 'Pkt. 1 / Titel',
  'punkt-loose': 'Punkt 1 Titel',
  'punkt-alone': 'Punkt 1 / Titel',
  'nr-alone': 'Nr. 1 / Titel',
  'sag-alone': 'Sag nr. 1 / Titel',
};

/** The example of an item form, as the variant writes it (`• 1. Titel`: a bullet before any form). */
function itemFormExample(form: string, variant?: string): string {
  const plain = ITEM_FORM_EXAMPLE[form] ?? form;
  if (!variant) return plain;
  return ITEM_FORM_EXAMPLE[`${form}-${variant}`] ?? (variant === 'bullet' ? `• ${plain}` : plain);
}

export const da = {
  // missing-section
  missingSection: (item: number | string, section: string) => `Punkt ${item} mangler afsnittet ${q(section)}.`,
  missingSectionCaseType: (item: number | string, section: string, caseType: string, caseName: string) =>
    `Punkt ${item} er en ${caseType}-sag (${caseName.toLocaleLowerCase('da')}) og mangler afsnittet ${q(section)}.`,
  missingSectionReferenced: (item: number | string, section: string) =>
    `Beslutningen i punkt ${item} henviser til indstillingen, men punktet har intet afsnit ${q(section)}.`,
  // missing-economy
  missingEconomy: (item: number | string, amount: string, section: string) =>
    `Indstillingen i punkt ${item} flytter penge (${amount}), men punktet har intet afsnit ${q(section)}.`,
  // duplicate-section
  duplicateSection: (item: number | string, section: string, firstLine: number) =>
    `Afsnittet ${q(section)} står to gange i punkt ${item} (første gang i linje ${firstLine}).`,
  // section-order
  sectionOrder: (section: string, after: string, order: string) =>
    `Afsnittet ${q(section)} står efter ${q(after)}; den sædvanlige rækkefølge er ${order}.`,
  sectionOrderBefore: (section: string, before: string, order: string) =>
    `Afsnittet ${q(section)} står før ${q(before)}; den sædvanlige rækkefølge er ${order}.`,
  // empty-section
  emptySection: (item: number | string, section: string) => `Afsnittet ${q(section)} i punkt ${item} er tomt.`,
  // placeholder
  placeholderTitle: (item: number | string) => `Punkt ${item} hedder stadig ${q('Titel')}: skriv punktets titel.`,
  placeholderJournalNumber: (item: number | string, value: string) => `Journalnummeret ${q(value)} i punkt ${item} er skabelonens nuller: skriv sagens journalnummer.`,
  placeholderText: (item: number | string, section: string, text: string) => `${q(text)} i ${q(section)} (punkt ${item}) er skabelonens tekst: skriv afsnittet.`,
  placeholderTable: (item: number | string, section: string) => `Tabellen i ${q(section)} (punkt ${item}) har lutter nuller fra skabelonen: udfyld beløbene, eller slet tabellen.`,
  // item-number-duplicate
  itemNumberDuplicate: (n: number | string, otherLine: number) => `Punktnummer ${n} er allerede brugt (i linje ${otherLine}).`,
  // item-number-gap
  itemNumberGap: (n: number, previous: number) =>
    n === previous + 2 ? `Punkt ${n} følger efter punkt ${previous}: punkt ${previous + 1} mangler.` : `Punkt ${n} følger efter punkt ${previous}: punkterne ${previous + 1}–${n - 1} mangler.`,
  itemNumberFirst: (n: number) => `Første punkt har nummer ${n}; nummereringen bør begynde ved 1.`,
  itemNumberBackwards: (n: number, previous: number) => `Punkt ${n} følger efter punkt ${previous}: numrene går baglæns.`,
  // contents-*
  contentsMissingItem: (item: number | string, title: string) => `Punkt ${item} ${q(title)} står ikke i indholdsfortegnelsen.`,
  contentsOrphanEntry: (title: string) => `Indholdsfortegnelsen nævner ${q(title)}, men intet punkt har den titel.`,
  contentsTitle: (entry: string, item: number | string, title: string) => `Indholdsfortegnelsen skriver ${q(entry)}, men punkt ${item} hedder ${q(title)}.`,
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
  journalNumberMissing: (item: number | string) => `Punkt ${item} har intet journalnummer under titlen.`,
  // date
  textInvalidDate: (date: string) => `Datoen ${date} findes ikke i kalenderen.`,
  dateAfterMeetingInPast: (date: string, meeting: string, verb: string) =>
    `${date} ligger efter mødet (${meeting}), men teksten omtaler den i datid (${q(verb)}). Er årstallet rigtigt?`,
  // reference
  referenceMissing: (n: number, item: number | string, points: string) => `Indstillingspunkt ${n} findes ikke: indstillingen i punkt ${item} har punkterne ${points}.`,
  referenceNoPoints: (n: number, item: number | string) => `Indstillingspunkt ${n} findes ikke: indstillingen i punkt ${item} har ingen nummererede punkter.`,
  // text-sum
  textSum: (expression: string, computed: string, stated: string, diff: string) =>
    `Tallene i teksten passer ikke: ${expression} giver ${computed}, men teksten skriver ${stated} (forskel ${diff}).`,
  textSumRounding: (expression: string, computed: string, stated: string, diff: string) =>
    `Afrundingsdifference: ${expression} giver ${computed}, teksten skriver ${stated} (forskel ${diff}); det kan afrunding af beløbene forklare.`,
  textShare: (expression: string, computed: string, stated: string) =>
    `Delbeløbene er større end helheden: ${expression} giver ${computed}, men de er en del af ${stated} («heraf»).`,
  textShareOne: (part: string, stated: string) => `Delbeløbet ${part} er større end ${stated}, som det er en del af («heraf»).`,
  fixTextSum: (value: string) => `Ret totalen til ${value}`,
  fixTextPartToTable: (from: string, to: string) => `Ret ${from} til ${to} som i tabellen`,
  textSumTableSays: (part: string, cell: string, unit: string, where: string) => stop(`Tabellen har ${cell} (${unit}) i ${where}, hvor teksten skriver ${part}`),
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
  noItemsFlattened: () =>
    `Dokumentets opsætning kan ikke læses: hele punkter står på få lange linjer (som i en udtrukket PDF), så punkter og afsnit kan ikke skelnes. Sæt linjeskift før punktoverskrifter og afsnitsnavne.`,
  // configuration
  configUnknownKey: (key: string) => `Ukendt nøgle ${q(key)} i opsætningen; den bliver ignoreret.`,
  configWrongType: (key: string, expected: string) => `Nøglen ${q(key)} i opsætningen har en forkert type (forventet ${expected}); standardværdien bruges.`,
  configUnknownValue: (key: string, expected: string) => `Nøglen ${q(key)} i opsætningen har en ukendt værdi (mulige: ${expected}); standardværdien bruges.`,
  layoutName: (profile: string, form: string | undefined, variant?: string) => `Opsætning: ${profile}${form ? `, punkter som ${q(itemFormExample(form, variant))}` : ''}`,
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
  tableRoundingMany: (n: number, rows: readonly string[]) =>
    `Afrundingsdifferencer i tabellen: ${n} totaler afviger med højst en halv enhed pr. del, i ${rows.length === 1 ? 'rækken' : 'rækkerne'} ${da.listJoin(rows.map(q))}; det kan afrunding af de enkelte beløb forklare. Hver række står under «relaterede oplysninger».`,
  tableUnit: (unit: string) => `; ${unit}`,
  tableManyRows: (first: string, last: string, n: number) => `${first} + … + ${last} (${n} rækker)`,
  tableGuessed: () => ' Delene er et bedste gæt, fordi ingen rækker lægger op til totalen.',
  fixTableTotal: (value: string) => `Ret til den beregnede værdi ${value}`,
  fixTableCell: (row: string, column: string, value: string) => `Ret «${row}» i «${column}» til ${value}, så alle tabellens totaler passer`,
  // table hover, code lens and review
  tableHoverStated: () => 'angivet',
  tableHoverDifference: () => 'forskel',
  tableHoverOneCell: (row: string, column: string, value: string, errors: number) =>
    `Én fejlskrivning forklarer alle ${errors} fejl i tabellen: ${q(row)} i kolonnen ${q(column)} skal være ${value}. Rettelsen ændrer kun det tal.`,
  tableHoverNoFixOthers: (others: string) =>
    `Ingen rettelse foreslås: også ${others} passer ikke, og intet enkelt tal får dem alle til at passe. Hvilket tal der er forkert, må skribenten afgøre.`,
  tableHoverNoFixAlone: () => 'Ingen rettelse foreslås: den beregnede værdi her ville få en anden total i tabellen til ikke at passe. Hvilket tal der er forkert, må skribenten afgøre.',
  tableManyOthers: (n: number) => `${n} andre`,
  listAnd: (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`),
  tableStatus: (status: 'ok' | 'rounding' | 'error') => ({ ok: 'stemmer', rounding: 'afrundingsdifference', error: 'fejl' })[status],
  tableLensOk: (totals: number) => (totals === 1 ? '✓ Tabellens total stemmer' : `✓ Tabellen stemmer: alle ${totals} totaler passer`),
  tableLensRounding: (totals: number, rounding: number) =>
    `≈ Tabellen stemmer på nær afrunding i ${rounding} af ${totals} ${totals === 1 ? 'total' : 'totaler'}`,
  tableLensError: (errors: number, what: string, diff: string) =>
    `✗ ${errors === 1 ? 'En total passer ikke' : `${errors} totaler passer ikke`}: ${what} afviger med ${diff}`,
  tableReviewTitle: (n: number) => `Tabel ${n}`,
  tableReviewItem: (n: number) => `Punkt ${n}`,
  tableReviewLine: (line: number) => `linje ${line}`,
  tableReviewNone: () => 'ingen totaler',
  tableReviewSummary: (totals: number, rounding: number, errors: number) =>
    `${totals} ${totals === 1 ? 'total' : 'totaler'}, ${rounding} ${rounding === 1 ? 'afrundingsdifference' : 'afrundingsdifferencer'}, ${errors} fejl`,
  previewOnlyMarkdown: () => 'Forhåndsvisningen findes for Markdown-referater (.md); en tekstfil vises, som den er.',
  panelTitle: () => 'Referat: Tabelkontrol',
  panelThisFile: () => 'Denne fil',
  panelWorkspace: () => 'Hele arbejdsområdet',
  panelNoTables: () => 'Ingen tabeller i filen.',
  panelNoFile: () => 'Åbn et referat for at se dets tabeller.',
  panelHint: () => 'Vælg en total (klik, eller Tab og Enter) for at se, hvilke tal den er summen af. Dobbeltklik eller Alt+Enter går til cellen i teksten.',
  panelLegendOk: () => 'stemmer',
  panelLegendRounding: () => 'afrundingsdifference',
  panelLegendError: () => 'fejl',
  panelLegendPart: () => 'del af den valgte total',
  panelWithoutTotals: () => 'Tabeller uden totaler',
  statusBarTooltip: () => 'Referat kontrollerer filen. Klik for at åbne Tabelkontrol.',
  statusBarCounts: (errors: number, warnings: number) => `${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`,
  fileTooLarge: (sizeMb: string, limitMb: string) =>
    `Filen er for stor til at blive kontrolleret (${sizeMb} MB; grænsen er ${limitMb} MB), så Referat har stoppet kontrollen af den. Grænsen kan ændres med indstillingen ${q('referat.maxFileSize')}.`,
  // configuration (settings, `.referat.json`): one warning per problem, naming the key
  configProblem: (key: string, reason: string, detail?: string) => {
    const d = detail ? ` (${detail})` : '';
    switch (reason) {
      case 'not-a-string': return `Indstillingen ${q(key)} skal være et regulært udtryk skrevet som tekst; standarden bruges.`;
      case 'empty': return `Indstillingen ${q(key)} er tom; standarden bruges.`;
      case 'too-long': return `Mønsteret i ${q(key)} er for langt (højst ${detail ?? ''} tegn); standarden bruges.`;
      case 'unsupported': return `Mønsteret i ${q(key)} bruger noget, Referat ikke kan køre sikkert (tilbagereferencer, lookahead/lookbehind eller meget store gentagelser)${d}; standarden bruges.`;
      case 'invalid': return `Mønsteret i ${q(key)} er ikke et gyldigt regulært udtryk${d}; standarden bruges.`;
      case 'not-a-file': return `${q(key)} er ikke en almindelig fil og bliver ikke læst; standardindstillingerne bruges.`;
      case 'outside-folder': return `${q(key)} peger uden for arbejdsområdets mappe og bliver ikke læst; standardindstillingerne bruges.`;
      case 'file-too-large': return `${q(key)} er større end ${detail ?? ''} kB og bliver ikke læst; standardindstillingerne bruges.`;
      case 'not-json': return `${q(key)} er ikke gyldig JSON${d} og bliver ikke brugt; standardindstillingerne bruges.`;
      case 'not-object': return `${q(key)} skal indeholde et JSON-objekt ({ … }); standardindstillingerne bruges.`;
      case 'unknown-key': return da.configUnknownKey(key);
      case 'wrong-type': return da.configWrongType(key, detail ?? '');
      case 'unknown-value': return da.configUnknownValue(key, detail ?? '');
      default: return `${q(key)} kunne ikke læses${d}; standardindstillingerne bruges.`;
    }
  },
  analysisCutOff: (skipped: number) =>
    `Kontrollen af dokumentet tog for lang tid og blev afbrudt; ${skipped} ${skipped === 1 ? 'kontrol blev' : 'kontroller blev'} ikke kørt. Fundene kan være ufuldstændige.`,
  // words used inside messages
  monthNames: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as readonly string[],
  weekdayNames: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'] as readonly string[],
  longDate: (day: number, month: number, year: number) => `${day}. ${da.monthNames[month - 1] ?? month} ${year}`,
  listJoin: (parts: readonly string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`),
  fixAll: () => 'Ret alle sikre Referat-fund',
  fixAllUnasked: () => 'Ret entydige Referat-fund (sker også ved gem)',
  // outline
  outlineContents: () => 'Indholdsfortegnelse',
  outlineItem: (n: number | string, title: string) => `Punkt ${n}: ${title}`,
  outlineTable: (rows: number, columns: number) => `Tabel (${rows} ${rows === 1 ? 'række' : 'rækker'} × ${columns} ${columns === 1 ? 'kolonne' : 'kolonner'})`,
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
  placeholderTitle: (item) => `Item ${item} is still called ${qe('Titel')}: write the item's title.`,
  placeholderJournalNumber: (item, value) => `The journal number ${qe(value)} in item ${item} is the template's zeros: write the case's journal number.`,
  placeholderText: (item, section, text) => `${qe(text)} in ${qe(section)} (item ${item}) is the template's text: write the section.`,
  placeholderTable: (item, section) => `The table in ${qe(section)} (item ${item}) is all zeros from the template: fill in the amounts or delete the table.`,
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
  fixTextPartToTable: (from, to) => `Change ${from} to ${to} as in the table`,
  textSumTableSays: (part, cell, unit, where) => stop(`The table has ${cell} (${unit}) in ${where}, where the text says ${part}`),
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
  noItemsFlattened: () =>
    `The document's layout cannot be read: whole items stand on a few long lines (as in text extracted from a PDF), so items and sections cannot be told apart. Put line breaks before item headings and section names.`,
  configUnknownKey: (key) => `Unknown key ${qe(key)} in the configuration; it is ignored.`,
  configWrongType: (key, expected) => `The key ${qe(key)} in the configuration has the wrong type (expected ${expected}); the default is used.`,
  configUnknownValue: (key, expected) => `The key ${qe(key)} in the configuration has an unknown value (possible: ${expected}); the default is used.`,
  layoutName: (profile, form, variant) => `Layout: ${profile}${form ? `, items as ${qe(itemFormExample(form, variant))}` : ''}`,
  notText: () => `The file does not look like text (it contains binary characters) and is not checked.`,
  tableSumWhat: (total, column) => `${qe(total)} in column ${qe(column)}`,
  tableRelationWhat: (row, column) => `${qe(column)} in row ${qe(row)}`,
  tableSum: (what, stated, computed, diff, parts, unit) =>
    `The total does not add up: ${what} is stated as ${stated}, but ${parts} gives ${computed} (difference ${diff}${unit}).`,
  tableRelation: (what, relation, stated, computed, diff, unit) =>
    `The columns do not agree: ${what} is stated as ${stated}, but ${relation} gives ${computed} (difference ${diff}${unit}).`,
  tableRounding: (what, stated, computed, diff, parts, unit) =>
    `Rounding difference: ${what} is stated as ${stated}, ${parts} gives ${computed} (difference ${diff}${unit}); rounding of the individual amounts explains it.`,
  tableRoundingMany: (n, rows) =>
    `Rounding differences in the table: ${n} totals are off by at most half a unit per part, in the ${rows.length === 1 ? 'row' : 'rows'} ${en.listJoin(rows.map(qe))}; rounding of the individual amounts explains it. Each row is listed under related information.`,
  tableUnit: (unit) => `; ${unit}`,
  tableManyRows: (first, last, n) => `${first} + … + ${last} (${n} rows)`,
  tableGuessed: () => ' The parts are a best guess, because no rows add up to the total.',
  fixTableTotal: (value) => `Change to the computed value ${value}`,
  fixTableCell: (row, column, value) => `Change «${row}» in «${column}» to ${value}, so every total of the table adds up`,
  tableHoverStated: () => 'stated',
  tableHoverDifference: () => 'difference',
  tableHoverOneCell: (row, column, value, errors) => `One slip explains all ${errors} errors of the table: ${qe(row)} in column ${qe(column)} should be ${value}. The fix changes only that number.`,
  tableHoverNoFixOthers: (others) => `No fix is offered: ${others} do not add up either, and no single number makes them all add up. Which number is wrong is the writer's call.`,
  tableHoverNoFixAlone: () => "No fix is offered: the computed value here would make another total of the table disagree. Which number is wrong is the writer's call.",
  tableManyOthers: (n) => `${n} others`,
  listAnd: (items) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  tableStatus: (status) => ({ ok: 'adds up', rounding: 'rounding difference', error: 'error' })[status],
  tableLensOk: (totals) => (totals === 1 ? "✓ The table's total adds up" : `✓ The table adds up: all ${totals} totals match`),
  tableLensRounding: (totals, rounding) => `≈ The table adds up but for rounding in ${rounding} of ${totals} ${totals === 1 ? 'total' : 'totals'}`,
  tableLensError: (errors, what, diff) => `✗ ${errors === 1 ? 'A total does not add up' : `${errors} totals do not add up`}: ${what} is off by ${diff}`,
  tableReviewTitle: (n) => `Table ${n}`,
  tableReviewItem: (n) => `Item ${n}`,
  tableReviewLine: (line) => `line ${line}`,
  tableReviewNone: () => 'no totals',
  tableReviewSummary: (totals, rounding, errors) =>
    `${totals} ${totals === 1 ? 'total' : 'totals'}, ${rounding} ${rounding === 1 ? 'rounding difference' : 'rounding differences'}, ${errors} ${errors === 1 ? 'error' : 'errors'}`,
  previewOnlyMarkdown: () => 'The preview is for Markdown minutes (.md); a text file shows as it is.',
  panelTitle: () => 'Referat: Table review',
  panelThisFile: () => 'This file',
  panelWorkspace: () => 'Whole workspace',
  panelNoTables: () => 'No tables in the file.',
  panelNoFile: () => 'Open minutes to see their tables.',
  panelHint: () => 'Select a total (click, or Tab and Enter) to see which numbers it adds up. Double-click or Alt+Enter goes to the cell in the text.',
  panelLegendOk: () => 'adds up',
  panelLegendRounding: () => 'rounding difference',
  panelLegendError: () => 'error',
  panelLegendPart: () => 'part of the selected total',
  panelWithoutTotals: () => 'Tables without totals',
  statusBarTooltip: () => 'Referat checks this file. Click to open the table review.',
  statusBarCounts: (errors, warnings) => `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  fileTooLarge: (sizeMb, limitMb) =>
    `The file is too large to check (${sizeMb} MB; the limit is ${limitMb} MB), so Referat has stopped checking it. The limit can be changed with the setting ${qe('referat.maxFileSize')}.`,
  configProblem: (key, reason, detail) => {
    const d = detail ? ` (${detail})` : '';
    switch (reason) {
      case 'not-a-string': return `The setting ${qe(key)} must be a regular expression written as text; the default is used.`;
      case 'empty': return `The setting ${qe(key)} is empty; the default is used.`;
      case 'too-long': return `The pattern in ${qe(key)} is too long (at most ${detail ?? ''} characters); the default is used.`;
      case 'unsupported': return `The pattern in ${qe(key)} uses something Referat cannot run safely (backreferences, lookahead/lookbehind or very large repetitions)${d}; the default is used.`;
      case 'invalid': return `The pattern in ${qe(key)} is not a valid regular expression${d}; the default is used.`;
      case 'not-a-file': return `${qe(key)} is not a regular file and is not read; the default settings are used.`;
      case 'outside-folder': return `${qe(key)} points outside the workspace folder and is not read; the default settings are used.`;
      case 'file-too-large': return `${qe(key)} is larger than ${detail ?? ''} kB and is not read; the default settings are used.`;
      case 'not-json': return `${qe(key)} is not valid JSON${d} and is not used; the default settings are used.`;
      case 'not-object': return `${qe(key)} must contain a JSON object ({ … }); the default settings are used.`;
      case 'unknown-key': return en.configUnknownKey(key);
      case 'wrong-type': return en.configWrongType(key, detail ?? '');
      case 'unknown-value': return en.configUnknownValue(key, detail ?? '');
      default: return `${qe(key)} could not be read${d}; the default settings are used.`;
    }
  },
  analysisCutOff: (skipped) =>
    `Checking the document took too long and was cut short; ${skipped} ${skipped === 1 ? 'check was' : 'checks were'} not run. The findings may be incomplete.`,
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  longDate: (day, month, year) => `${day} ${en.monthNames[month - 1] ?? month} ${year}`,
  listJoin: (parts) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`),
  fixAll: () => 'Fix all safe Referat findings',
  fixAllUnasked: () => 'Fix unambiguous Referat findings (also done on save)',
  outlineContents: () => 'Table of contents',
  outlineItem: (n, title) => `Item ${n}: ${title}`,
  outlineTable: (rows, columns) => `Table (${rows} ${rows === 1 ? 'row' : 'rows'} × ${columns} ${columns === 1 ? 'column' : 'columns'})`,
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

/** The values of the `referat.language` setting: Danish (the default), English, or the editor's language. */
export type LanguageSetting = 'da' | 'en' | 'auto';

/**
 * The language Referat speaks: the `referat.language` setting when it is `da` or `en`; with
 * `auto`, the editor's own language (English only for an English editor). Anything else,
 * including no setting at all, is Danish: a Danish secretary runs VS Code in English because
 * VS Code has no Danish language pack, and should not get English findings for it.
 */
export function resolveLanguage(setting: unknown, editorLocale?: string): Locale {
  if (setting === 'en') return 'en';
  if (setting === 'auto') return toLocale(editorLocale);
  return 'da';
}

/** `en`, `en-US`, `en_GB` → English; everything else → Danish, the default. */
export function toLocale(locale: string | undefined): Locale {
  return locale && /^en\b|^en[-_]/i.test(locale) ? 'en' : 'da';
}
