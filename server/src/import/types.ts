/**
 * What the importers make of a Word or PDF file: Referat's own text form (the Markdown-like text
 * the engine reads: `#` headings, tab-separated tables, `<b>` on bold total rows) and, for every
 * line of that text, where it came from in the original, so a finding can name a place a reader
 * of the PDF or the Word document can find.
 */

export type ImportKind = 'pdf' | 'docx';

/** A place in a PDF: 1-based page and line on the page, counted from the top. */
export interface PdfPlace {
  readonly kind: 'pdf';
  readonly page: number;
  readonly line: number;
}

/** A place in a Word document: the body paragraph (1-based) or table row, and its opening words. */
export interface DocxPlace {
  readonly kind: 'docx';
  readonly paragraph?: number;
  readonly table?: number;
  readonly row?: number;
  readonly text: string;
}

export type Place = PdfPlace | DocxPlace;

/**
 * Where one line of the text came from. A line joined from several lines of the original (a
 * paragraph, a wrapped cell) keeps a place per piece: `from` is the character where it begins.
 */
export interface LineOrigin {
  readonly pieces: readonly { readonly from: number; readonly place: Place }[];
}

/** Something the importer has to say about the file as a whole (a scan, an unreadable file). */
export interface ImportNote {
  readonly code: 'import-no-text' | 'import-pages-no-text' | 'import-unreadable';
  readonly severity: 'error' | 'warning' | 'information';
  /** Pages without text (1-based), for the page notes. */
  readonly pages?: readonly number[];
  /** What the reading library said, for an unreadable file. */
  readonly detail?: string;
}

export interface ImportedMinutes {
  readonly kind: ImportKind;
  readonly text: string;
  /** One entry per line of `text` (undefined for the blank lines between blocks). */
  readonly origins: readonly (LineOrigin | undefined)[];
  readonly notes: readonly ImportNote[];
}
