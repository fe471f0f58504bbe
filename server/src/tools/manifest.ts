import { checks, defaultConfig, snippetFile } from '../engine';
import { profiles } from '../engine/profiles/profiles';
import { itemFormNames } from '../engine/config/config';
import { COMMAND_CONTRIBUTIONS } from '../lsp/commandIds';
import { DEFAULT_MAX_FILE_SIZE_MB } from '../lsp/sizeLimit';

/**
 * The parts of package.json and the docs that come from the check registry and the default
 * configuration. `npm run gen` writes them; a test fails when the files on disk drift.
 */

type JsonSchema = Record<string, unknown>;

const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];

export function configurationProperties(): Record<string, JsonSchema> {
  const props: Record<string, JsonSchema> = {};
  for (const c of checks) {
    props[`referat.checks.${c.code}`] = {
      type: 'string',
      enum: SEVERITIES,
      default: c.defaultSeverity,
      markdownDescription: `%referat.checks.${c.code}%`,
      markdownEnumDescriptions: SEVERITIES.map((v) => `%referat.severity.${v}%`),
      enumItemLabels: SEVERITIES.map((v) => `%referat.severity.label.${v}%`),
      scope: 'resource',
    };
  }
  props['referat.sections'] = {
    type: 'array',
    default: defaultConfig.sections,
    markdownDescription: '%referat.sections%',
    items: {
      type: 'object',
      required: ['id', 'name', 'synonyms'],
      properties: { id: { type: 'string' }, name: { type: 'string' }, synonyms: { type: 'array', items: { type: 'string' } } },
    },
    scope: 'resource',
  };
  props['referat.sectionOrder'] = {
    type: 'array',
    items: { type: 'string' },
    default: defaultConfig.sectionOrder,
    markdownDescription: '%referat.sectionOrder%',
    scope: 'resource',
  };
  props['referat.requiredSections'] = {
    type: 'object',
    default: defaultConfig.requiredSections,
    markdownDescription: '%referat.requiredSections%',
    properties: { referat: { type: 'array', items: { type: 'string' } }, dagsorden: { type: 'array', items: { type: 'string' } } },
    scope: 'resource',
  };
  props['referat.caseTypes'] = {
    type: 'array',
    default: defaultConfig.caseTypes,
    markdownDescription: '%referat.caseTypes%',
    items: {
      type: 'object',
      required: ['code', 'name', 'requiredSections'],
      properties: { code: { type: 'string' }, name: { type: 'string' }, requiredSections: { type: 'array', items: { type: 'string' } } },
    },
    scope: 'resource',
  };
  props['referat.journalNumberPattern'] = {
    type: 'string',
    default: defaultConfig.journalNumberPattern,
    markdownDescription: '%referat.journalNumberPattern%',
    scope: 'resource',
  };
  // The layout (docs/layouts.md): a profile to pin, and the parts a profile sets. The defaults
  // are the engine's defaults, so an editor that sends every setting still lets the profile
  // chosen for the document fill them in (resolveConfig treats a default as not set).
  props['referat.profile'] = {
    type: 'string',
    enum: ['auto', ...profiles.map((p) => p.name)],
    default: defaultConfig.profile,
    markdownDescription: '%referat.profile%',
    markdownEnumDescriptions: ['auto', ...profiles.map((p) => p.name)].map((n) => `%referat.profile.${n}%`),
    scope: 'resource',
  };
  props['referat.numbering'] = {
    type: 'string',
    enum: ['from-one', 'running'],
    default: defaultConfig.numbering,
    markdownDescription: '%referat.numbering%',
    scope: 'resource',
  };
  props['referat.repeatableSections'] = {
    type: 'array',
    items: { type: 'string' },
    default: defaultConfig.repeatableSections,
    markdownDescription: '%referat.repeatableSections%',
    scope: 'resource',
  };
  props['referat.header'] = {
    type: 'string',
    enum: ['strict', 'lenient'],
    default: defaultConfig.header,
    markdownDescription: '%referat.header%',
    scope: 'resource',
  };
  props['referat.itemForms'] = {
    type: 'array',
    items: { type: 'string', enum: [...itemFormNames] },
    default: defaultConfig.itemForms,
    markdownDescription: '%referat.itemForms%',
    scope: 'resource',
  };
  props['referat.autoDetect'] = {
    type: 'string',
    enum: ['ask', 'always', 'never'],
    default: 'ask',
    markdownDescription: '%referat.autoDetect%',
    markdownEnumDescriptions: ['%referat.autoDetect.ask%', '%referat.autoDetect.always%', '%referat.autoDetect.never%'],
    scope: 'resource',
  };
  props['referat.language'] = {
    type: 'string',
    enum: ['da', 'en', 'auto'],
    default: 'da',
    markdownDescription: '%referat.language%',
    markdownEnumDescriptions: ['%referat.language.da%', '%referat.language.en%', '%referat.language.auto%'],
    scope: 'application',
  };
  props['referat.maxFileSize'] = {
    type: 'number',
    default: DEFAULT_MAX_FILE_SIZE_MB,
    minimum: 0.001,
    markdownDescription: '%referat.maxFileSize%',
    scope: 'resource',
  };
  return props;
}

