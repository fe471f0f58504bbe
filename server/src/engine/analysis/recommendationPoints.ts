import type { AgendaItem, MinutesDocument } from '../model/minutes';

/** An unnumbered point: `at …`, `- at …`, `• at …` opening a line. */
const AT_POINT = /^\s*(?:[-•–*]\s*)?at\s+\S/iu;

/**
 * The numbers of an item's Indstilling points: `1. Årsberetning …`, `2. At det samlede …`. Where
 * the points are not numbered (`at …` lines, as many municipalities write them), they count
 * 1, 2, 3 … in order: «indstillingspunkt 2» is the second `at`.
 */
export function recommendationPoints(doc: MinutesDocument, item: AgendaItem): number[] {
  const section = item.sections.find((s) => s.id === 'indstilling');
  if (!section || section.empty) return [];
  const points: number[] = [];
  let unnumbered = 0;
  for (let l = section.bodyRange.start.line; l <= section.bodyRange.end.line; l++) {
    const text = doc.lines[l]!.text;
    const m = /^\s*(\d{1,2})[.)]\s+\S/u.exec(text);
    if (m) points.push(Number(m[1]));
    else if (AT_POINT.test(text)) unnumbered++;
  }
  if (points.length === 0) for (let n = 1; n <= unnumbered; n++) points.push(n);
  return points;
}
