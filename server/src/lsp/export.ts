import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, ReferatConfig } from '../engine';

/**
 * `referat/export`: the open document as Word, PDF or HTML bytes. The server writes nothing: the
 * client asks the user (errors, placeholders) and writes the file with VS Code's file system.
 * The export libraries are loaded on the first export (a bundle of their own), so the server's
 * start does not pay for them.
 */
export const EXPORT_REQUEST = 'referat/export';

export interface ExportParams {
  readonly uri: string;
  readonly format: 'docx' | 'pdf' | 'html';
  /** The municipality's template (.docx/.dotx), base64; the client reads it. */
  readonly template?: string;
}

export interface ExportFinding {
  readonly line: number;
  readonly code: string;
  readonly severity: Finding['severity'];
  readonly message: string;
}

export interface ExportReply {
  /** The file, base64. */
  readonly data: string;
  readonly errors: readonly ExportFinding[];
  readonly placeholders: readonly ExportFinding[];
}

export function registerExport(connection: Connection, env: { documents: TextDocuments<TextDocument>; config: () => ReferatConfig; locale: () => string }): void {
  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportReply | { error: string }> => {
    const doc = env.documents.get(params.uri);
    if (!doc) return { error: `not open: ${params.uri}` };
    try {
      const { exportMinutes } = await import('../export/index.js');
      const result = await exportMinutes(doc.getText(), params.format, {
        config: env.config(),
        locale: env.locale(),
        fileName: params.uri.slice(params.uri.lastIndexOf('/') + 1),
        template: params.template ? Buffer.from(params.template, 'base64') : undefined,
      });
      const brief = (f: Finding): ExportFinding => ({ line: f.range.start.line, code: f.code, severity: f.severity, message: f.message });
      return {
        data: Buffer.from(result.bytes).toString('base64'),
        errors: result.preflight.errors.map(brief),
        placeholders: result.preflight.placeholders.map(brief),
      };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
}