/**
 * The Settings UI's categories, in this order. VS Code names a setting by its key only
 * (`referat.checks.not-text` → «Not-text» under the category): there is no title per setting.
 * The keys stay as they are (the code is what the Problems panel, `.referat.json` and
 * `referat-ignore` comments show); what VS Code does let an extension say in Danish is said:
 * the category titles, the severities' labels (`enumItemLabels`) and each description, which
 * begins with the setting's Danish name.
 */
const CATEGORIES: readonly { id: string; title: { da: string; en: string }; has: (key: string) => boolean }[] = [
  { id: 'general', title: { da: 'Generelt', en: 'General' }, has: (k) => ['referat.language', 'referat.autoDetect', 'referat.maxFileSize'].includes(k) },
  { id: 'layout', title: { da: 'Opsætning: afsnit, punkter og journalnumre', en: 'Layout: sections, items and journal numbers' }, has: (k) => !k.startsWith('referat.checks.') },
  ...(
    [
      ['document', { da: 'Kontroller: dokument og mødehoved', en: 'Checks: document and meeting header' }, ['document', 'header']],
      ['contents', { da: 'Kontroller: indholdsfortegnelse', en: 'Checks: table of contents' }, ['contents']],
      ['structure', { da: 'Kontroller: punkter og afsnit', en: 'Checks: items and sections' }, ['structure']],
      ['journal', { da: 'Kontroller: journalnumre', en: 'Checks: journal numbers' }, ['journal']],
      ['prose', { da: 'Kontroller: datoer, henvisninger og tal i teksten', en: 'Checks: dates, references and numbers in the text' }, ['prose']],
      ['tables', { da: 'Kontroller: tabeller', en: 'Checks: tables' }, ['tables']],
    ] as const
  ).map(([id, title, tags]) => ({
    id: `checks.${id}`,
    title,
    has: (k: string) => {
      const c = checks.find((x) => `referat.checks.${x.code}` === k);
      return c !== undefined && (tags as readonly string[]).includes(c.tags[0]!);
    },
  })),
];

/**
 * package.json's `contributes.configuration`: one node per category, the settings of each in
 * the order of `configurationProperties()` (the registry's order for the checks).
 */
export function configurationContributions(): JsonSchema[] {
  const props = configurationProperties();
  const placed = new Set<string>();
  return CATEGORIES.map((cat, order) => {
    const properties: Record<string, JsonSchema> = {};
    let i = 0;
    for (const [key, value] of Object.entries(props)) {
      if (placed.has(key) || !cat.has(key)) continue;
      placed.add(key);
      properties[key] = { ...value, order: i++ };
    }
    return { id: `referat.${cat.id}`, title: `%config.category.${cat.id}%`, order, properties };
  });
}

/** Every setting of package.json's `contributes.configuration` (one node or a list of categories). */
export function settingsOf(pkg: { contributes: { configuration: JsonSchema | JsonSchema[] } }): Record<string, JsonSchema> {
  const nodes = Array.isArray(pkg.contributes.configuration) ? pkg.contributes.configuration : [pkg.contributes.configuration];
  return Object.assign({}, ...nodes.map((n) => n.properties as Record<string, JsonSchema>));
}

