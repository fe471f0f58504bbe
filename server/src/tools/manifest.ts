import { checks, defaultConfig } from '../engine';
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
      markdownDescription: `\`${c.code}\`: ${c.description.da}`,
      scope: 'resource',
    };
  }
  props['referat.sections'] = {
    type: 'array',
    default: defaultConfig.sections,
    markdownDescription: 'Afsnittene i et punkt: `id`, det viste `name` og alle stavemåder (`synonyms`), der tæller som afsnittets overskrift.',
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
    markdownDescription: 'Den sædvanlige rækkefølge af afsnit (afsnits-id fra `referat.sections`).',
    scope: 'resource',
  };
  props['referat.requiredSections'] = {
    type: 'object',
    default: defaultConfig.requiredSections,
    markdownDescription: 'Afsnit som hvert punkt skal have, for referater (`referat`) og dagsordener (`dagsorden`).',
    properties: { referat: { type: 'array', items: { type: 'string' } }, dagsorden: { type: 'array', items: { type: 'string' } } },
    scope: 'resource',
  };
  props['referat.caseTypes'] = {
    type: 'array',
    default: defaultConfig.caseTypes,
    markdownDescription: 'Sagstyper (bogstavet før `-sag:` i titlen) og de afsnit, hver sagstype kræver ud over de almindelige.',
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
    markdownDescription: 'Regulært udtryk, som et journalnummer skal matche (standard: KL-emnenummer, facet, løbenummer og årstal, fx `00.30.00-S00-1-24`).',
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
