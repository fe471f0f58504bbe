import type { ReferatConfig, SeverityName } from '../config/config';
import type { Locale, Messages } from '../i18n/messages';
import type { MinutesDocument } from '../model/minutes';
import type { Range, TextEdit } from '../text/range';

export type Severity = SeverityName;

/**
 * A fix the user can apply. `safe` fixes may be applied all at once when the user asks for it
 * (the command «Ret alle sikre fund», `referat check --fix`): renumbering is one. `unasked`
 * fixes are also applied without the user looking (`source.fixAll.referat`, i.e. on save): only
 * where the text itself says what is right and nothing the secretary wrote is decided for them
 * (not a number, an amount, a date or a weekday; see docs/authoring.md).
 */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly safe?: boolean;
  /** Implies `safe`. */
  readonly unasked?: boolean;
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
}

/** What a check reports: one thing that is (probably) wrong, where, and how to fix it. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

/**
 * What a check hands to `ctx.report`. A check with findings of different weight (e.g. `date`: a
 * wrong weekday is an error, a past-tense future date a warning) may set `severity` per finding;
 * a user's setting for the check still overrides it.
 */
export type Report = Omit<Finding, 'code' | 'severity'> & { readonly severity?: Severity };

export interface CheckContext {
  readonly doc: MinutesDocument;
  readonly config: ReferatConfig;
  readonly locale: Locale;
  readonly msg: Messages;
  /** Display name of a section id (`okonomi` → `Økonomi`). */
  sectionName(id: string): string;
  report(finding: Report): void;
}

export type CheckTag = 'structure' | 'contents' | 'header' | 'journal' | 'document' | 'tables' | 'prose';

/** A check and its metadata, side by side: the registry, docs and settings schema read these. */
export interface Check {
  readonly code: string;
  readonly defaultSeverity: Severity;
  readonly tags: readonly CheckTag[];
  readonly description: { readonly da: string; readonly en: string };
  run(ctx: CheckContext): void;
}

/**
 * True when `key` (`requiredSections`, `sectionOrder`) comes from a profile the layout was
 * guessed to be, not from the user's settings or a profile the user named: such a rule is a
 * guess about the municipality's habits, and the document's own habit may overrule it.
 */
export function inferredProfile(ctx: CheckContext, key: string): boolean {
  return (ctx.config.profile === 'auto' || ctx.config.profileGuessed === true) && !ctx.config.explicit.includes(key);
}
