import { readDocx } from './docx';
import { readPdfPages } from './pdf';
import { layoutPdf } from './pdfLayout';
import { writeTextForm } from './textForm';
import type { ImportKind, ImportNote, ImportedMinutes } from './types';

/**
 * Word and PDF minutes in: bytes in, Referat's text form and an origin per line out. The engine
 * never sees a PDF; it reads the text this makes, as it reads a `.referat.md`.
 */

export type { ImportKind, ImportNote, ImportedMinutes, LineOrigin, Place, PdfPlace, DocxPlace } from './types';
export { describePlace, placeAt, withPlaces, notesAsFindings } from './places';

/** The kind of file by its first bytes (a PDF may have junk before `%PDF`); undefined for others. */
export function sniffKind(bytes: Uint8Array): ImportKind | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  return undefined;
}

/** By name: what `referat check` and the editor read through this module. */
export function importKindOf(fileName: string): ImportKind | undefined {
  const m = /\.(pdf|docx)$/i.exec(fileName);
  return m ? (m[1]!.toLowerCase() as ImportKind) : undefined;
}

/**
 * Reads a Word document or a PDF. Never throws: a file the libraries cannot read comes back with
 * no text and an `import-unreadable` note, a PDF of images with `import-no-text`.
 */
export async function importMinutes(bytes: Uint8Array, kindHint?: ImportKind): Promise<ImportedMinutes> {
  const kind = sniffKind(bytes) ?? kindHint ?? 'pdf';
  try {
    if (kind === 'docx') {
      const { text, origins } = writeTextForm(readDocx(bytes));
      return { kind, text, origins, notes: [] };
    }
    const pages = await readPdfPages(bytes);
    const layout = layoutPdf(pages);
    const { text, origins } = writeTextForm(layout.blocks);
    const notes: ImportNote[] = [];
    if (layout.emptyPages.length === pages.length) notes.push({ code: 'import-no-text', severity: 'error' });
    else if (layout.emptyPages.length > 0) notes.push({ code: 'import-pages-no-text', severity: 'warning', pages: layout.emptyPages });
    return { kind, text: layout.blocks.length > 0 ? text : '', origins: layout.blocks.length > 0 ? origins : [], notes };
  } catch (err) {
    return { kind, text: '', origins: [], notes: [{ code: 'import-unreadable', severity: 'error', detail: String((err as Error)?.message ?? err).slice(0, 300) }] };
  }
}
