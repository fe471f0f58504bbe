/** Applies LSP-style edits (0-based line/character; non-overlapping) to a text, as an editor would. */
export interface SimpleEdit {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly newText: string;
}

export function applyEdits(text: string, edits: readonly SimpleEdit[]): string {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }) => {
    const lineStart = starts[p.line];
    if (lineStart === undefined) throw new Error(`edit beyond the end: line ${p.line}`);
    return lineStart + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (let i = 1; i < sorted.length; i++) {
    if (offset(sorted[i]!.range.end) > offset(sorted[i - 1]!.range.start)) throw new Error('overlapping edits');
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
