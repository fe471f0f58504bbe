import { ReferatConfig, checks, resolveConfig } from '../engine';

/** The registry's check codes: an unknown one under `checks` is a configuration problem. */
const CHECK_CODES = checks.map((c) => c.code);

/**
 * The `referat.*` settings as the client sends them, turned into the engine's configuration.
 * Unknown or malformed values fall back to the defaults (see `resolveConfig`).
 */
export interface ReferatSettings {
  readonly sections?: unknown;
  readonly sectionOrder?: unknown;
  readonly requiredSections?: unknown;
  readonly caseTypes?: unknown;
  readonly journalNumberPattern?: unknown;
  readonly checks?: unknown;
  /** The layout: `referat.profile`, `numbering`, `repeatableSections`, `header`, `itemForms`. */
  readonly profile?: unknown;
  readonly numbering?: unknown;
  readonly repeatableSections?: unknown;
  readonly header?: unknown;
  readonly itemForms?: unknown;
  readonly maxFileSize?: unknown;
  /** `referat.language`: `da` (default), `en` or `auto` (the editor's language). */
  readonly language?: unknown;
}

export function configFromSettings(settings: ReferatSettings | undefined | null, workspaceFile?: unknown): ReferatConfig {
  if (!workspaceFile || typeof workspaceFile !== 'object') return resolveConfig(settings ?? {}, CHECK_CODES);
  // `.referat.json` wins over settings key by key; its check severities merge per code.
  const file = workspaceFile as Record<string, unknown>;
  const base = (settings ?? {}) as Record<string, unknown>;
  const checks = { ...(typeof base.checks === 'object' ? (base.checks as object) : {}), ...(typeof file.checks === 'object' ? (file.checks as object) : {}) };
  return resolveConfig({ ...base, ...file, checks }, CHECK_CODES);
}
