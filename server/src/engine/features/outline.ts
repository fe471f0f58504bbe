import type { Messages } from '../i18n/messages';
import type { MinutesDocument, Section, SubHeading, Table } from '../model/minutes';
import { Range, comparePositions } from '../text/range';
import { itemLabel } from '../model/text';

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
  const itemNodes: OutlineNode[] = [];
  for (const item of doc.items) {
    const children: OutlineNode[] = [];
    // A loop, not push(...): spreading a huge array overflows the stack.
    if (item.preamble.subHeadings.length + item.preamble.tables.length > 0) {
      for (const leaf of leaves(item.preamble.subHeadings, item.preamble.tables, msg)) children.push(leaf);
    }
    for (const section of item.sections) children.push(sectionNode(section, msg));
    itemNodes.push({
      kind: 'item',
      name: msg.outlineItem(itemLabel(item), item.fullTitle.value),
      detail: item.journalNumber?.value,
      range: item.range,
      selectionRange: item.headingRange,
      children,
    });
  }
  const last = doc.lines.length - 1;
  const end = { line: last, character: doc.lines[last]!.text.length };
  // Two meetings in one file: a node for each, with its own items.
  if (doc.meetings.length > 1) {
    const nodes: OutlineNode[] = [];
    doc.meetings.forEach((m, j) => {
      const children = j === 0 ? top.concat(itemNodes.slice(m.firstItem, m.endItem)) : itemNodes.slice(m.firstItem, m.endItem);
      const next = doc.meetings[j + 1];
      const to = next ? { line: Math.max(m.line, next.line - 1), character: doc.lines[Math.max(m.line, next.line - 1)]!.text.length } : end;
      nodes.push(meetingNode(doc, m.header, children, to, msg) ?? { kind: 'meeting', name: msg.layoutName(doc.layout.profile, doc.layout.itemForm, doc.layout.itemVariant), range: { start: { line: m.line, character: 0 }, end: to }, selectionRange: { start: { line: m.line, character: 0 }, end: { line: m.line, character: 0 } }, children });
    });
    return nodes;
  }
  for (const node of itemNodes) top.push(node);
  const node = meetingNode(doc, doc.header, top, end, msg);
  return node ? [node] : top;
}

/** The meeting's node, named by its title (or its first header line), its detail the date line and the layout. */
function meetingNode(doc: MinutesDocument, header: MinutesDocument['header'], children: OutlineNode[], end: Range['end'], msg: Messages): OutlineNode | undefined {
  const sel = header.title && (!header.start || header.start.start.line === header.title.range.start.line) ? header.title.range : header.start;
  if (!sel) return undefined;
  const name = header.title?.text ?? doc.lines[sel.start.line]!.text.replace(/\*\*|__/g, '').trim();
  const date = header.meetingDate ? doc.lines[header.meetingDate.range.start.line]!.text.replace(/\*\*|__/g, '').trim() : undefined;
  const layout = msg.layoutName(doc.layout.profile, doc.layout.itemForm, doc.layout.itemVariant);
  return {
    kind: 'meeting',
    name,
    detail: date ? `${date} · ${layout}` : layout,
    range: { start: sel.start, end },
    selectionRange: sel,
    children,
  };
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
