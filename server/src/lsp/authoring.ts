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
import { positionIn, rangeOut } from './convert';

/**
 * The authoring aids over LSP: completion, commands (`workspace/executeCommand`, applied with
 * `workspace/applyEdit`, so they work in any editor), go to definition from the contents and
 * workspace symbols. Everything about minutes is the engine's; this file only translates.
 */
export interface AuthoringHost {
  readonly documents: TextDocuments<TextDocument>;
  /** The document's analysis; undefined when it is above `referat.maxFileSize` (nothing is analysed then). */
  analysisOf(doc: TextDocument): Analysis | undefined;
  /** `referat.maxFileSize` in bytes: files on disk above it are not indexed either. */
  maxFileSize(): number;
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
  if (!analysis) return undefined;
  let edits: TextEdit[] = [];
  switch (command) {
    case COMMANDS.renumberItems:
      edits = renumberEdits(analysis.doc);
      break;
    case COMMANDS.regenerateContents: {
      const e = regenerateContentsEdit(analysis.doc);
      // Nothing to do when the contents already read exactly like this.
      if (e && doc.getText(rangeOut(analysis, e.range)) !== e.newText) edits = [e];
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
  // fix-all's edits come from findings (already in the editor's positions); the others from the model.
  if (command !== COMMANDS.fixAll) edits = edits.map((e) => ({ ...e, range: rangeOut(analysis, e.range) }));
  return edits.length > 0 ? { changes: { [doc.uri]: edits } } : undefined;
}

const MINUTES_FILE = /\.(?:referat\.md|referat\.txt|dagsorden\.md)$/iu;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
const MAX_FILES = 2000;
/** Files on disk are indexed up to this size (real minutes are 0.05–0.2 MB), or the lower maxFileSize. */
const MAX_SIZE = 2 * 1024 * 1024;
/** Symbols kept per file at most (an item per symbol; real minutes have 5–40 items). */
const MAX_SYMBOLS_PER_FILE = 500;
/** Parsing files from disk stops for this request after this long; the next request goes on from the cache. */
const PARSE_BUDGET_MS = 2000;

/**
 * Minutes files of the workspace, parsed lazily on the first symbol request and re-parsed only
 * when a file's modification time changes. Open documents always win over the disk. Bounded:
 * only the symbols are kept (never a text or a model), for at most MAX_FILES files of at most
 * MAX_SIZE each, MAX_SYMBOLS_PER_FILE each; a request parses for at most PARSE_BUDGET_MS.
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
      const analysis = host.analysisOf(doc);
      if (analysis) out.push(...toSymbols(doc.uri, analysis, msg));
    }
    const limit = Math.min(MAX_SIZE, host.maxFileSize());
    const started = performance.now();
    const files = await findMinutes(host.folders());
    const present = new Set(files);
    // Files gone from the workspace leave the index.
    for (const file of this.parsed.keys()) if (!present.has(file)) this.parsed.delete(file);
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      if (open.has(path.resolve(file))) continue;
      try {
        const stat = await fsp.stat(file);
        if (!stat.isFile() || stat.size > limit) continue;
        let hit = this.parsed.get(file);
        if (!hit || hit.mtime !== stat.mtimeMs) {
          if (performance.now() - started > PARSE_BUDGET_MS) continue;
          const analysis = analyze(await fsp.readFile(file, 'utf8'), { config: host.config(), locale: host.locale(), fileName: file, checks: [] });
          hit = { mtime: stat.mtimeMs, symbols: toSymbols(uri, analysis, msg).slice(0, MAX_SYMBOLS_PER_FILE) };
          this.parsed.set(file, hit);
        }
        out.push(...hit.symbols);
      } catch (err) {
        host.log(`workspace symbols: ${file}: ${err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : 'not read'}`);
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
  return itemSymbols(analysis.doc, msg).map((s) => SymbolInformation.create(s.name, SymbolKind.Module, rangeOut(analysis, s.range), uri, s.container));
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
      const analysis = doc && host.analysisOf(doc);
      if (!analysis) return [];
      let items = completions(analysis.doc, host.config(), toLocale(host.locale()), positionIn(analysis, params.position)).map((c) => ({ ...c, range: rangeOut(analysis, c.range) }));
      // A typed space only asks for the item number after `Punkt `: no list popping up mid-sentence.
      if (params.context?.triggerCharacter === ' ') items = items.filter((c) => c.kind === 'itemNumber');
      return items.map(toCompletionItem);
    }),
  );

  connection.onDefinition(
    guard(null as Location | null, (params) => {
      const doc = host.documents.get(params.textDocument.uri);
      const analysis = doc && host.analysisOf(doc);
      if (!doc || !analysis) return null;
      const target = definitionAt(analysis.doc, positionIn(analysis, params.position));
      return target ? Location.create(doc.uri, rangeOut(analysis, target)) : null;
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