/**
 * The Danish (and English) name each setting's description begins with, since the Settings UI
 * shows the key. A check's name says what it looks for, in the secretary's words.
 */
const CHECK_NAMES: Record<string, { da: string; en: string }> = {
  'not-text': { da: 'Ikke tekst', en: 'Not text' },
  'no-items': { da: 'Ingen punkter', en: 'No items' },
  'meeting-header': { da: 'Mødets hoved', en: 'Meeting header' },
  'meeting-weekday': { da: 'Ugedag i mødedatoen', en: 'Weekday of the meeting date' },
  'meeting-date-mismatch': { da: 'Titlens dato og mødedatoen', en: 'Title date and meeting date' },
  'contents-missing-item': { da: 'Punkt mangler i indholdsfortegnelsen', en: 'Item missing from the contents' },
  'contents-orphan-entry': { da: 'Indholdsfortegnelsen nævner et ukendt punkt', en: 'Contents lists an unknown item' },
  'contents-title': { da: 'Titel i indholdsfortegnelsen', en: 'Title in the contents' },
  'item-number-duplicate': { da: 'Samme punktnummer to gange', en: 'Item number used twice' },
  'item-number-gap': { da: 'Hul i punktnumrene', en: 'Gap in the item numbers' },
  'journal-number': { da: 'Journalnummerets form', en: 'Form of the journal number' },
  'journal-number-missing': { da: 'Journalnummer mangler', en: 'Journal number missing' },
  'missing-section': { da: 'Manglende afsnit', en: 'Missing section' },
  'missing-economy': { da: 'Manglende økonomiafsnit', en: 'Missing economy section' },
  'duplicate-section': { da: 'Afsnit to gange', en: 'Section twice' },
  'section-order': { da: 'Afsnittenes rækkefølge', en: 'Order of the sections' },
  'empty-section': { da: 'Tomt afsnit', en: 'Empty section' },
  placeholder: { da: 'Pladsholdertekst', en: 'Placeholder text' },
  date: { da: 'Datoer i teksten', en: 'Dates in the text' },
  reference: { da: 'Henvisning til indstillingspunkt', en: 'Reference to a recommendation point' },
  'text-sum': { da: 'Sum i teksten', en: 'Sum in the text' },
  'text-table': { da: 'Tal i teksten mod tabellen', en: 'Number in the text against the table' },
  'table-sum': { da: 'Tabeltotal', en: 'Table total' },
  'table-relation': { da: 'Tabellens differencer', en: 'Differences in a table' },
  'table-rounding': { da: 'Afrunding i tabeller', en: 'Rounding in tables' },
};

/** The other settings' names (the first words of their descriptions). */
const SETTING_NAMES: Record<string, { da: string; en: string }> = {
  'referat.sections': { da: 'Afsnit', en: 'Sections' },
  'referat.sectionOrder': { da: 'Afsnittenes rækkefølge', en: 'Order of sections' },
  'referat.requiredSections': { da: 'Krævede afsnit', en: 'Required sections' },
  'referat.caseTypes': { da: 'Sagstyper', en: 'Case types' },
  'referat.journalNumberPattern': { da: 'Journalnummerets mønster', en: 'Journal number pattern' },
  'referat.profile': { da: 'Profil', en: 'Profile' },
  'referat.numbering': { da: 'Nummerering', en: 'Numbering' },
  'referat.repeatableSections': { da: 'Gentagelige afsnit', en: 'Repeatable sections' },
  'referat.header': { da: 'Mødets hoved', en: 'Meeting header' },
  'referat.itemForms': { da: 'Punktoverskrifternes form', en: 'Form of item headings' },
  'referat.autoDetect': { da: 'Genkend referater', en: 'Recognise minutes' },
  'referat.language': { da: 'Sprog', en: 'Language' },
  'referat.maxFileSize': { da: 'Største fil', en: 'Largest file' },
};

/** A description that begins with the setting's name: `**Sprog.** …`. */
const named = (name: string, text: string) => `**${name}.** ${text}`;

