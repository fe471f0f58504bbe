import * as assert from 'node:assert/strict';
import { Analysis, Finding, Range, foldingRanges, messagesFor, outline, OutlineNode } from './engine';

/**
 * What must hold for ANY input: no check crashed (an `internal-error` finding), and every range
 * the engine hands out (findings, related locations, fix edits, outline, folding) lies inside the
 * document, start before end.
 */
export function assertInvariants(text: string, analysis: Analysis): void {
  const lines = text.split(/\r\n|\r|\n/);
  const where = (what: string, r: Range) => `${what} ${JSON.stringify(r)} in a document of ${lines.length} lines`;
  const inside = (what: string, r: Range) => {
    for (const p of [r.start, r.end]) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, where(what, r));
      assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line]!.length, where(what, r));
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), where(`${what} (reversed)`, r));
  };
  assert.equal(analysis.doc.lines.length, lines.length, 'the model has one line per line of the text');
  // Document-wide fixes (renumber, regenerate contents) are one shared object offered by every
  // finding of their kind: check each once.
  const seenFixes = new Set<object>();
  for (const f of analysis.findings) {
    assert.notEqual(f.code, 'internal-error', f.message);
    assert.ok(f.message.length > 0, `${f.code}: empty message`);
    inside(f.code, f.range);
    for (const r of f.related ?? []) inside(`${f.code} related`, r.range);
    for (const fix of f.fixes ?? []) {
      if (seenFixes.has(fix)) continue;
      seenFixes.add(fix);
      for (const e of fix.edits) inside(`${f.code} fix`, e.range);
    }
  }
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const n of nodes) {
      inside(`outline ${n.kind}`, n.range);
      inside(`outline ${n.kind} selection`, n.selectionRange);
      walk(n.children);
    }
  };
  walk(outline(analysis.doc, messagesFor('da')));
  for (const r of foldingRanges(analysis.doc)) {
    assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < lines.length, `folding ${JSON.stringify(r)} in ${lines.length} lines`);
  }
}

/** Findings compared by what a reader sees: code, severity, line and (NFC) message. */
export function findingKeys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line} ${f.code} ${f.severity} ${f.message.normalize('NFC')}`);
}
