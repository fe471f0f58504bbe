import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItem,
  CompletionItemKind,
  CompletionParams,
  Connection,
  InsertTextFormat,
  Location,
  ServerCapabilities,
  SymbolInformation,
  SymbolKind,
  TextDocuments,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  Analysis,
  Completion,
  CompletionKind,
  ReferatConfig,
  analyze,
  completions,
  definitionAt,
  insertSectionEdit,
  itemSymbols,
  matchesQuery,
  messagesFor,
  regenerateContentsEdit,
  renumberEdits,
  safeFixEdits,
  toLocale,
} from '../engine';
import { COMMANDS, SERVER_COMMANDS } from './commandIds';

/**
 * The authoring aids over LSP: completion, commands (`workspace/executeCommand`, applied with
 * `workspace/applyEdit`, so they work in any editor), go to definition from the contents and
 * workspace symbols. Everything about minutes is the engine's; this file only translates.
 */
export interface AuthoringHost {
  readonly documents: TextDocuments<TextDocument>;
  analysisOf(doc: TextDocument): Analysis;
  config(): ReferatConfig;
  locale(): string;
  /** Workspace folder paths (for workspace symbols). */
  folders(): readonly string[];
  log(message: string): void;
}

export const authoringCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: [' '], resolveProvider: false },
  definitionProvider: true,
  workspaceSymbolProvider: true,
  executeCommandProvider: { commands: [...SERVER_COMMANDS] },
};

const KIND: Record<CompletionKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  decision: CompletionItemKind.Text,
  vote: CompletionItemKind.Text,
  itemNumber: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItem(c: Completion): CompletionItem {
  return {
    label: c.label,
    kind: KIND[c.kind],
    detail: c.detail,
    sortText: c.sortText,
    filterText: c.filterText,
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: TextEdit.replace(c.range, c.insertText),
  };
}

/** The edit a server command makes, or undefined when there is nothing to change. */
export function commandEdit(host: AuthoringHost, command: string, args: readonly unknown[]): WorkspaceEdit | undefined {
  const first = args[0];
  const uri = typeof first === 'string' ? first : (first as { uri?: string; external?: string } | undefined)?.uri ?? (first as { external?: string } | undefined)?.external;
  const doc = uri ? host.documents.get(uri) : undefined;
  if (!doc) return undefined;
  const analysis = host.analysisOf(doc);
  let edits: TextEdit[] = [];
  switch (command) {
    case COMMANDS.renumberItems:
      edits = renumberEdits(analysis.doc);
      break;
    case COMMANDS.regenerateContents: {
      const e = regenerateContentsEdit(analysis.doc);
      // Nothing to do when the contents already read exactly like this.
      if (e && doc.getText(e.range) !== e.newText) edits = [e];
      break;
    }
    case COMMANDS.insertSection: {
      const item = analysis.doc.items.find((i) => i.number.value === Number(args[1]));
      const id = String(args[2] ?? '');
      if (item && host.config().sections.some((s) => s.id === id) && !item.sections.some((s) => s.id === id)) edits = [insertSectionEdit(analysis.doc, host.config(), item, id)];
      break;
    }
    case COMMANDS.fixAll:
      edits = safeFixEdits(analysis.findings);
      break;
    default:
      return undefined;
  }
  return edits.length > 0 ? { changes: { [doc.uri]: edits } } : undefined;
}

const MINUTES_FILE = /\.(?:referat\.md|referat\.txt|dagsorden\.md)$/iu;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
const MAX_FILES = 2000;
const MAX_SIZE = 5 * 1024 * 1024;

/**
 * Minutes files of the workspace, parsed lazily on the first symbol request and re-parsed only
 * when a file's modification time changes. Open documents always win over the disk.
 */
export class WorkspaceIndex {
  private readonly parsed = new Map<string, { mtime: number; symbols: SymbolInformation[] }>();

