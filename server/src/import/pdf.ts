import type { PdfPageText, PdfTextItem } from './pdfLayout';

/**
 * Reads the positioned text of every page of a PDF with PDF.js (Mozilla's reader, the legacy
 * build that runs in Node and in VS Code's extension host). The library is loaded on first use:
 * the language server and the CLI start without it, and it is a large module.
 *
 * PDF.js normally parses in a web worker; in Node it runs a "fake worker" on the same thread,
 * which it finds on `globalThis.pdfjsWorker` when set (so a bundle needs no worker file).
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
let loading: Promise<PdfJs> | undefined;

async function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // PDF.js warns on stdout (console.log) when it looks for an optional canvas package, which a
    // text-only reader never needs: the CLI's stdout is its output, so hush it while loading.
    const log = console.log;
    console.log = () => undefined;
    try {
      // In the bundle these are CommonJS files (scripts/build.mjs), whose exports an import()
      // hands over as `default`; from node_modules they are the ES modules themselves.
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = (worker as { default?: unknown }).default ?? worker;
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      return ((pdfjs as { default?: PdfJs }).default ?? pdfjs) as PdfJs;
    } finally {
      console.log = log;
    }
  })();
  return loading;
}

/** A PDF's pages as positioned text runs (with size and weight); throws on a file PDF.js rejects. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  const pdfjs = await loadPdfJs();
  const log = console.log;
  console.log = () => undefined;
  try {
    const task = pdfjs.getDocument({
      // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    try {
      const pages: PdfPageText[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        // The operator list loads the fonts, whose names tell the weight (`Calibri-Bold`).
        await page.getOperatorList();
        const content = await page.getTextContent();
        const boldFont = new Map<string, boolean>();
        const isBold = (fontName: string): boolean => {
          let b = boldFont.get(fontName);
          if (b === undefined) {
            b = false;
            try {
              const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | undefined;
              const family = (content.styles as Record<string, { fontFamily?: string }>)[fontName]?.fontFamily ?? '';
              b = Boolean(font?.bold || font?.black) || /bold|black|heavy|semibold|demi/i.test(`${font?.name ?? ''} ${family}`);
            } catch {
              b = false;
            }
            boldFont.set(fontName, b);
          }
          return b;
        };
        const items: PdfTextItem[] = [];
        for (const it of content.items) {
          if (!('str' in it) || it.str === '') continue;
          const tx = pdfjs.Util.transform(viewport.transform, it.transform) as number[];
          const size = Math.hypot(tx[2]!, tx[3]!);
          // Upright text only; rotated text (a stamp in the margin) is not part of the minutes.
          if (Math.abs(tx[1]!) > 0.01 * size || Math.abs(tx[2]!) > 0.01 * size) continue;
          items.push({ str: it.str, x: tx[4]!, y: tx[5]!, w: it.width * viewport.scale, size, bold: isBold(it.fontName) });
        }
        pages.push({ width: viewport.width, height: viewport.height, items });
        page.cleanup();
      }
      return pages;
    } finally {
      await doc.destroy();
    }
  } finally {
    console.log = log;
  }
}
