import { ConfigProblem, compileUserPattern } from './patterns';

/**
 * One configuration for everything that differs between municipalities: section names and
 * their synonyms, the usual order, required sections per document kind and case type, case
 * types and the journal-number format. Odense's practice is the default. The VS Code settings
 * `referat.*` and the CLI's `--config` file are both read into this shape.
 */

import { Profile, profileByName, profiles } from '../profiles/profiles';

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
  /** The usual order of sections, by id; empty: learnt from the document. */
  readonly sectionOrder: readonly string[];
  /** Sections every item needs, per document kind. */
  readonly requiredSections: { readonly referat: readonly string[]; readonly dagsorden: readonly string[] };
  readonly caseTypes: readonly CaseTypeDefinition[];
  /** Regular expression (source) a journal number must match in full; empty: any form the parser reads. */
  readonly journalNumberPattern: string;
  /** Per-check severity overrides by check code. */
  readonly checks: Readonly<Record<string, SeveritySetting>>;
  /** `auto` (the layout decides) or the name of a profile (`odense`, `standard`, `kle`). */
  readonly profile: string;
  /** `from-one`: items are numbered 1, 2, 3 …; `running`: numbers may start anywhere. */
  readonly numbering: 'from-one' | 'running';
  /** Sections an item may have several of, each under its own heading. */
  readonly repeatableSections: readonly string[];
  /** `strict`: title and Mødedato required; `lenient`: only what the header has is checked. */
  readonly header: 'strict' | 'lenient';
  /** Item heading forms the document uses (see `itemFormNames`); empty: inferred per document. */
  readonly itemForms: readonly string[];
  /** The keys the user set (to a value other than the default): the profile fills in the rest. */
  readonly explicit: readonly string[];
  /** Set on a document's configuration: the profile was guessed from the layout (`auto`), not named. */
  readonly profileGuessed?: boolean;
  /**
   * What was wrong with the user's configuration (a pattern that is invalid, too long or not
   * linear-time): each is one warning to the user, and the default was used instead.
   */
  readonly problems?: readonly ConfigProblem[];
}

const odense = profileByName('odense')!;

/** Odense's practice (the `odense` profile) with the profile chosen per document. */
export const defaultConfig: ReferatConfig = {
  sections: odense.sections,
  sectionOrder: odense.sectionOrder,
  requiredSections: odense.requiredSections,
  caseTypes: odense.caseTypes,
  journalNumberPattern: odense.journalNumberPattern,
  checks: {},
  profile: 'auto',
  numbering: odense.numbering,
  repeatableSections: odense.repeatableSections,
  header: odense.header,
  itemForms: [],
  explicit: [],
};

/** The keys a profile supplies unless the user sets them. */
const PROFILE_KEYS = ['sections', 'sectionOrder', 'requiredSections', 'caseTypes', 'journalNumberPattern', 'numbering', 'repeatableSections', 'header'] as const;

/** A user's partial configuration (settings or `.referat.json`): every key optional. */
export type PartialReferatConfig = {
  -readonly [K in keyof ReferatConfig]?: K extends 'requiredSections'
    ? Partial<ReferatConfig['requiredSections']>
    : ReferatConfig[K];
};

/**
 * Merges user settings over the defaults. Arrays replace (a municipality lists its own
 * sections); `checks` merges per code. Malformed values fall back to the default rather than
 * breaking the checker (`configProblems` says what was wrong). A key whose value equals the
 * default counts as not set: the editor sends every setting with its default, and the profile
 * chosen for the document must still fill it in. With `checkCodes` (the registry's codes) an
 * unknown code under `checks` is a problem too.
 */