  async symbols(host: AuthoringHost, query: string): Promise<SymbolInformation[]> {
    const msg = messagesFor(host.locale());
    const out: SymbolInformation[] = [];
    const open = new Set<string>();
    for (const doc of host.documents.all()) {
      // Compared by path: an editor's URI may encode a path differently from pathToFileURL
      // (VS Code escapes `:`, `'`, spaces its own way), and the file would be listed twice.
      open.add(pathOf(doc.uri));
      out.push(...toSymbols(doc.uri, host.analysisOf(doc), msg));
    }
    for (const file of await findMinutes(host.folders())) {
      const uri = pathToFileURL(file).toString();
      if (open.has(path.resolve(file))) continue;
      try {
        const stat = await fsp.stat(file);
        if (stat.size > MAX_SIZE) continue;
        let hit = this.parsed.get(file);
        if (!hit || hit.mtime !== stat.mtimeMs) {
          const analysis = analyze(await fsp.readFile(file, 'utf8'), { config: host.config(), locale: host.locale(), fileName: file, checks: [] });
          hit = { mtime: stat.mtimeMs, symbols: toSymbols(uri, analysis, msg) };
          this.parsed.set(file, hit);
        }
        out.push(...hit.symbols);
      } catch (err) {
        host.log(`workspace symbols: ${file}: ${String(err)}`);
      }
    }
    return out.filter((s) => matchesQuery(s.name, query));
  }

  clear(): void {
    this.parsed.clear();
  }
}

function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : uri;
  } catch {
    return uri;
  }
}

function toSymbols(uri: string, analysis: Analysis, msg: ReturnType<typeof messagesFor>): SymbolInformation[] {
  return itemSymbols(analysis.doc, msg).map((s) => SymbolInformation.create(s.name, SymbolKind.Module, s.range, uri, s.container));
}

async function findMinutes(folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 8 || found.length >= MAX_FILES) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (found.length >= MAX_FILES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full, depth + 1);
      else if (e.isFile() && MINUTES_FILE.test(e.name)) found.push(full);
    }
  };
  for (const f of folders) await walk(f, 0);
  return found;
}

/** Folder paths from the initialize parameters (workspace folders, or the root). */
export function folderPaths(params: { workspaceFolders?: { uri: string }[] | null; rootUri?: string | null }): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}

/** Registers the handlers; `server.ts` calls this once. */
export function registerAuthoring(connection: Connection, host: AuthoringHost): WorkspaceIndex {
  const index = new WorkspaceIndex();
  const guard =
    <P, R>(fallback: R, f: (p: P) => R | Promise<R>) =>
    async (p: P): Promise<R> => {
      try {
        return await f(p);
      } catch (err) {
        host.log(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return fallback;
      }
    };

  connection.onCompletion(
    guard([] as CompletionItem[], (params: CompletionParams) => {
      const doc = host.documents.get(params.textDocument.uri);
      if (!doc) return [];
      let items = completions(host.analysisOf(doc).doc, host.config(), toLocale(host.locale()), params.position);
      // A typed space only asks for the item number after `Punkt `: no list popping up mid-sentence.
      if (params.context?.triggerCharacter === ' ') items = items.filter((c) => c.kind === 'itemNumber');
      return items.map(toCompletionItem);
    }),
  );

  connection.onDefinition(
    guard(null as Location | null, (params) => {
      const doc = host.documents.get(params.textDocument.uri);
      if (!doc) return null;
      const target = definitionAt(host.analysisOf(doc).doc, params.position);
      return target ? Location.create(doc.uri, target) : null;
    }),
  );

  connection.onWorkspaceSymbol(guard([] as SymbolInformation[], (params) => index.symbols(host, params.query)));

  connection.onExecuteCommand(
    guard(null as unknown, async (params) => {
      const edit = commandEdit(host, params.command, params.arguments ?? []);
      if (!edit) {
        const known = SERVER_COMMANDS.includes(params.command);
        if (known) void connection.window.showInformationMessage(messagesFor(host.locale()).commandNothingToDo());
        return null;
      }
      const result = await connection.workspace.applyEdit({ label: params.command, edit });
      return { applied: result.applied, edit };
    }),
  );
  return index;
}
