import type { AgendaItem, MinutesDocument, Section } from './minutes';
import type { Range } from '../text/range';

/** The text of a range of the document (lines joined with \n). */
export function textOf(doc: MinutesDocument, r: Range): string {
  if (r.start.line === r.end.line) return doc.lines[r.start.line]?.text.slice(r.start.character, r.end.character) ?? '';
  const parts: string[] = [doc.lines[r.start.line]!.text.slice(r.start.character)];
  for (let i = r.start.line + 1; i < r.end.line; i++) parts.push(doc.lines[i]!.text);
  parts.push(doc.lines[r.end.line]!.text.slice(0, r.end.character));
  return parts.join('\n');
}

/** Finds the first match of a pattern in a section's body, with its range. */
export function findInSection(doc: MinutesDocument, section: Section, pattern: RegExp): { text: string; range: Range } | undefined {
  if (section.empty) return undefined;
  for (let i = section.bodyRange.start.line; i <= section.bodyRange.end.line; i++) {
    const line = doc.lines[i]!.text;
    const m = pattern.exec(line);
    if (m) return { text: m[0], range: { start: { line: i, character: m.index }, end: { line: i, character: m.index + m[0].length } } };
  }
  return undefined;
}

/** An item's number as the document writes it, for messages and outlines: `12`, or `12a` for a supplementary item. */
export function itemLabel(item: AgendaItem): string {
  return `${item.number.value}${item.numberSuffix ?? ''}`;
}
