import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * «Referat: Eksportér»: the active minutes as Word, PDF and HTML beside the file. The server
 * makes the bytes (from the parsed document); this asks first when the document has errors or
 * unfilled placeholders, then writes the files through VS Code's file system (so it works in
 * remote and virtual workspaces too). Nothing is written unless the user runs the command.
 */
type Format = 'docx' | 'pdf' | 'html';
const FORMATS: readonly Format[] = ['docx', 'pdf', 'html'];

interface ExportFinding {
  line: number;
  code: string;
  severity: string;
  message: string;
}
interface ExportReply {
  data?: string;
  errors?: ExportFinding[];
  placeholders?: ExportFinding[];
  error?: string;
}

const TEXT = {
  da: {
    noDocument: 'Åbn et referat eller en dagsorden for at eksportere.',
    errors: (n: number) => `Dokumentet har ${n} fejl. Vil du eksportere alligevel?`,
    placeholders: (n: number) => `Dokumentet har ${n} pladsholder(e) fra skabeloner, som ikke er udfyldt. De vil stå i det eksporterede dokument.`,
    exportAnyway: 'Eksportér alligevel',
    exportWithPlaceholders: 'Eksportér med pladsholdere',
    written: (files: string) => `Eksporteret: ${files}`,
    failed: (m: string) => `Eksporten mislykkedes: ${m}`,
    template: (m: string) => `Skabelonen i .referat.json kunne ikke læses (${m}); standardskabelonen bruges.`,
    line: 'linje',
  },
  en: {
    noDocument: 'Open minutes or an agenda to export.',
    errors: (n: number) => `The document has ${n} error(s). Export anyway?`,
    placeholders: (n: number) => `The document has ${n} placeholder(s) from snippets that are not filled in. They will appear in the exported document.`,
    exportAnyway: 'Export anyway',
    exportWithPlaceholders: 'Export with placeholders',
    written: (files: string) => `Exported: ${files}`,
    failed: (m: string) => `Export failed: ${m}`,
    template: (m: string) => `The template in .referat.json could not be read (${m}); the default template is used.`,
    line: 'line',
  },
};

export async function exportDocument(client: LanguageClient | undefined, uriArg?: string, formats: readonly Format[] = FORMATS): Promise<vscode.Uri[]> {
  const t = vscode.env.language.toLowerCase().startsWith('en') ? TEXT.en : TEXT.da;
  const document = uriArg
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriArg)
    : vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'referat') {
    void vscode.window.showWarningMessage(t.noDocument);
    return [];
  }
  const template = await readTemplate(document.uri, t);
  const replies = new Map<Format, ExportReply>();
  for (const format of formats) {
    const reply = await client.sendRequest<ExportReply>('referat/export', { uri: document.uri.toString(), format, template });
    if (reply.error || !reply.data) {
      void vscode.window.showErrorMessage(t.failed(reply.error ?? '?'));
      return [];
    }
    replies.set(format, reply);
  }
  const first = replies.values().next().value as ExportReply;
  const list = (fs: ExportFinding[]): string => fs.slice(0, 12).map((f) => `${t.line} ${f.line + 1}: ${f.message} (${f.code})`).join('\n') + (fs.length > 12 ? '\n…' : '');
  // Placeholders first (they block unless the user insists), then errors.
  if (first.placeholders?.length) {
    const choice = await vscode.window.showWarningMessage(t.placeholders(first.placeholders.length), { modal: true, detail: list(first.placeholders) }, t.exportWithPlaceholders);
    if (choice !== t.exportWithPlaceholders) return [];
  }
  if (first.errors?.length) {
    const choice = await vscode.window.showWarningMessage(t.errors(first.errors.length), { modal: true, detail: list(first.errors) }, t.exportAnyway);
    if (choice !== t.exportAnyway) return [];
  }
  const written: vscode.Uri[] = [];
  const dir = vscode.Uri.joinPath(document.uri, '..');
  const base = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1).replace(/\.(md|txt|markdown)$/i, '');
  for (const [format, reply] of replies) {
    const target = vscode.Uri.joinPath(dir, `${base}.${format}`);
    await vscode.workspace.fs.writeFile(target, Buffer.from(reply.data!, 'base64'));
    written.push(target);
  }
  void vscode.window.showInformationMessage(t.written(written.map((u) => u.path.slice(u.path.lastIndexOf('/') + 1)).join(', ')));
  return written;
}

/** `export.template` of the workspace folder's `.referat.json`, relative to it; base64. */
async function readTemplate(uri: vscode.Uri, t: (typeof TEXT)['da']): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  let name: unknown;
  try {
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.referat.json'));
    name = (JSON.parse(new TextDecoder().decode(raw).replace(/^\uFEFF/u, '')) as { export?: { template?: unknown } }).export?.template;
  } catch {
    return undefined;
  }
  if (typeof name !== 'string' || !name) return undefined;
  try {
    return Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, name))).toString('base64');
  } catch (err) {
    void vscode.window.showWarningMessage(t.template(err instanceof Error ? err.message : String(err)));
    return undefined;
  }
}
