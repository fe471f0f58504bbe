import * as assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine';

/**
 * Annotated fixture documents. A fixture is a minutes document with lines starting `%%` that
 * say which findings are expected where; those lines are removed before the document is
 * checked, so they never change what is checked.
 *
 *   Punkt 8: Status på Center for Familier og Unge (CFU)
 *   %%^ warning missing-section "Beslutning"
 *
 * Each `^` points one (non-annotation) line up: `%%^` is the line just above, `%%^^` the one
 * above that. Then the severity, the code and, optionally, a quoted piece of the message.
 */
export interface Expectation {
  /** 0-based line in the stripped document. */
  readonly line: number;
  readonly severity: string;
  readonly code: string;
  readonly contains?: string;
}

export interface AnnotatedDocument {
  readonly text: string;
  readonly expected: readonly Expectation[];
}

const ANNOTATION = /^%%(\^+)\s+(error|warning|information|hint)\s+([a-z0-9-]+)(?:\s+"([^"]*)")?\s*$/;

export function parseAnnotated(source: string): AnnotatedDocument {
  const kept: string[] = [];
  const expected: Expectation[] = [];
  for (const raw of source.split('\n')) {
    if (!raw.startsWith('%%')) {
      kept.push(raw);
      continue;
    }
    const m = ANNOTATION.exec(raw.trimEnd());
    if (!m) throw new Error(`Malformed annotation: ${raw}`);
    const line = kept.length - m[1]!.length;
    if (line < 0) throw new Error(`Annotation points above the document: ${raw}`);
    expected.push({ line, severity: m[2]!, code: m[3]!, contains: m[4] });
  }
  return { text: kept.join('\n'), expected };
}

/**
 * The findings are exactly the annotated ones (line, severity, code: no fewer, no more), and each
 * annotation's quoted part is in its finding's message.
 */
export function assertAnnotatedFindings(findings: readonly Finding[], expected: readonly Expectation[]): void {
  const actual = findings.map((f) => `${f.range.start.line + 1} ${f.severity} ${f.code}`).sort();
  const wanted = expected.map((e) => `${e.line + 1} ${e.severity} ${e.code}`).sort();
  assert.deepEqual(actual, wanted, findings.map((f) => `${f.range.start.line + 1}: ${f.code}: ${f.message}`).join('\n'));
  for (const e of expected) {
    if (!e.contains) continue;
    const hits = findings.filter((x) => x.range.start.line === e.line && x.code === e.code);
    assert.ok(hits.some((f) => f.message.includes(e.contains!)), `line ${e.line + 1}: ${JSON.stringify(hits.map((h) => h.message))} lacks ${JSON.stringify(e.contains)}`);
  }
}
