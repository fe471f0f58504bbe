import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalyzeOptions, type Finding } from '../engine';
import { toDocx } from './docx';
import { toHtml } from './html';
import { toPdf, type PdfFonts } from './pdf';
import { walkDocument } from './walk';

/**
 * Export: the parsed minutes as Word, PDF or a web page. Pure in the sense that matters here:
 * text (and a template's bytes) in, bytes out; writing the file is the caller's business (the
 * CLI writes it, the VS Code client writes it with `workspace.fs` after the user confirmed), so
 * the language server never writes a file.
 */
export type ExportFormat = 'docx' | 'pdf' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];

export interface ExportOptions extends AnalyzeOptions {
  /** A reference .docx/.dotx (styles, header/footer, logo); Word output only. */
  readonly template?: Uint8Array;
  /** The PDF's fonts; found beside the bundle (or in the source tree) when not given. */
  readonly fonts?: PdfFonts;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** The findings of the document as exported: the caller decides whether to warn or stop. */
  readonly findings: readonly Finding[];
  readonly preflight: Preflight;
}

/**
 * What stands in the way of publishing: errors (the export warns and, in VS Code, asks) and
 * placeholders left from snippets (they block unless the user insists). Findings are matched by
 * code and severity only, so any check that reports `placeholder` (or a future check of the same
 * kind) counts without the export knowing how it works.
 */
export interface Preflight {
  readonly errors: readonly Finding[];
  readonly placeholders: readonly Finding[];
}

export const PLACEHOLDER_CODES: ReadonlySet<string> = new Set(['placeholder']);

export function preflight(findings: readonly Finding[]): Preflight {
  const placeholders = findings.filter((f) => PLACEHOLDER_CODES.has(f.code));
  const errors = findings.filter((f) => f.severity === 'error' && !PLACEHOLDER_CODES.has(f.code));
  return { errors, placeholders };
}

export async function exportMinutes(text: string, to: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
  const { doc, findings } = analyze(text, options);
  const walked = walkDocument(doc);
  const locale = options.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
  let bytes: Uint8Array;
  if (to === 'docx') bytes = await toDocx(walked, { template: options.template, locale });
  else if (to === 'pdf') bytes = await toPdf(walked, { fonts: options.fonts ?? loadFonts(), locale });
  else bytes = new TextEncoder().encode(toHtml(walked));
  return { bytes, findings, preflight: preflight(findings) };
}

/** The file name beside the source: `x.referat.md` → `x.referat.docx`. */
export function exportFileName(source: string, to: ExportFormat): string {
  const base = source.replace(/\.(md|txt|markdown)$/i, '');
  return `${base}.${to}`;
}

let fonts: PdfFonts | undefined;

/**
 * DejaVu Sans (regular and bold), shipped with the extension in dist/fonts (the build copies
 * them); in the compiled tests they are read from the source tree.
 */
export function loadFonts(): PdfFonts {
  if (fonts) return fonts;
  const candidates = [path.join(__dirname, 'fonts'), path.resolve(__dirname, '../../../../server/src/export/fonts'), path.resolve(__dirname, '../server/src/export/fonts')];
  for (const dir of candidates) {
    const regular = path.join(dir, 'DejaVuSans.ttf');
    if (fs.existsSync(regular)) {
      fonts = { regular: fs.readFileSync(regular), bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')) };
      return fonts;
    }
  }
  throw new Error(`PDF fonts not found (looked in ${candidates.join(', ')})`);
}

export { walkDocument } from './walk';
export type { ExportDocument, Block } from './walk';
