import { Locale, messagesFor } from '../engine';
import type { FileResult } from './cli';

/** `file:line:col: severity code: message`, like a compiler; positions 1-based. */
export function formatText(results: readonly FileResult[], lang: Locale): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, findings, layout } of results) {
    // The layout first (`file: layout standard, numbered`): which rules the file was read with.
    if (layout) out.push(`${file}: ${messagesFor(lang).layoutName(layout.profile, layout.itemForm)}`);
    for (const f of findings) {
      out.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  out.push(
    lang === 'en'
      ? `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} note${infos === 1 ? '' : 's'}.`
      : `${results.length} ${results.length === 1 ? 'fil' : 'filer'} kontrolleret: ${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}, ${infos} ${infos === 1 ? 'bemærkning' : 'bemærkninger'}.`,
  );
  return out.join('\n') + '\n';
}

/** One object per file; positions 1-based, end exclusive as in the editor. */
export function formatJson(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      results.map(({ file, findings, layout }) => ({
        file,
        layout,
        diagnostics: findings.map((f) => ({
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          severity: f.severity,
          code: f.code,
          message: f.message,
        })),
      })),
      null,
      2,
    ) + '\n'
  );
}
