import type { Messages } from '../i18n/messages';
import type { MinutesDocument, Section, SubHeading, Table } from '../model/minutes';
import { Range, comparePositions } from '../text/range';

export type OutlineKind = 'meeting' | 'contents' | 'item' | 'section' | 'subheading' | 'table';

/** A node of the meeting's outline: meeting → items → sections → sub-headings and tables. */
export interface OutlineNode {
  readonly kind: OutlineKind;
  readonly name: string;
  readonly detail?: string;
  /** The whole extent (for folding-aware breadcrumbs). */
  readonly range: Range;
  /** What to reveal and highlight: the heading. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineNode[];
}

export function outline(doc: MinutesDocument, msg: Messages): OutlineNode[] {
  const top: OutlineNode[] = [];
  if (doc.contents) {
    top.push({
      kind: 'contents',
      name: msg.outlineContents(),
      detail: String(doc.contents.entries.length),
      range: doc.contents.range,
      selectionRange: doc.contents.headingRange,
      children: [],
    });
  }
  for (const item of doc.items) {
    const children: OutlineNode[] = [];
    // A loop, not push(...): spreading a huge array overflows the stack.
    if (item.preamble.subHeadings.length + item.preamble.tables.length > 0) {
      for (const leaf of leaves(item.preamble.subHeadings, item.preamble.tables, msg)) children.push(leaf);
    }
    for (const section of item.sections) children.push(sectionNode(section, msg));
    top.push({
      kind: 'item',
      name: msg.outlineItem(item.number.value, item.fullTitle.value),
      detail: item.journalNumber?.value,
      range: item.range,
      selectionRange: item.headingRange,
      children,
    });
  }
  const title = doc.header.title;
  if (!title) return top;
  const last = doc.lines.length - 1;
  return [
    {
      kind: 'meeting',
      name: title.text,
      detail: doc.header.meetingDate ? doc.lines[doc.header.meetingDate.range.start.line]!.text.replace(/\*\*|__/g, '').trim() : undefined,
      range: { start: title.range.start, end: { line: last, character: doc.lines[last]!.text.length } },
      selectionRange: title.range,
      children: top,
    },
  ];
}

function sectionNode(section: Section, msg: Messages): OutlineNode {
  return {
    kind: 'section',
    name: section.heading.value,
    range: section.range,
    selectionRange: section.heading.range,
    children: leaves(section.subHeadings, section.tables, msg),
  };
}

/** Sub-headings and tables of one section, in document order. */
function leaves(subHeadings: readonly SubHeading[], tables: readonly Table[], msg: Messages): OutlineNode[] {
  const nodes: OutlineNode[] = [
    ...subHeadings.map((h): OutlineNode => ({ kind: 'subheading', name: h.text, range: h.range, selectionRange: h.range, children: [] })),
    ...tables.map((t): OutlineNode => {
      let columns = 0; // not Math.max(...rows): a table of 100,000 rows would overflow the stack
      for (const r of t.rows) columns = Math.max(columns, r.cells.length);
      const first = t.rows.find((r) => !r.separator)?.cells.find((c) => c.text.length > 0);
      return {
        kind: 'table',
        name: msg.outlineTable(t.rows.filter((r) => !r.separator).length, columns),
        detail: first?.text.replace(/<[^>]*>/g, '').slice(0, 60),
        range: t.range,
        selectionRange: t.rows[0]!.range,
        children: [],
      };
    }),
  ];
  return nodes.sort((a, b) => comparePositions(a.range.start, b.range.start));
}
