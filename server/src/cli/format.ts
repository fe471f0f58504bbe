import { checks, type Locale } from '../engine';
import type { FileResult, WireFinding } from './checkFile';
import { escapeControls } from './escape';
import type { CliMessages } from './messages';

export type Format = 'text' | 'json' | 'sarif';

/** `file:line:col: severity code: message`, like a compiler; positions 1-based; controls escaped. */
export function textLine(file: string, f: WireFinding): string {
  return `${escapeControls(file)}:${f.line + 1}:${f.character + 1}: ${f.severity} ${f.code}: ${escapeControls(f.message)}`;
}

/** Every line text output prints for one file's findings (problems and notices go to stderr). */
export function textLines(r: FileResult, quiet: boolean, msg: CliMessages): string[] {
  const out: string[] = [];
  // The layout first (`file: layout standard, numbered`): which rules the file was read with.
  if (r.layout && !quiet) out.push(`${escapeControls(r.file)}: ${escapeControls(msg.layout(r.layout.profile, r.layout.itemForm, r.layout.itemVariant))}`);
  for (const t of r.fixed ?? []) out.push(`${escapeControls(r.file)}: ${escapeControls(msg.fixed(t))}`);
  for (const f of r.findings) {
    if (quiet && f.severity !== 'error') continue;
    out.push(textLine(r.file, f));
    // The places a finding names besides its own, indented under it (as a compiler's notes).
    for (const rel of f.related ?? []) out.push(`  ${escapeControls(r.file)}:${rel.line + 1}:${rel.character + 1}: ${escapeControls(rel.message)}`);
  }
  return out;
}

/** One object per file; positions 1-based, end exclusive as in the editor. */
export function jsonFile(r: FileResult, quiet: boolean, msg: CliMessages): object {
  const o: Record<string, unknown> = {
    file: r.file,
    layout: r.layout,
    diagnostics: r.findings
      .filter((f) => !quiet || f.severity === 'error')
      .map((f) => ({
        line: f.line + 1,
        column: f.character + 1,
        endLine: f.endLine + 1,
        endColumn: f.endCharacter + 1,
        severity: f.severity,
        code: f.code,
        message: f.message,
        ...(f.related ? { related: f.related.map((x) => ({ line: x.line + 1, column: x.character + 1, message: x.message })) } : {}),
      })),
  };
  if (r.problem) o.error = msg.problem(r.problem);
  if (r.encoding) o.encoding = r.encoding;
  if (r.fixed) o.fixed = r.fixed;
  return o;
}

const SARIF_LEVEL: Record<WireFinding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A URI reference for a path: relative paths stay relative (code scanning resolves them against the checkout). */
function artifactUri(file: string): string {
  const slashed = file.replace(/\\/gu, '/');
  const abs = slashed.startsWith('/') ? 'file://' + slashed : /^[A-Za-z]:\//u.test(slashed) ? 'file:///' + slashed : slashed;
  return encodeURI(abs).replace(/[?#]/gu, encodeURIComponent);
}

/**
 * SARIF 2.1.0 as markdownlint-cli2's SARIF formatter writes it: one run, the tool's rules from the
 * check registry (code, description in the chosen language, default level), one result per
 * finding with its file and region (1-based lines and columns, end column exclusive). Files that
 * could not be read are tool execution notifications, so code scanning shows them too.
 */
export function sarif(results: readonly FileResult[], lang: Locale, msg: CliMessages, quiet: boolean, version: string): object {
  const ruleIndex = new Map(checks.map((c, i) => [c.code, i]));
  const extraRules: { id: string }[] = [];
  const indexOf = (code: string): number => {
    let i = ruleIndex.get(code);
    if (i === undefined) {
      // A finding from outside the registry (an importer's, say) still gets a rule.
      i = checks.length + extraRules.length;
      extraRules.push({ id: code });
      ruleIndex.set(code, i);
    }
    return i;
  };
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const r of results) {
    if (r.problem) {
      notifications.push({
        level: 'error',
        message: { text: msg.problem(r.problem) },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.file) } } }],
      });
    }
    for (const f of r.findings) {
      if (quiet && f.severity !== 'error') continue;
      sarifResults.push({
        ruleId: f.code,
        ruleIndex: indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(r.file) },
              region: { startLine: f.line + 1, startColumn: f.character + 1, endLine: f.endLine + 1, endColumn: f.endCharacter + 1 },
            },
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'referat',
            version,
            language: lang,
            rules: [
              ...checks.map((c) => ({
                id: c.code,
                name: c.code,
                shortDescription: { text: c.description[lang] },
                fullDescription: { text: c.description[lang] },
                defaultConfiguration: { level: SARIF_LEVEL[c.defaultSeverity] },
                properties: { tags: [...c.tags] },
              })),
              ...extraRules,
            ],
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
}
