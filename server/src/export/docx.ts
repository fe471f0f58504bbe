import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  IParagraphStyleOptions,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ExportDocument, ExportTable, Run } from './walk';
import { applyTemplate, readTemplate } from './template';

/**
 * The minutes as a Word document: the title block, the contents as a Word table of contents
 * (a TOC field over the Heading 1 paragraphs, with page numbers Word and LibreOffice update),
 * each item Heading 1, each section Heading 2, sub-headings Heading 3, the journal number in its
 * own style, tables as Word tables (amounts right-aligned, total rows bold, the header row
 * repeated on each page), lists as Word lists, page numbers in the footer.
 *
 * A municipality's template (.docx or .dotx) gives the styles (Heading 1 … look as the template
 * says) and its header and footer (logo included); see template.ts.
 */
export interface DocxOptions {
  /** The bytes of a reference .docx/.dotx whose styles, header/footer and logo are used. */
  readonly template?: Uint8Array;
  readonly locale?: 'da' | 'en';
}

/** Style ids the export writes besides Word's built-in ones. */
export const STYLE_JOURNAL = 'Journalnummer';
export const STYLE_META = 'Moedeoplysninger';

export async function toDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const template = options.template ? await readTemplate(options.template) : undefined;
  const children: (Paragraph | Table | TableOfContents)[] = [];
  let listInstance = 0;
  for (const block of doc.blocks) {
    for (const child of blockToDocx(block, () => ++listInstance)) children.push(child);
  }
  const footerText = options.locale === 'en' ? ['Page ', ' of '] : ['Side ', ' af '];
  const document = new Document({
    title: doc.title,
    creator: 'Referat',
    description: doc.kind === 'dagsorden' ? 'Dagsorden' : 'Referat',
    features: { updateFields: doc.blocks.some((b) => b.kind === 'contents') },
    ...(template ? { externalStyles: template.styles } : {}),
    styles: {
      // With a template, its own Title/Heading styles stand; only the export's two styles are
      // added when the template lacks them.
      ...(template ? {} : { default: DEFAULT_STYLES }),
      paragraphStyles: OWN_STYLES.filter((s) => !template?.styleIds.has(s.id)),
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1418, bottom: 1418, left: 1247, right: 1247 } } },
        // The template's own footer (if any) replaces this one in applyTemplate.
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [footerText[0]!, PageNumber.CURRENT, footerText[1]!, PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return template ? applyTemplate(bytes, template) : bytes;
}

function runsToDocx(runs: readonly Run[], force: { bold?: boolean } = {}): ParagraphChild[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        ...(r.bold || force.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.breakBefore ? { break: 1 } : {}),
      }),
  );
}

function blockToDocx(block: Block, nextList: () => number): (Paragraph | Table | TableOfContents)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runsToDocx(block.runs.map((r) => ({ ...r, bold: false }))) })];
    case 'meta':
      return [new Paragraph({ style: STYLE_META, children: runsToDocx(block.runs) })];
    case 'contents':
      return [new Paragraph({ style: 'TOCHeading', children: [new TextRun(block.heading)] }), new TableOfContents(block.heading, { hyperlink: true, headingStyleRange: '1-1' })];
    case 'heading': {
      const heading = block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      return [new Paragraph({ heading, keepNext: true, children: [new Bookmark({ id: block.anchor, children: [new TextRun(block.text)] })] })];
    }
    case 'journal':
      return [new Paragraph({ style: STYLE_JOURNAL, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runsToDocx(block.runs) })];
    case 'list': {
      const instance = nextList();
      // A list written with its own numbers that do not run 1, 2, 3 … keeps them as text: Word's
      // numbering would renumber what the minutes say.
      const sequential = block.ordered && block.items.every((it, i) => parseInt(it.label, 10) === i + 1);
      return block.items.map((it) =>
        block.ordered && !sequential
          ? new Paragraph({ indent: { left: 720, hanging: 360 }, children: [new TextRun(`${it.label}\t`), ...runsToDocx(it.runs)] })
          : new Paragraph({ numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance }, children: runsToDocx(it.runs) }),
      );
    }
    case 'table':
      return [tableToDocx(block), new Paragraph({ children: [] })];
  }
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function tableToDocx(table: ExportTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.AUTOFIT,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
    rows: table.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                margins: { top: 40, bottom: 40, left: 80, right: 80 },
                ...(row.header ? { shading: { fill: 'E8EEF5' } } : {}),
                children: [
                  new Paragraph({
                    alignment: cell.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
                    // Bold only where the minutes make a row stand out as a total: a bold heading row
                    // would read as one more total to anyone (or any check) reading the table back.
                    children: runsToDocx(cell.runs, { bold: row.total }),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

const FONT = 'Calibri';

const DEFAULT_STYLES = {
  document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
  title: { run: { font: FONT, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
  heading1: { run: { font: FONT, size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
  heading2: { run: { font: FONT, size: 24, bold: true, color: '2E5597' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
  heading3: { run: { font: FONT, size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
};

const OWN_STYLES: IParagraphStyleOptions[] = [
  { id: STYLE_JOURNAL, name: 'Journalnummer', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 18, color: '595959' }, paragraph: { spacing: { after: 160 } } },
  { id: STYLE_META, name: 'Mødeoplysninger', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 60 } } },
  { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 } } },
];
