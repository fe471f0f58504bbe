import { ConfigProblem, compileUserPattern } from './patterns';

/**
 * One configuration for everything that differs between municipalities: section names and
 * their synonyms, the usual order, required sections per document kind and case type, case
 * types and the journal-number format. Odense's practice is the default. The VS Code settings
 * `referat.*` and the CLI's `--config` file are both read into this shape.
 */

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export interface SectionDefinition {
  /** Stable id used in `required` and `order`. */
  readonly id: string;
  /** Name shown in messages and inserted by fixes. */
  readonly name: string;
  /** Every spelling that counts as this section's heading (case-insensitive). */
  readonly synonyms: readonly string[];
}

export interface CaseTypeDefinition {
  /** The letter before `-sag:` (`B` in `B-sag:`). */
  readonly code: string;
  readonly name: string;
  /** Sections required in an item of this case type, on top of `requiredSections`. */
  readonly requiredSections: readonly string[];
}

export interface ReferatConfig {
  readonly sections: readonly SectionDefinition[];
  /** The usual order of sections, by id. */
  readonly sectionOrder: readonly string[];
  /** Sections every item needs, per document kind. */
  readonly requiredSections: { readonly referat: readonly string[]; readonly dagsorden: readonly string[] };
  readonly caseTypes: readonly CaseTypeDefinition[];
  /** Regular expression (source) a journal number must match in full. */
  readonly journalNumberPattern: string;
  /** Per-check severity overrides by check code. */
  readonly checks: Readonly<Record<string, SeveritySetting>>;
  /**
   * What was wrong with the user's configuration (a pattern that is invalid, too long or not
   * linear-time): each is one warning to the user, and the default was used instead.
   */
  readonly problems?: readonly ConfigProblem[];
}

export const defaultConfig: ReferatConfig = {
  sections: [
    { id: 'resume', name: 'Resume', synonyms: ['Resume', 'Resumé', 'Sagsresume', 'Sagsresumé'] },
    { id: 'effekt', name: 'Effekt', synonyms: ['Effekt'] },
    { id: 'indstilling', name: 'Indstilling', synonyms: ['Indstilling'] },
    { id: 'beslutning', name: 'Beslutning', synonyms: ['Beslutning'] },
    { id: 'sagsfremstilling', name: 'Sagsfremstilling', synonyms: ['Sagsfremstilling', 'Sagsbeskrivelse'] },
    { id: 'okonomi', name: 'Økonomi', synonyms: ['Økonomi', 'Økonomiske konsekvenser'] },
    { id: 'bilag', name: 'Bilag', synonyms: ['Bilag'] },
  ],
  sectionOrder: ['resume', 'effekt', 'indstilling', 'beslutning', 'sagsfremstilling', 'okonomi', 'bilag'],
  requiredSections: {
    referat: ['resume', 'beslutning'],
    dagsorden: ['resume'],
  },
  caseTypes: [
    { code: 'B', name: 'Beslutningssag', requiredSections: ['indstilling'] },
    { code: 'D', name: 'Drøftelses- og orienteringssag', requiredSections: [] },
  ],
  journalNumberPattern: '^\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2}$',
  checks: {},
};

/** A user's partial configuration (settings or `.referat.json`): every key optional. */
export type PartialReferatConfig = {
  -readonly [K in keyof ReferatConfig]?: K extends 'requiredSections'
    ? Partial<ReferatConfig['requiredSections']>
    : ReferatConfig[K];
};

/**
 * Merges user settings over the defaults. Arrays replace (a municipality lists its own
 * sections); `checks` merges per code. Malformed values fall back to the default rather than
 * breaking the checker.
 */
export function resolveConfig(user: unknown): ReferatConfig {
  if (!user || typeof user !== 'object') return defaultConfig;
  const u = user as Record<string, unknown>;
  const sections = Array.isArray(u.sections) && u.sections.every(isSectionDefinition) ? (u.sections as SectionDefinition[]) : defaultConfig.sections;
  const ids = new Set(sections.map((s) => s.id));
  const idList = (v: unknown, fallback: readonly string[]): readonly string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]).filter((x) => ids.has(x)) : fallback.filter((x) => ids.has(x));
  const req = (u.requiredSections && typeof u.requiredSections === 'object' ? u.requiredSections : {}) as Record<string, unknown>;
  const caseTypes = Array.isArray(u.caseTypes) && u.caseTypes.every(isCaseType) ? (u.caseTypes as CaseTypeDefinition[]) : defaultConfig.caseTypes;
  const problems: ConfigProblem[] = [];
  let pattern = defaultConfig.journalNumberPattern;
  // Compiled with the linear-time engine (patterns.ts), never RegExp: a workspace's pattern is
  // untrusted. A broken one keeps the default (it must not switch the check off) and says why.
  if (u.journalNumberPattern !== undefined && u.journalNumberPattern !== pattern) {
    const compiled = compileUserPattern(u.journalNumberPattern, 'journalNumberPattern');
    if (compiled.pattern) pattern = compiled.pattern.source;
    else problems.push(compiled.problem);
  }
  const checks: Record<string, SeveritySetting> = { ...defaultConfig.checks };
  if (u.checks && typeof u.checks === 'object') {
    for (const [code, sev] of Object.entries(u.checks as Record<string, unknown>)) {
      if (sev === 'error' || sev === 'warning' || sev === 'information' || sev === 'hint' || sev === 'off') checks[code] = sev;
    }
  }
  return {
    sections,
    sectionOrder: idList(u.sectionOrder, defaultConfig.sectionOrder),
    requiredSections: {
      referat: idList(req.referat, defaultConfig.requiredSections.referat),
      dagsorden: idList(req.dagsorden, defaultConfig.requiredSections.dagsorden),
    },
    caseTypes: caseTypes.map((c) => ({ ...c, requiredSections: c.requiredSections.filter((x) => ids.has(x)) })),
    journalNumberPattern: pattern,
    checks,
    ...(problems.length > 0 ? { problems } : {}),
  };
}

function isSectionDefinition(v: unknown): v is SectionDefinition {
  const s = v as SectionDefinition;
  return !!s && typeof s.id === 'string' && typeof s.name === 'string' && Array.isArray(s.synonyms) && s.synonyms.every((x) => typeof x === 'string');
}

function isCaseType(v: unknown): v is CaseTypeDefinition {
  const c = v as CaseTypeDefinition;
  return !!c && typeof c.code === 'string' && typeof c.name === 'string' && Array.isArray(c.requiredSections);
}
