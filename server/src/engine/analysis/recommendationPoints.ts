import type { AgendaItem, MinutesDocument } from '../model/minutes';

/** The numbers of an item's Indstilling points: `1. Årsberetning …`, `2. At det samlede …`. */
export function recommendationPoints(doc: MinutesDocument, item: AgendaItem): number[] {
  const section = item.sections.find((s) => s.id === 'indstilling');
  if (!section || section.empty) return [];
  const points: number[] = [];
  for (let l = section.bodyRange.start.line; l <= section.bodyRange.end.line; l++) {
    const m = /^\s*(\d{1,2})[.)]\s+\S/u.exec(doc.lines[l]!.text);
    if (m) points.push(Number(m[1]));
  }
  return points;
}
