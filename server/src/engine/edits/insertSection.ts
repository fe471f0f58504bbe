import type { ReferatConfig } from '../config/config';
import type { AgendaItem, MinutesDocument } from '../model/minutes';
import { TextEdit, pos } from '../text/range';
import { eolOf, heading, sectionHeadingShape, sectionPlaceholder, sectionSpelling } from './style';
import { learnOrder } from '../analysis/learnedOrder';

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}

/**
 * Inserts a section into an item where the configured order puts it: before the first present
 * section that comes later, or after the item's last line. The heading looks like the
 * document's other section headings; the body is a placeholder the secretary overwrites (so the
 * new section is not reported empty).
 */
export function insertSectionEdit(doc: MinutesDocument, config: ReferatConfig, item: AgendaItem, id: string, body?: string): TextEdit {
  const eol = eolOf(doc);
  // The document's own configuration (its profile) and order: learnt from it when none is set.
  const own = doc.config ?? config;
  const order = own.sectionOrder.length > 0 ? own.sectionOrder : learnOrder(doc.items).order;
  const content = body ?? sectionPlaceholder(doc, item, id);
  const r = rank(order, id);
  const next = item.sections.find((s) => rank(order, s.id) > r);
  const text = heading(sectionHeadingShape(doc, item, next ?? item.sections[item.sections.length - 1]), sectionSpelling(doc, own, id));
  if (next) {
    const at = pos(next.headingLine, 0);
    return { range: { start: at, end: at }, newText: `${text}${eol}${eol}${content}${eol}${eol}` };
  }
  const end = item.range.end;
  return { range: { start: end, end }, newText: `${eol}${eol}${text}${eol}${eol}${content}` };
}
