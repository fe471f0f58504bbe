import { checks, defaultConfig, snippetFile } from '../engine';
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
  props['referat.autoDetect'] = {
    type: 'string',
    enum: ['ask', 'always', 'never'],
    default: 'ask',
    markdownDescription: '%referat.autoDetect%',
    markdownEnumDescriptions: ['%referat.autoDetect.ask%', '%referat.autoDetect.always%', '%referat.autoDetect.never%'],
    scope: 'resource',
  };
  props['referat.maxFileSize'] = {
    type: 'number',
    default: DEFAULT_MAX_FILE_SIZE_MB,
    minimum: 0.001,
    markdownDescription: 'Største fil (i MB), som Referat kontrollerer. En større fil kontrolleres ikke; en advarsel siger det i stedet, så editoren ikke går i stå.',
    scope: 'resource',
  };
  return props;
}

/** Texts of the settings and commands, per language: `package.nls.json` (da) and `package.nls.en.json`. */
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
};

export function nlsStrings(locale: 'da' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, t] of Object.entries(SETTING_TEXTS)) out[key] = t[locale];
  for (const c of checks) out[`referat.checks.${c.code}`] = `\`${c.code}\`: ${c.description[locale]}`;
  for (const c of COMMAND_CONTRIBUTIONS) out[`command.${c.command}`] = c.title[locale];
  return out;
}

export function commandContributions(): { commands: JsonSchema[]; menus: JsonSchema } {
  return {
    commands: COMMAND_CONTRIBUTIONS.map((c) => ({ command: c.command, title: `%command.${c.command}%`, category: '%category%', ...(c.titleBarIcon ? { icon: c.titleBarIcon } : {}) })),
    menus: {
      'editor/title': COMMAND_CONTRIBUTIONS.filter((c) => c.titleBarIcon).map((c) => ({ command: c.command, when: 'editorLangId == referat', group: 'navigation' })),
      commandPalette: COMMAND_CONTRIBUTIONS.map((c) =>
        c.palette ? { command: c.command, when: c.command === 'referat.checkAsMinutes' ? 'editorLangId == markdown || editorLangId == plaintext || editorLangId == referat' : 'editorLangId == referat' } : { command: c.command, when: 'false' },
      ),
    },
  };
}

/**
 * JSON schema of a workspace's `.referat.json`: the same keys as the `referat.*` settings
 * (without the prefix), checks as one object by code. Descriptions in both languages, since a
 * JSON schema cannot be localised.
 */
export function referatJsonSchema(): JsonSchema {
  const props = configurationProperties();
  const properties: Record<string, JsonSchema> = {};
  for (const key of ['sections', 'sectionOrder', 'requiredSections', 'caseTypes', 'journalNumberPattern']) {
    const { scope: _scope, markdownDescription: _d, ...rest } = props[`referat.${key}`]!;
    const t = SETTING_TEXTS[`referat.${key}`]!;
    properties[key] = { ...rest, description: `${t.da}\n\n${t.en}` };
  }
  const checkProps: Record<string, JsonSchema> = {};
  for (const c of checks) checkProps[c.code] = { type: 'string', enum: SEVERITIES, default: c.defaultSeverity, description: `${c.description.da}\n\n${c.description.en}` };
  properties.checks = {
    type: 'object',
    description: 'Alvorlighed pr. kontrol (`off` slår den fra).\n\nSeverity per check (`off` turns it off).',
    properties: checkProps,
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
