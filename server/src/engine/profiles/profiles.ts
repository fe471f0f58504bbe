import type { CaseTypeDefinition, SectionDefinition } from '../config/config';

/**
 * A municipality's (or a minutes system's) habits, as data: which spellings name which section,
 * which sections an item needs, their usual order, the journal-number form, how items are
 * numbered. The parser infers the layout of each document and picks the profile that fits; a
 * `.referat.json` can name one (`"profile": "odense"`) and override it key by key. Adding a
 * municipality is a profile here and a fixture, never a change to the parser.
 */
export interface Profile {
  readonly name: string;
  readonly description: { readonly da: string; readonly en: string };
  readonly sections: readonly SectionDefinition[];
  /** The usual order by id; empty: learnt from the document itself. */
  readonly sectionOrder: readonly string[];
  readonly requiredSections: { readonly referat: readonly string[]; readonly dagsorden: readonly string[] };
  readonly caseTypes: readonly CaseTypeDefinition[];
  /** Source of the pattern a journal number must match in full; empty: any form the parser reads. */
  readonly journalNumberPattern: string;
  /** `from-one`: a meeting's items are 1, 2, 3 …; `running`: numbers may start anywhere (they run through the year). */
  readonly numbering: 'from-one' | 'running';
  /**
   * Sections an item may have several of, each with its own heading (a decision per body that
   * treated the case; Baggrund, Problemstilling, Løsning under Sagsfremstilling).
   */
  readonly repeatableSections: readonly string[];
  /** `strict`: the header must carry a REFERAT/DAGSORDEN title and a Mødedato; `lenient`: only what is there is checked. */
  readonly header: 'strict' | 'lenient';
  /**
   * Whether a section heading may share its line with the section's text (`Beslutning Godkendt.`),
   * read only where the document does it consistently (items without the section otherwise).
   */
  readonly inlineSections: boolean;
}

/** Odense's sections, exactly as the published minutes write them (the ground truth). */
const ODENSE_SECTIONS: readonly SectionDefinition[] = [
  { id: 'resume', name: 'Resume', synonyms: ['Resume', 'Resumé', 'Sagsresume', 'Sagsresumé'] },
  { id: 'effekt', name: 'Effekt', synonyms: ['Effekt'] },
  { id: 'indstilling', name: 'Indstilling', synonyms: ['Indstilling'] },
  { id: 'beslutning', name: 'Beslutning', synonyms: ['Beslutning'] },
  { id: 'sagsfremstilling', name: 'Sagsfremstilling', synonyms: ['Sagsfremstilling', 'Sagsbeskrivelse'] },
  { id: 'okonomi', name: 'Økonomi', synonyms: ['Økonomi', 'Økonomiske konsekvenser'] },
  { id: 'bilag', name: 'Bilag', synonyms: ['Bilag'] },
];

