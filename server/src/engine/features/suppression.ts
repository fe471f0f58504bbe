import type { Finding } from '../checks/check';
import type { MinutesDocument } from '../model/minutes';

/**
 * `<!-- referat-ignore missing-section -->` silences that finding on the next non-blank line
 * (or on its own line, when the comment trails text); without codes it silences every finding
 * there. An HTML comment, because Markdown previews hide it and it reads as a remark in a plain
 * .txt file; the same syntax therefore works in both formats.
 */
const IGNORE = /<!--\s*referat-ignore\b([^>]*?)-->/giu;

interface Suppression {
  readonly line: number;
  /** Empty: every code. */
  readonly codes: ReadonlySet<string>;
}

export function suppressionsOf(doc: MinutesDocument): Suppression[] {
  const out: Suppression[] = [];
  const { lines } = doc;
  for (const line of lines) {
    if (!line.text.includes('referat-ignore')) continue;
    for (const m of line.text.matchAll(IGNORE)) {
      const codes = new Set(m[1]!.split(/[\s,]+/u).filter((c) => /^[a-z][a-z0-9-]*$/u.test(c)));
      const rest = (line.text.slice(0, m.index) + line.text.slice(m.index! + m[0].length)).trim();
      let target = line.index;
      if (rest === '') {
        target = line.index + 1;
        while (target < lines.length && lines[target]!.text.trim() === '') target++;
      }
      out.push({ line: target, codes });
    }
  }
  return out;
}

/** The findings without those an inline comment silences. */
export function applySuppressions(doc: MinutesDocument, findings: Finding[]): Finding[] {
  if (doc.binary) return findings;
  const suppressions = suppressionsOf(doc);
  if (suppressions.length === 0) return findings;
  return findings.filter((f) => !suppressions.some((s) => s.line === f.range.start.line && (s.codes.size === 0 || s.codes.has(f.code))));
}
