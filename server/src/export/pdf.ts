import PDFDocument from 'pdfkit';
import type { ExportDocument, ExportTable, Run } from './walk';

/**
 * The minutes as a PDF: the same layout as the Word document, with a bookmark (outline entry)
 * per item and section, the contents linked to the items with their page numbers, selectable
 * text in an embedded font that has every character of the minutes (DejaVu Sans: æøå, − and
 * the arrows real minutes use), and «Side n af m» in the footer. pdfkit writes it: no browser at
 * run time.
 */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface PdfOptions {
  readonly fonts: PdfFonts;
  readonly locale?: 'da' | 'en';
}

const MARGIN = { top: 62, bottom: 62, left: 62, right: 62 };
const COLOR = { heading: '#1F3864', heading2: '#2E5597', muted: '#595959', rule: '#999999', headerFill: '#E8EEF5' };
const SIZE = { title: 18, h1: 14.5, h2: 12, h3: 11, body: 10.5, small: 9, table: 9 };

export async function toPdf(doc: ExportDocument, options: PdfOptions): Promise<Uint8Array> {
  return render(doc, options);
}

async function render(doc: ExportDocument, options: PdfOptions): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    // No default font: pdfkit's is Helvetica, read from an .afm file beside its own sources.
    font: null as unknown as string,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: doc.title, Creator: 'Referat', Producer: 'Referat (pdfkit)' },
    pdfVersion: '1.7',
    tagged: false,
  } as PDFKit.PDFDocumentOptions);
  pdf.registerFont('R', Buffer.from(options.fonts.regular));
  pdf.registerFont('B', Buffer.from(options.fonts.bold));
  pdf.font('R');
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  const pages = new Map<string, number>();
  // The contents' page numbers are written at the end, when every item's page is known: one
  // pass (the numbers stand in a column of their own, so nothing moves).
  const pendingNumbers: { anchor: string; page: number; y: number }[] = [];
  let currentItem: PDFKit.PDFOutline | undefined;
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  const pageNumber = (): number => pdf.bufferedPageRange().start + pdf.bufferedPageRange().count;
  const ensure = (height: number): void => {
    if (pdf.y + height > pdf.page.height - MARGIN.bottom) pdf.addPage();
  };

  for (const block of doc.blocks) {
    pdf.x = MARGIN.left;
    switch (block.kind) {
      case 'title':
        pdf.font('B').fontSize(SIZE.title).fillColor(COLOR.heading).text(block.text, { width });
        pdf.moveDown(0.5);
        break;
      case 'meta':
        writeRuns(pdf, block.runs, SIZE.body, width);
        pdf.moveDown(0.2);
        break;
      case 'contents': {
        pdf.moveDown(0.6);
        pdf.font('B').fontSize(13).fillColor(COLOR.heading).text(block.heading, { width });
        pdf.moveDown(0.3);
        for (const e of block.entries) {
          pdf.font('R').fontSize(SIZE.body).fillColor('black');
          ensure(SIZE.body * 1.4);
          const y = pdf.y;
          if (e.anchor) pendingNumbers.push({ anchor: e.anchor, page: pageNumber() - 1, y });
          pdf.text(e.text, MARGIN.left, y, { width: width - 40, ...(e.anchor ? { goTo: e.anchor } : {}) });
          pdf.x = MARGIN.left;
        }
        pdf.moveDown(0.5);
        break;
      }
      case 'heading': {
        const size = block.level === 1 ? SIZE.h1 : block.level === 2 ? SIZE.h2 : SIZE.h3;
        // Keep a heading with at least a few lines of what follows.
        ensure(size * 1.6 + SIZE.body * 4);
        pdf.moveDown(block.level === 1 ? 0.9 : 0.5);
        if (block.level === 1) {
          pages.set(block.anchor, pageNumber());
          pdf.addNamedDestination(block.anchor);
          currentItem = pdf.outline.addItem(block.text);
        } else if (block.level === 2) {
          (currentItem ?? pdf.outline).addItem(block.text);
        }
        pdf.font('B').fontSize(size).fillColor(block.level === 1 ? COLOR.heading : block.level === 2 ? COLOR.heading2 : 'black').text(block.text, { width });
        pdf.moveDown(0.25);
        break;
      }
      case 'journal':
        pdf.font('R').fontSize(SIZE.small).fillColor(COLOR.muted).text(block.text, { width });
        pdf.moveDown(0.4);
        break;
      case 'paragraph':
        writeRuns(pdf, block.runs, SIZE.body, width);
        pdf.moveDown(0.5);
        break;
      case 'list':
        for (const [i, it] of block.items.entries()) {
          const label = block.ordered ? (/^\d+[.)]$/.test(it.label) ? it.label : `${i + 1}.`) : '•';
          pdf.font('R').fontSize(SIZE.body).fillColor('black');
          ensure(SIZE.body * 1.4);
          const y = pdf.y;
          pdf.text(label, MARGIN.left + 6, y, { width: 18 });
          pdf.y = y;
          writeRuns(pdf, it.runs, SIZE.body, width - 26, MARGIN.left + 26);
          pdf.moveDown(0.2);
        }
        pdf.moveDown(0.3);
        break;
      case 'table':
        drawTable(pdf, block, width);
        pdf.moveDown(0.6);
        break;
    }
  }
  const range = pdf.bufferedPageRange();
  for (const n of pendingNumbers) {
    const page = pages.get(n.anchor);
    if (page === undefined) continue;
    pdf.switchToPage(n.page);
    pdf.font('R').fontSize(SIZE.body).fillColor('black').text(String(page), MARGIN.left + width - 40, n.y, { width: 40, align: 'right', lineBreak: false });
  }
  // «Side n af m» on every page, written once the number of pages is known.
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const label = options.locale === 'en' ? `Page ${i + 1} of ${range.count}` : `Side ${i + 1} af ${range.count}`;
    pdf.font('R').fontSize(SIZE.small).fillColor(COLOR.muted).text(label, MARGIN.left, pdf.page.height - bottom / 2 - SIZE.small, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A paragraph of runs: bold runs in the bold face, line breaks kept. */
function writeRuns(pdf: PDFKit.PDFDocument, runs: readonly Run[], size: number, width: number, x?: number): void {
  pdf.fillColor('black').fontSize(size);
  if (!runs.length) return;
  if (x !== undefined) pdf.x = x;
  const startX = pdf.x;
  runs.forEach((r, i) => {
    pdf.font(r.bold ? 'B' : 'R');
    const text = (r.breakBefore ? '\n' : '') + r.text;
    const last = i === runs.length - 1;
    if (i === 0) pdf.text(text, startX, pdf.y, { width, continued: !last });
    else pdf.text(text, { width, continued: !last });
  });
  pdf.x = MARGIN.left;
}

function drawTable(pdf: PDFKit.PDFDocument, table: ExportTable, width: number): void {
  const pad = 3;
  const size = SIZE.table;
  const fontOf = (bold: boolean): string => (bold ? 'B' : 'R');
  // Column widths from the widest unbroken content, shrunk to the page: numbers never wrap,
  // long text columns take what is left.
  const natural: number[] = new Array(table.columns).fill(0);
  const minimum: number[] = new Array(table.columns).fill(0);
  for (const row of table.rows) {
    row.cells.forEach((cell, c) => {
      pdf.font(fontOf(row.header || row.total || cell.runs.some((r) => r.bold))).fontSize(size);
      const lines = cell.text.split('\n');
      const full = Math.max(...lines.map((l) => pdf.widthOfString(l))) + 2 * pad;
      const longestWord = Math.max(0, ...cell.text.split(/\s+/).map((w) => pdf.widthOfString(w))) + 2 * pad;
      natural[c] = Math.max(natural[c]!, Math.min(full, width));
      minimum[c] = Math.max(minimum[c]!, cell.numeric ? full : Math.min(longestWord, width / table.columns));
    });
  }
  const widths = fitWidths(natural, minimum, width);
  const rowHeight = (row: ExportTable['rows'][number]): number =>
    Math.max(
      size + 2 * pad,
      ...row.cells.map((cell, c) => {
        pdf.font(fontOf(row.header || row.total || cell.runs.some((r) => r.bold))).fontSize(size);
        return pdf.heightOfString(cell.text || ' ', { width: widths[c]! - 2 * pad }) + 2 * pad;
      }),
    );
  const drawRow = (row: ExportTable['rows'][number], h: number): void => {
    let x = MARGIN.left;
    const y = pdf.y;
    row.cells.forEach((cell, c) => {
      const w = widths[c]!;
      if (row.header) pdf.rect(x, y, w, h).fill(COLOR.headerFill);
      pdf.lineWidth(0.5).strokeColor(COLOR.rule).rect(x, y, w, h).stroke();
      pdf.fillColor('black');
      const bold = row.header || row.total;
      if (cell.runs.length <= 1 || bold) {
        pdf.font(fontOf(bold || cell.runs.some((r) => r.bold))).fontSize(size);
        pdf.text(cell.text, x + pad, y + pad, { width: w - 2 * pad, align: cell.numeric ? 'right' : 'left' });
      } else {
        pdf.y = y + pad;
        writeRunsIn(pdf, cell.runs, size, x + pad, w - 2 * pad, cell.numeric);
      }
      x += w;
    });
    pdf.y = y + h;
    pdf.x = MARGIN.left;
  };
  const header = table.rows[0]?.header ? table.rows[0] : undefined;
  const headerHeight = header ? rowHeight(header) : 0;
  table.rows.forEach((row, i) => {
    const h = rowHeight(row);
    if (pdf.y + h > pdf.page.height - MARGIN.bottom) {
      pdf.addPage();
      // The column headings again on each page the table runs over.
      if (header && i > 0) drawRow(header, headerHeight);
    }
    drawRow(row, h);
  });
}

function writeRunsIn(pdf: PDFKit.PDFDocument, runs: readonly Run[], size: number, x: number, width: number, right: boolean): void {
  pdf.fontSize(size).fillColor('black');
  runs.forEach((r, i) => {
    pdf.font(r.bold ? 'B' : 'R');
    const text = (r.breakBefore ? '\n' : '') + r.text;
    const opts = { width, continued: i < runs.length - 1, align: right ? ('right' as const) : ('left' as const) };
    if (i === 0) pdf.text(text, x, pdf.y, opts);
    else pdf.text(text, opts);
  });
}

/** Natural widths when they fit; otherwise every column its minimum and the rest shared by need. */
function fitWidths(natural: number[], minimum: number[], width: number): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural.map((n) => n + (width - total) / natural.length);
  const minTotal = minimum.reduce((a, b) => a + b, 0);
  if (minTotal >= width) return minimum.map((m) => (m / minTotal) * width);
  const extra = natural.map((n, i) => n - minimum[i]!);
  const extraTotal = extra.reduce((a, b) => a + b, 0) || 1;
  return minimum.map((m, i) => m + (extra[i]! / extraTotal) * (width - minTotal));
}