/**
 * Texts of the settings and commands, per language. Only the Danish ones are shipped, as
 * `package.nls.json`: VS Code picks `package.nls.<its locale>.json` and falls back to
 * `package.nls.json`, and a Danish secretary's VS Code runs in English (there is no Danish
 * language pack), so a `package.nls.en.json` would show her English commands and settings.
 * The English texts stay here: a test keeps them complete, and the `.referat.json` schema
 * carries both languages.
 */
const SETTING_TEXTS: Record<string, { da: string; en: string }> = {
  'referat.sections': {
    da: 'Afsnittene i et punkt: `id`, det viste `name` og alle stavemåder (`synonyms`), der tæller som afsnittets overskrift.',
    en: 'The sections of an item: `id`, the displayed `name` and every spelling (`synonyms`) that counts as the section heading.',
  },
  'referat.sectionOrder': {
    da: 'Den sædvanlige rækkefølge af afsnit (afsnits-id fra `referat.sections`).',
    en: 'The usual order of sections (section ids from `referat.sections`).',
  },
  'referat.requiredSections': {
    da: 'Afsnit som hvert punkt skal have, for referater (`referat`) og dagsordener (`dagsorden`).',
    en: 'Sections every item must have, for minutes (`referat`) and agendas (`dagsorden`).',
  },
  'referat.caseTypes': {
    da: 'Sagstyper (bogstavet før `-sag:` i titlen) og de afsnit, hver sagstype kræver ud over de almindelige.',
    en: 'Case types (the letter before `-sag:` in the title) and the sections each case type requires on top of the usual ones.',
  },
  'referat.journalNumberPattern': {
    da: 'Regulært udtryk, som et journalnummer skal matche (standard: KL-emnenummer, facet, løbenummer og årstal, fx `00.30.00-S00-1-24`).',
    en: 'Regular expression a journal number must match (default: KL subject number, facet, serial number and year, e.g. `00.30.00-S00-1-24`).',
  },
  'referat.profile': {
    da: 'Profil for opsætningen: `auto` vælger efter dokumentets opsætning; ellers gælder den navngivne profil, og de øvrige indstillinger tilsidesætter den nøgle for nøgle.',
    en: "The layout's profile: `auto` picks by the document's layout; otherwise the named profile applies and the other settings override it key by key.",
  },
  'referat.profile.auto': { da: 'Vælg profil efter dokumentets opsætning.', en: "Pick the profile by the document's layout." },
  ...Object.fromEntries(profiles.map((p) => [`referat.profile.${p.name}`, { da: p.description.da, en: p.description.en }])),
  'referat.numbering': {
    da: 'Punkterne nummereres fra 1 (`from-one`) eller løber hen over året (`running`).',
    en: 'Items are numbered from 1 (`from-one`) or run through the year (`running`).',
  },
  'referat.repeatableSections': {
    da: 'Afsnit (afsnits-id), et punkt kan have flere af med hver sin overskrift (fx en beslutning pr. udvalg).',
    en: 'Sections (section ids) an item may have several of, each under its own heading (e.g. a decision per committee).',
  },
  'referat.header': {
    da: 'Mødets hoved: `strict` kræver titel og Mødedato; `lenient` kontrollerer kun det, der står.',
    en: 'Meeting header: `strict` requires a title and Mødedato; `lenient` checks only what is there.',
  },
  'referat.itemForms': {
    da: `Punktoverskrifternes form (tom: udledes af dokumentet): ${itemFormNames.map((f) => `\`${f}\``).join(', ')}.`,
    en: `The item headings' form (empty: inferred from the document): ${itemFormNames.map((f) => `\`${f}\``).join(', ')}.`,
  },
  'referat.autoDetect': {
    da: 'Markdown- og tekstfiler, hvis første linje begynder med `REFERAT` eller `DAGSORDEN`, kontrolleres som referater: spørg først (`ask`), altid (`always`) eller aldrig (`never`).',
    en: 'Markdown and text files whose first line starts with `REFERAT` or `DAGSORDEN` are checked as minutes: ask first (`ask`), always (`always`) or never (`never`).',
  },
  'referat.autoDetect.ask': { da: 'Spørg, før filen kontrolleres som referat.', en: 'Ask before checking the file as minutes.' },
  'referat.autoDetect.always': { da: 'Kontrollér altid sådanne filer som referater.', en: 'Always check such files as minutes.' },
  'referat.autoDetect.never': { da: 'Kontrollér aldrig filer automatisk; brug kommandoen «Kontrollér som referat».', en: 'Never check files automatically; use the command "Check as minutes".' },
  displayName: { da: 'Referat', en: 'Referat (Danish minutes)' },
  description: {
    da: 'Skriv og gennemgå kommunale referater og dagsordener: struktur, indholdsfortegnelse, journalnumre og tabeller kontrolleres mens du skriver.',
    en: 'Write and review Danish municipal minutes and agendas: structure, table of contents, journal numbers and tables are checked as you type.',
  },
  category: { da: 'Referat', en: 'Referat' },
  'referat.language': {
    da: 'Sproget for Referats fund, svævetekster, forslag og kommandoer. Standard er dansk, også når VS Code kører på engelsk.',
    en: "The language of Referat's findings, hovers, suggestions and commands. Danish by default, also when VS Code runs in English.",
  },
  'referat.language.da': { da: 'Dansk.', en: 'Danish.' },
  'referat.language.en': { da: 'Engelsk.', en: 'English.' },
  'referat.language.auto': { da: 'Samme sprog som VS Code (engelsk, hvis VS Code kører på engelsk).', en: 'The language VS Code runs in (English if VS Code runs in English).' },
  'referat.severity.off': { da: 'Slået fra: kontrollen kører ikke.', en: 'Off: the check does not run.' },
  'referat.severity.hint': { da: 'Vink: vises kun som prikker under teksten.', en: 'Hint: shown only as dots under the text.' },
  'referat.severity.information': { da: 'Information: værd at vide, ikke en fejl.', en: 'Information: worth knowing, not an error.' },
  'referat.severity.warning': { da: 'Advarsel: sandsynligvis forkert.', en: 'Warning: probably wrong.' },
  'referat.severity.error': { da: 'Fejl: forkert.', en: 'Error: wrong.' },
  'referat.severity.label.off': { da: 'fra', en: 'off' },
  'referat.severity.label.hint': { da: 'vink', en: 'hint' },
  'referat.severity.label.information': { da: 'information', en: 'information' },
  'referat.severity.label.warning': { da: 'advarsel', en: 'warning' },
  'referat.severity.label.error': { da: 'fejl', en: 'error' },
  'referat.maxFileSize': {
    da: 'Største fil (i MB), som Referat kontrollerer. En større fil kontrolleres ikke; en advarsel siger det i stedet, så editoren ikke går i stå.',
    en: 'The largest file (in MB) Referat checks. A larger file is not checked; a warning says so instead, so the editor does not stall.',
  },
  ...Object.fromEntries(CATEGORIES.map((c) => [`config.category.${c.id}`, c.title])),
};

