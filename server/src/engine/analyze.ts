import type { Check, CheckContext, Finding, Report } from './checks/check';
import { checks as allChecks } from './checks/registry';
import { ReferatConfig, defaultConfig } from './config/config';
import { messagesFor, toLocale } from './i18n/messages';
import type { MinutesDocument } from './model/minutes';
import { ParseOptions, parseMinutes } from './parse/parseMinutes';
import { comparePositions } from './text/range';
import { applySuppressions } from './features/suppression';
import { reuseTablesFrom } from './analysis/tableArithmetic';
import type { TableReuse } from './analysis/tableReuse';

export interface AnalyzeOptions extends ParseOptions {
  readonly config?: ReferatConfig;
  /** `da` (default) or `en`; any `en-*` locale means English. */
  readonly locale?: string;
  /** The checks to run; all registered checks by default. */
  readonly checks?: readonly Check[];
  /**
   * Table arithmetic kept from the previous version of the same document (an editor keeps one
   * per open document): tables whose text did not change are not worked out again.
   */
  readonly tableReuse?: TableReuse;
}

export interface Analysis {
  readonly doc: MinutesDocument;
  readonly findings: readonly Finding[];
}

/** Parse once, run every check on the shared model. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? defaultConfig;
  const doc = parseMinutes(text, config, options);
  if (options.tableReuse) reuseTablesFrom(doc, options.tableReuse);
  return { doc, findings: runChecks(doc, config, options) };
}

/**
 * A report as a finding, written out field by field: a spread of the report (each check's
 * reports have shapes of their own) went through V8's slow generic object copy, a fortieth of the
 * whole analysis. Optional fields are set only when present, as the spread did.
 */
function finding(check: Check, severity: Finding['severity'], r: Report): Finding {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = { code: check.code, severity, range: r.range, message: r.message };
  if (r.fixes !== undefined) f.fixes = r.fixes;
  if (r.related !== undefined) f.related = r.related;
  return f;
}

export function runChecks(doc: MinutesDocument, config: ReferatConfig, options: Pick<AnalyzeOptions, 'locale' | 'checks'> = {}): Finding[] {
  // The document's own configuration (the profile filled in); the caller's severities win.
  config = doc.config ? (doc.config.checks === config.checks ? doc.config : { ...doc.config, checks: config.checks }) : config;
  const locale = toLocale(options.locale);
  const msg = messagesFor(locale);
  const findings: Finding[] = [];
  const sectionNames = new Map(config.sections.map((s) => [s.id, s.name]));
  // On a binary file, only `not-text` speaks: anything else would be noise about garbage.
  const selected = (options.checks ?? allChecks).filter((c) => !doc.binary || c.code === 'not-text');
  for (const check of selected) {
    const setting = config.checks[check.code];
    if (setting === 'off') continue;
    const severity = setting;
    const ctx: CheckContext = {
      doc,
      config,
      locale,
      msg,
      sectionName: (id) => sectionNames.get(id) ?? id,
      report: (f) => findings.push(finding(check, severity ?? f.severity ?? check.defaultSeverity, f)),
    };
    try {
      check.run(ctx);
    } catch (err) {
      // A bug in one check must not take the others (or the server) down with it.
      findings.push({ code: 'internal-error', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `${check.code}: ${String(err)}` });
    }
  }
  // Codes are kebab-case ASCII (the registry test holds them to it), where code-unit order is the
  // collation order: no localeCompare, which was a sixth of the time on a file with many findings.
  return applySuppressions(doc, findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
}