export function resolveConfig(user: unknown, checkCodes: readonly string[] = []): ReferatConfig {
  if (!user || typeof user !== 'object') return defaultConfig;
  const u = user as Record<string, unknown>;
  const sections = Array.isArray(u.sections) && u.sections.every(isSectionDefinition) ? (u.sections as SectionDefinition[]) : defaultConfig.sections;
  const ids = new Set(sections.map((s) => s.id));
  for (const p of profiles) for (const s of p.sections) if (sections === defaultConfig.sections) ids.add(s.id);
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
  const resolved: Omit<ReferatConfig, 'explicit' | 'problems'> = {
    sections,
    sectionOrder: idList(u.sectionOrder, defaultConfig.sectionOrder),
    requiredSections: {
      referat: idList(req.referat, defaultConfig.requiredSections.referat),
      dagsorden: idList(req.dagsorden, defaultConfig.requiredSections.dagsorden),
    },
    caseTypes: caseTypes.map((c) => ({ ...c, requiredSections: c.requiredSections.filter((x) => ids.has(x)) })),
    journalNumberPattern: pattern,
    checks,
    profile: typeof u.profile === 'string' && (u.profile === 'auto' || profileByName(u.profile)) ? u.profile.toLowerCase() : 'auto',
    numbering: u.numbering === 'running' || u.numbering === 'from-one' ? u.numbering : defaultConfig.numbering,
    repeatableSections: Array.isArray(u.repeatableSections) && u.repeatableSections.every((x) => typeof x === 'string') ? (u.repeatableSections as string[]) : defaultConfig.repeatableSections,
    header: u.header === 'strict' || u.header === 'lenient' ? u.header : defaultConfig.header,
    itemForms: Array.isArray(u.itemForms) ? (u.itemForms as unknown[]).filter((x): x is string => typeof x === 'string' && itemFormNames.includes(x)) : [],
  };
  // A requirement a user sets in part (only `referat`) is still theirs.
  const explicit = PROFILE_KEYS.filter((k) => k in u && u[k] !== undefined && JSON.stringify(resolved[k]) !== JSON.stringify(defaultConfig[k]));
  // Unknown keys and wrong types are said too, not only ignored (the pattern's own problem is above).
  for (const p of configProblems(u, checkCodes)) if (p.key !== 'journalNumberPattern') problems.push(p);
  if (explicit.length === 0 && resolved.profile === 'auto' && resolved.itemForms.length === 0 && Object.keys(checks).length === 0 && problems.length === 0) return defaultConfig;
  return { ...resolved, explicit, ...(problems.length > 0 ? { problems } : {}) };
}

/** The item heading forms a configuration may pin (see parse/itemForms). */
export const itemFormNames: readonly string[] = ['punkt', 'pkt', 'nr', 'sag', 'numbered', 'bare', 'title-sag'];

const configCache = new WeakMap<ReferatConfig, Map<string, ReferatConfig>>();

/**
 * The configuration a document is checked with: the profile's value for every key the user did
 * not set. One object per (configuration, profile), so what is cached per configuration (the
 * section matcher) is made once.
 */
export function configForProfile(config: ReferatConfig, profile: Profile): ReferatConfig {
  let byProfile = configCache.get(config);
  if (!byProfile) configCache.set(config, (byProfile = new Map()));
  let c = byProfile.get(profile.name);
  if (!c) {
    const set = new Set(config.explicit);
    const pick = <K extends (typeof PROFILE_KEYS)[number]>(k: K): ReferatConfig[K] => (set.has(k) ? config[k] : (profile[k] as unknown as ReferatConfig[K]));
    c = {
      ...config,
      sections: pick('sections'),
      sectionOrder: pick('sectionOrder'),
      requiredSections: pick('requiredSections'),
      caseTypes: pick('caseTypes'),
      journalNumberPattern: pick('journalNumberPattern'),
      numbering: pick('numbering'),
      repeatableSections: pick('repeatableSections'),
      header: pick('header'),
      profile: profile.name,
      profileGuessed: config.profile === 'auto',
    };
    byProfile.set(profile.name, c);
  }
  return c;
}

/** Keys the editor's settings carry that are not the engine's (the client reads them). */
// Every `referat.*` setting the extension contributes that the engine does not read belongs here,
// or the editor warns about it as unknown.
const EDITOR_KEYS = new Set(['maxFileSize', 'autoDetect', 'language', 'preview', 'openImported', 'export', 'import', 'statusBar', 'trace', '$schema']);

type Shape = 'string' | 'string[]' | 'sections' | 'caseTypes' | 'required' | 'checks' | 'numbering' | 'header' | 'profile' | 'itemForms';
const SHAPES: Record<string, Shape> = {
  sections: 'sections',
  sectionOrder: 'string[]',
  requiredSections: 'required',
  caseTypes: 'caseTypes',
  journalNumberPattern: 'string',
  checks: 'checks',
  profile: 'profile',
  numbering: 'numbering',
  repeatableSections: 'string[]',
  header: 'header',
  itemForms: 'itemForms',
};