/** The spellings in use across Danish municipalities and their minutes systems. */
const DANISH_SECTIONS: readonly SectionDefinition[] = [
  { id: 'resume', name: 'Resume', synonyms: ['Resume', 'Resumé', 'Sagsresume', 'Sagsresumé', 'Sagens kerne', 'Beslutningstema', 'Kort resume', 'Kort resumé', 'Sammenfatning', 'Indledning', 'Sammendrag', 'Sagstema'] },
  { id: 'effekt', name: 'Effekt', synonyms: ['Effekt', 'Effekter', 'Konsekvenser', 'Konsekvensvurdering', 'Forventede effekter', 'Andre konsekvenser'] },
  { id: 'indstilling-og-beslutning', name: 'Indstilling og beslutning', synonyms: ['Indstilling og beslutning', 'Forslag og beslutning'] },
  {
    id: 'indstilling',
    name: 'Indstilling',
    synonyms: ['Indstilling', 'Indstillinger', 'Administrativ indstilling', 'Forvaltningens indstilling', 'Direktionens indstilling', 'Direktørens indstilling', 'Administrationens indstilling', 'Forslag', 'Indstilling fra forvaltningen', 'Indstilling fra direktionen', 'Borgmesterens indstilling', 'Kommunaldirektørens indstilling', 'Forslag til beslutning', 'Forvaltningens forslag'],
  },
  { id: 'beslutning', name: 'Beslutning', synonyms: ['Beslutning', 'Beslutninger', 'Afgørelse', 'Udvalgets beslutning', 'Byrådets beslutning', 'Kommunalbestyrelsens beslutning'] },
  {
    id: 'sagsfremstilling',
    name: 'Sagsfremstilling',
    synonyms: [
      'Sagsfremstilling',
      'Sagsbeskrivelse',
      'Sagsfremstilling og økonomi',
      'Sagens indhold',
      'Baggrund',
      'Problemstilling',
      'Løsning',
      'Sagsforløb',
      'Sagens baggrund',
      'Supplerende sagsfremstilling',
      'Forvaltningens vurdering',
      'Administrationens vurdering',
      'Vurdering',
      'Beskrivelse af sagen',
      'Baggrund for sagens fremlæggelse',
      'Baggrund for sagen',
      'Redegørelse',
    ],
  },
  {
    id: 'okonomi',
    name: 'Økonomi',
    synonyms: ['Økonomi', 'Økonomiske konsekvenser', 'Økonomi og finansiering', 'Bevillingsmæssige konsekvenser', 'Økonomiske forhold', 'Økonomi og personale', 'Økonomiske og personalemæssige konsekvenser'],
  },
  { id: 'bilag', name: 'Bilag', synonyms: ['Bilag', 'Bilagsliste', 'Bilagsfortegnelse', 'Vedlagte bilag', 'Oversigt over bilag'] },
  { id: 'kompetence', name: 'Kompetence', synonyms: ['Kompetence', 'Beslutningskompetence', 'Sagen afgøres i', 'Beslutningsniveau', 'Kompetenceforhold', 'Sagen behandles i', 'Sagen skal behandles i', 'Behandles i'] },
  { id: 'hoering', name: 'Høring', synonyms: ['Høring', 'Høringsparter', 'Høring og inddragelse', 'Høring og sagsgang'] },
  { id: 'lovgrundlag', name: 'Lovgrundlag', synonyms: ['Lovgrundlag', 'Lovgivning', 'Retsgrundlag', 'Hjemmel', 'Lovgivning og regler', 'Retsregler og andre forskrifter', 'Retsregler', 'Juridiske forhold', 'Regelgrundlag'] },
  { id: 'tidsplan', name: 'Tidsplan', synonyms: ['Tidsplan', 'Tidsplan og proces', 'Videre proces', 'Tidsplan og videre proces', 'Proces og tidsplan'] },
  // Recognised but never required: sections some templates add beside Økonomi and Effekt (an item
  // may have Økonomi and Personalemæssige konsekvenser both, so they are sections of their own).
  { id: 'personale', name: 'Personalemæssige konsekvenser', synonyms: ['Personalemæssige konsekvenser', 'Personalemæssige forhold', 'Personaleforhold'] },
  { id: 'risiko', name: 'Risikovurdering', synonyms: ['Risikovurdering', 'Risici', 'Risikovurdering og risikostyring'] },
  { id: 'kommunikation', name: 'Kommunikation', synonyms: ['Kommunikation', 'Kommunikation og inddragelse', 'Kommunikationsovervejelser'] },
];

const ODENSE_CASE_TYPES: readonly CaseTypeDefinition[] = [
  { code: 'B', name: 'Beslutningssag', requiredSections: ['indstilling'] },
  { code: 'D', name: 'Drøftelses- og orienteringssag', requiredSections: [] },
];

/** Case types as other municipalities mark them: `(B)`, `(O)`, `(D)`, `(Beslutning)` after the title. */
const DANISH_CASE_TYPES: readonly CaseTypeDefinition[] = [
  { code: 'B', name: 'Beslutningssag', requiredSections: [] },
  { code: 'D', name: 'Drøftelsessag', requiredSections: [] },
  { code: 'O', name: 'Orienteringssag', requiredSections: [] },
];

/**
 * Titles of the standing items every municipality's agenda has (`Godkendelse af dagsorden`,
 * `Meddelelser`, `Eventuelt`) and of closed items (`Lukket punkt: Personalesag`, `Salg af grund
 * (fortroligt)`). They are no cases: published minutes give them no sections (a line of text
 * or nothing at all) and no journal number.
 */
