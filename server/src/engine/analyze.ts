import type { Check, CheckContext, Finding, Fix, Report } from './checks/check';
import { checks as allChecks } from './checks/registry';
import { ReferatConfig, defaultConfig } from './config/config';
import { messagesFor, toLocale } from './i18n/messages';
import type { MinutesDocument } from './model/minutes';
import { ParseOptions, parseMinutes } from './parse/parseMinutes';
import { comparePositions } from './text/range';
import { applySuppressions } from './features/suppression';
import { reuseTablesFrom } from './analysis/tableArithmetic';
import { declareWithoutCombiningMarks } from './analysis/paragraphs';
import type { TableReuse } from './analysis/tableReuse';
import { CanonicalText, canonicalText, rangeToOriginal } from './text/canonical';

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
  /**
   * The analysis's time budget: a function that says when it has run out (the engine reads no
   * clock itself). Checks not yet run are then skipped and one information finding
   * (`analysis-cut-off`) says the check was cut short, so one pathological document cannot hold a
   * language server that has other requests and files to serve.
   */
  readonly outOfTime?: () => boolean;
}

/** The code of the one finding that says an analysis ran out of time. */
export const ANALYSIS_CUT_OFF = 'analysis-cut-off';

export interface Analysis {
  /** The model of the canonical text (text/canonical.ts): its positions are the canonical text's. */
  readonly doc: MinutesDocument;
  /** Findings at positions in the text as given. */
  readonly findings: readonly Finding[];
  /**
   * The canonical text analysed and its column map: `toOriginal` / `toCanonical` translate the
   * model's positions (only lines with zero-width characters, lone surrogates or decomposed
   * letters differ).
   */
  readonly canonical: CanonicalText;
}

/**
 * Parse once, run every check on the shared model. The text is first put in its canonical form
 * (line endings, invisible characters, odd spaces, NFC: text/canonical.ts), so the findings of a
 * text are those of its canonical form, at the right positions in the text as given.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? defaultConfig;
  const canonical = canonicalText(text);
  const doc = parseMinutes(canonical.text, config, options);
  if (canonical.plain) declareWithoutCombiningMarks(doc);
  if (options.tableReuse) reuseTablesFrom(doc, options.tableReuse);
  const findings = runChecks(doc, config, options);
  return { doc, findings: canonical.columns ? findings.map(mapFinding(canonical)) : findings, canonical };
}

/** Findings from canonical positions to original ones; a fix shared by many findings stays shared. */
function mapFinding(canonical: CanonicalText): (f: Finding) => Finding {
  const fixes = new Map<Fix, Fix>();
  const mapFix = (fix: Fix): Fix => {
    let mapped = fixes.get(fix);
    if (!mapped) fixes.set(fix, (mapped = { ...fix, edits: fix.edits.map((e) => ({ ...e, range: rangeToOriginal(canonical, e.range) })) }));
    return mapped;
  };
  return (f) => {
    const m: { -readonly [K in keyof Finding]: Finding[K] } = { ...f, range: rangeToOriginal(canonical, f.range) };
    if (f.related) m.related = f.related.map((r) => ({ ...r, range: rangeToOriginal(canonical, r.range) }));
    if (f.fixes) m.fixes = f.fixes.map(mapFix);
    return m;
  };
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

export function runChecks(doc: MinutesDocument, config: ReferatConfig, options: Pick<AnalyzeOptions, 'locale' | 'checks' | 'outOfTime'> = {}): Finding[] {
  // The document's own configuration (the profile filled in); the caller's severities win.
  config = doc.config ? (doc.config.checks === config.checks ? doc.config : { ...doc.config, checks: config.checks }) : config;
  const locale = toLocale(options.locale);
  const msg = messagesFor(locale);
  const findings: Finding[] = [];
  const sectionNames = new Map(config.sections.map((s) => [s.id, s.name]));
  // On a binary file, only `not-text` speaks: anything else would be noise about garbage.
  const selected = (options.checks ?? allChecks).filter((c) => !doc.binary || c.code === 'not-text');
  for (const check of selected) {
    if (options.outOfTime?.()) {
      const skipped = selected.length - selected.indexOf(check);
      findings.push({ code: ANALYSIS_CUT_OFF, severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: msg.analysisCutOff(skipped) });
      break;
    }
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
