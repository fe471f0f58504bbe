/**
 * Positions and ranges in the same shape as LSP (0-based line, UTF-16 character offset),
 * so the adapter can pass them through unchanged — but defined here, because the engine
 * must not depend on any LSP or VS Code package.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function lineRange(line: number, startChar: number, endChar: number): Range {
  return range(line, startChar, line, endChar);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** A text edit in the engine's own terms; the LSP adapter maps it 1:1. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** True when two ranges share at least a position (touching ends count). */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) >= 0 && comparePositions(b.end, a.start) >= 0;
}
