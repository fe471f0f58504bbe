import { ReferatConfig, resolveConfig } from '../engine';

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
  readonly maxFileSize?: unknown;
}

export function configFromSettings(settings: ReferatSettings | undefined | null): ReferatConfig {
  return resolveConfig(settings ?? {});
}