export const STANDING_ITEM_TITLE =
  /^\s*(?:godkendelse af (?:dagsorden|referat|protokol)|dagsorden(?:en)?\b|meddelelse|orientering(?:er)?\s*(?:$|fra|ved|v\.)|gensidig orientering|nyt fra|siden sidst|eventuelt|evt\.|næste møde|punkter til (?:næste|kommende) møde|aktuelle (?:sager|emner)|spørgetid|borgerspørgsmål|spørgsmål fra|underskrift|mødets afslutning|afbud)|(?<!\p{L})(?:lukket|fortrolig)(?!\p{L})/iu;

/** A closed item's mark in a title: `Lukket punkt: Køb af ejendom`, `Salg af grund (fortroligt)`. */
export const CLOSED_ITEM_TITLE = /(?<!\p{L})(?:lukket|fortrolig)(?!\p{L})/iu;

/** KL's emnenummer with any facet letter and a two-digit year: `00.01.00-P35-9-19`, `27.69.48-Ø60-1-20`. */
export const KLE_JOURNAL_NUMBER = '^\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2}$';

export const profiles: readonly Profile[] = [
  {
    name: 'odense',
    description: {
      da: 'Odense Kommune: «Punkt N:»-overskrifter, KLE-journalnumre, B-/D-sager; Resume og Beslutning påkrævet, fast afsnitsrækkefølge.',
      en: 'Odense Kommune: «Punkt N:» headings, KLE journal numbers, B/D cases; Resume and Beslutning required, a fixed section order.',
    },
    sections: ODENSE_SECTIONS,
    sectionOrder: ['resume', 'effekt', 'indstilling', 'beslutning', 'sagsfremstilling', 'okonomi', 'bilag'],
    requiredSections: { referat: ['resume', 'beslutning'], dagsorden: ['resume'] },
    caseTypes: ODENSE_CASE_TYPES,
    journalNumberPattern: KLE_JOURNAL_NUMBER,
    numbering: 'from-one',
    repeatableSections: [],
    header: 'strict',
    inlineSections: false,
  },
  {
    name: 'standard',
    description: {
      da: 'De fleste kommuner (FirstAgenda/Prepare, eDoc, Acadre, SBSYS, NemAgenda, webudgivelser): alle almindelige afsnitsnavne, numre kan løbe hen over året, afsnitsrækkefølgen læres af dokumentet, kun Beslutning påkrævet i et referat.',
      en: 'Most municipalities (FirstAgenda/Prepare, eDoc, Acadre, SBSYS, NemAgenda, web publishing): every common section spelling, numbers may run through the year, the section order is learnt from the document, only Beslutning required in minutes.',
    },
    sections: DANISH_SECTIONS,
    sectionOrder: [],
    requiredSections: { referat: ['beslutning'], dagsorden: [] },
    caseTypes: DANISH_CASE_TYPES,
    journalNumberPattern: '',
    numbering: 'running',
    repeatableSections: ['beslutning', 'sagsfremstilling', 'indstilling-og-beslutning'],
    header: 'lenient',
    inlineSections: true,
  },
  {
    name: 'kle',
    description: {
      da: 'Som «standard», men journalnumrene skal være KLE-numre (NN.NN.NN-X00-N-ÅÅ).',
      en: 'Like «standard», but journal numbers must be KLE numbers (NN.NN.NN-X00-N-YY).',
    },
    sections: DANISH_SECTIONS,
    sectionOrder: [],
    requiredSections: { referat: ['beslutning'], dagsorden: [] },
    caseTypes: DANISH_CASE_TYPES,
    journalNumberPattern: KLE_JOURNAL_NUMBER,
    numbering: 'running',
    repeatableSections: ['beslutning', 'sagsfremstilling', 'indstilling-og-beslutning'],
    header: 'lenient',
    inlineSections: true,
  },
];

export function profileByName(name: string | undefined): Profile | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase();
  return profiles.find((p) => p.name === key);
}

/** Every spelling any profile knows: what the parser listens for before it knows the profile. */
export const allSections: readonly SectionDefinition[] = DANISH_SECTIONS;