export function nlsStrings(locale: 'da' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, t] of Object.entries(SETTING_TEXTS)) out[key] = SETTING_NAMES[key] ? named(SETTING_NAMES[key][locale], t[locale]) : t[locale];
  for (const c of checks) out[`referat.checks.${c.code}`] = `${named(checkName(c.code)[locale], c.description[locale])} ${locale === 'da' ? 'Kode' : 'Code'}: \`${c.code}\`.`;
  for (const c of COMMAND_CONTRIBUTIONS) out[`command.${c.command}`] = c.title[locale];
  return out;
}

/** A check's name (a check added without one is named by its code: a test asks for a name). */
export function checkName(code: string): { da: string; en: string } {
  return CHECK_NAMES[code] ?? { da: code, en: code };
}

export function commandContributions(): { commands: JsonSchema[]; menus: JsonSchema } {
  return {
    commands: COMMAND_CONTRIBUTIONS.map((c) => ({ command: c.command, title: `%command.${c.command}%`, category: '%category%', ...(c.titleBarIcon ? { icon: c.titleBarIcon } : {}) })),
    menus: {
      'editor/title': COMMAND_CONTRIBUTIONS.filter((c) => c.titleBarIcon).map((c) => ({ command: c.command, when: c.when ?? 'editorLangId == referat', group: 'navigation' })),
      commandPalette: COMMAND_CONTRIBUTIONS.map((c) =>
        c.palette
          ? { command: c.command, when: c.when ?? (c.command === 'referat.checkAsMinutes' ? 'editorLangId == markdown || editorLangId == plaintext || editorLangId == referat' : 'editorLangId == referat') }
          : { command: c.command, when: 'false' },
      ),
      'explorer/context': COMMAND_CONTRIBUTIONS.filter((c) => c.explorerWhen).map((c) => ({ command: c.command, when: c.explorerWhen, group: 'navigation' })),
    },
  };
}