/**
 * What in a user's configuration (settings or `.referat.json`) is not understood, key by key:
 * `resolveConfig` quietly falls back to the default for these, so the editor and the CLI show
 * them as warnings instead. `checkCodes` are the known check codes (from the registry).
 */
export function configProblems(user: unknown, checkCodes: readonly string[] = []): ConfigProblem[] {
  if (user === undefined || user === null) return [];
  if (typeof user !== 'object' || Array.isArray(user)) return [{ key: '', reason: 'wrong-type', detail: 'object' }];
  const problems: ConfigProblem[] = [];
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const [key, value] of Object.entries(user as Record<string, unknown>)) {
    if (EDITOR_KEYS.has(key)) continue;
    const shape = SHAPES[key];
    if (!shape) {
      problems.push({ key, reason: 'unknown-key' });
      continue;
    }
    if (value === undefined || value === null) continue;
    const wrong = (expected: string) => problems.push({ key, reason: 'wrong-type', detail: expected });
    switch (shape) {
      case 'string':
        if (typeof value !== 'string') wrong('string');
        else if (value.length > 0)
          try {
            new RegExp(value, 'u');
          } catch {
            problems.push({ key, reason: 'invalid' });
          }
        break;
      case 'string[]':
        if (!isStrings(value)) wrong('string[]');
        break;
      case 'sections':
        if (!Array.isArray(value) || !value.every(isSectionDefinition)) wrong('[{ id, name, synonyms[] }]');
        break;
      case 'caseTypes':
        if (!Array.isArray(value) || !value.every(isCaseType)) wrong('[{ code, name, requiredSections[] }]');
        break;
      case 'required':
        if (typeof value !== 'object' || Array.isArray(value)) wrong('{ referat: string[], dagsorden: string[] }');
        else
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            if (k !== 'referat' && k !== 'dagsorden') problems.push({ key: `${key}.${k}`, reason: 'unknown-key' });
            else if (!isStrings(v)) problems.push({ key: `${key}.${k}`, reason: 'wrong-type', detail: 'string[]' });
          }
        break;
      case 'checks':
        if (typeof value !== 'object' || Array.isArray(value)) wrong('{ code: severity }');
        else
          for (const [code, sev] of Object.entries(value as Record<string, unknown>)) {
            if (checkCodes.length > 0 && !checkCodes.includes(code)) problems.push({ key: `${key}.${code}`, reason: 'unknown-key' });
            else if (sev !== 'error' && sev !== 'warning' && sev !== 'information' && sev !== 'hint' && sev !== 'off')
              problems.push({ key: `${key}.${code}`, reason: 'unknown-value', detail: 'error|warning|information|hint|off' });
          }
        break;
      case 'profile':
        if (typeof value !== 'string') wrong('string');
        else if (value !== 'auto' && !profileByName(value)) problems.push({ key, reason: 'unknown-value', detail: ['auto', ...profiles.map((p) => p.name)].join('|') });
        break;
      case 'numbering':
        if (value !== 'from-one' && value !== 'running') problems.push({ key, reason: typeof value === 'string' ? 'unknown-value' : 'wrong-type', detail: 'from-one|running' });
        break;
      case 'header':
        if (value !== 'strict' && value !== 'lenient') problems.push({ key, reason: typeof value === 'string' ? 'unknown-value' : 'wrong-type', detail: 'strict|lenient' });
        break;
      case 'itemForms':
        if (!isStrings(value)) wrong('string[]');
        else for (const f of value as string[]) if (!itemFormNames.includes(f)) problems.push({ key: `${key}`, reason: 'unknown-value', detail: itemFormNames.join('|') });
        break;
    }
  }
  return problems;
}

function isSectionDefinition(v: unknown): v is SectionDefinition {
  const s = v as SectionDefinition;
  return !!s && typeof s.id === 'string' && typeof s.name === 'string' && Array.isArray(s.synonyms) && s.synonyms.every((x) => typeof x === 'string');
}

function isCaseType(v: unknown): v is CaseTypeDefinition {
  const c = v as CaseTypeDefinition;
  return !!c && typeof c.code === 'string' && typeof c.name === 'string' && Array.isArray(c.requiredSections);
}
