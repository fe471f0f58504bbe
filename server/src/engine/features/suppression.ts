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

/** The comments on one line: those trailing text silence that line, the others the next one. */
function commentsOn(doc: MinutesDocument, index: number): { own: Suppression[]; next: Suppression[] } {
  const own: Suppression[] = [];
  const next: Suppression[] = [];
  const text = doc.lines[index]!.text;
  if (!text.includes('referat-ignore')) return { own, next };
  for (const m of text.matchAll(IGNORE)) {
    const codes = new Set(m[1]!.split(/[\s,]+/u).filter((c) => /^[a-z][a-z0-9-]*$/u.test(c)));
    const rest = (text.slice(0, m.index) + text.slice(m.index! + m[0].length)).trim();
    (rest === '' ? next : own).push({ line: index, codes });
  }
  return { own, next };
}

const isBlankLine = (doc: MinutesDocument, i: number) => doc.lines[i]!.text.trim() === '';

/**
 * The suppressions that apply to a line: comments trailing text on it, and comments alone on
 * the nearest non-blank line above it (only a non-blank line is the "next line" of a comment).
 * Looked up per finding: a document has far fewer findings than lines, and reading every line
 * for a comment was a twentieth of the whole analysis.
 */
function suppressionsAt(doc: MinutesDocument, line: number): Suppression[] {
  if (line < 0 || line >= doc.lines.length) return [];
  const found = [...commentsOn(doc, line).own];
  if (!isBlankLine(doc, line)) {
    let above = line - 1;
    while (above >= 0 && isBlankLine(doc, above)) above--;
    if (above >= 0) found.push(...commentsOn(doc, above).next);
  }
  return found;
}

/** The findings without those an inline comment silences. */
export function applySuppressions(doc: MinutesDocument, findings: Finding[]): Finding[] {
  if (doc.binary || findings.length === 0) return findings;
  const byLine = new Map<number, Suppression[]>();
  const at = (line: number): Suppression[] => {
    let s = byLine.get(line);
    if (!s) byLine.set(line, (s = suppressionsAt(doc, line)));
    return s;
  };
  return findings.filter((f) => !at(f.range.start.line).some((s) => s.codes.size === 0 || s.codes.has(f.code)));
}