/**
 * JSON schema of a workspace's `.referat.json`: the same keys as the `referat.*` settings
 * (without the prefix), checks as one object by code. Descriptions in both languages, since a
 * JSON schema cannot be localised.
 */
/** The layout keys (engine/config): settings and `.referat.json` keys alike. */
const LAYOUT_KEYS = ['profile', 'numbering', 'repeatableSections', 'header', 'itemForms'];

export function referatJsonSchema(): JsonSchema {
  const props = configurationProperties();
  const properties: Record<string, JsonSchema> = {};
  for (const key of ['sections', 'sectionOrder', 'requiredSections', 'caseTypes', 'journalNumberPattern', ...LAYOUT_KEYS]) {
    const { scope: _scope, markdownDescription: _d, markdownEnumDescriptions: _e, ...rest } = props[`referat.${key}`]!;
    const t = SETTING_TEXTS[`referat.${key}`]!;
    // A JSON schema has no enum descriptions: the profiles are named in the description.
    const each = (l: 'da' | 'en') => (key === 'profile' ? ' ' + profiles.map((p) => `\`${p.name}\`: ${p.description[l]}`).join(' ') : '');
    properties[key] = { ...rest, description: `${t.da}${each('da')}\n\n${t.en}${each('en')}` };
  }
  const checkProps: Record<string, JsonSchema> = {};
  for (const c of checks) checkProps[c.code] = { type: 'string', enum: SEVERITIES, default: c.defaultSeverity, description: `${checkName(c.code).da}: ${c.description.da}\n\n${checkName(c.code).en}: ${c.description.en}` };
  properties.checks = {
    type: 'object',
    description: 'Alvorlighed pr. kontrol (`off` slår den fra).\n\nSeverity per check (`off` turns it off).',
    properties: checkProps,
    additionalProperties: false,
  };
  // Read by «Referat: Eksportér» and `referat export` (server/src/export), not by the checks.
  properties.export = {
    type: 'object',
    description: 'Eksport til Word, PDF og HTML.\n\nExport to Word, PDF and HTML.',
    properties: {
      template: {
        type: 'string',
        description:
          'Kommunens Word-skabelon (.docx eller .dotx), relativt til denne fil: dens typografier, sidehoved, sidefod og logo bruges i det eksporterede Word-dokument.\n\nThe municipality\'s Word template (.docx or .dotx), relative to this file: its styles, header, footer and logo are used in the exported Word document.',
      },
    },
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Referat: kommunens opsætning / municipality configuration (.referat.json)',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/** The static snippet file (VS Code cannot localise snippet descriptions: they carry both languages). */
export function snippetsJson(): string {
  return JSON.stringify(snippetFile(), null, 2) + '\n';
}

export function checksMarkdown(): string {
  const rows = checks.map((c) => `| \`${c.code}\` | ${c.defaultSeverity} | ${c.tags.join(', ')} | ${c.description.da} | ${c.description.en} |`);
  return [
    '# Kontroller / Checks',
    '',
    '<!-- Generated from server/src/engine/checks/registry.ts by `npm run gen`. Do not edit by hand. -->',
    '',
    'Hver kontrol har en fast kode. Alvorligheden kan ændres pr. kontrol med indstillingen `referat.checks.<kode>` (`off`, `hint`, `information`, `warning`, `error`).',
    '',
    'Every check has a stable code. Its severity can be changed per check with the setting `referat.checks.<code>`.',
    '',
    '| Kode / code | Standard | Emne / tags | Beskrivelse | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
