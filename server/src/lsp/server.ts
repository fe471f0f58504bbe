import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  CodeLens,
  Connection,
  DidChangeConfigurationNotification,
  Hover,
  InitializeParams,
  MarkupKind,
  InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, ReferatConfig, TableReviewTable, defaultConfig, foldingRanges, messagesFor, outline, tableCodeLenses, hoverAt, tableReviewOf, rangesOverlap, safeFixEdits } from '../engine';
import { COMMANDS } from './commandIds';
import { AnalysisCache } from './analysisCache';
import { toCodeActions, toDiagnostic, toDocumentSymbol, toFoldingRange } from './convert';
import { ReferatSettings, configFromSettings } from './settings';
import { authoringCapabilities, folderPaths, registerAuthoring } from './authoring';
import { WORKSPACE_CONFIG_FILE, readWorkspaceConfig } from './workspaceConfig';
import { registerExport } from './export';
import { fileTooLargeDiagnostic, maxFileSizeBytes, sizeAboveLimit } from './sizeLimit';

export const SERVER_NAME = 'referat-language-server';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.referat`;
/** Custom request: the review panel's content for one document (JSON from the engine). */
export const TABLE_REVIEW_REQUEST = 'referat/tableReview';
/** Client command the code lenses open: the review panel. */
export const TABLE_REVIEW_COMMAND = COMMANDS.tableReview;

interface InitOptions {
  readonly locale?: string;
  readonly settings?: ReferatSettings;
}

/**
 * The language server: a thin adapter from LSP to the engine. It owns documents, settings and
 * scheduling; everything about minutes is the engine's.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  let locale = 'da';
  let config: ReferatConfig = defaultConfig;
  let pullConfiguration = false;
  const pending = new Map<string, NodeJS.Immediate>();
  let folders: string[] = [];
  let workspaceFile: unknown;
  let lastSettings: ReferatSettings | undefined;
  let maxFileSize = maxFileSizeBytes(undefined);
  /** A file above `referat.maxFileSize` gets no analysis, outline or folding: one diagnostic says why. */
  const tooLarge = (doc: TextDocument): number | undefined => sizeAboveLimit(doc.getText(), maxFileSize);

  const analysisOf = (doc: TextDocument): Analysis => cache.get(doc, config, locale);

  /** Never let one bad request take the server down: log, answer empty. */
  function guard<P, R>(fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (err) {
        connection.console.error(`${SERVER_NAME}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return fallback;
      }
    };
  }

  function validate(uri: string): void {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const size = tooLarge(doc);
      if (size !== undefined) {
        cache.delete(uri);
        void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [fileTooLargeDiagnostic(size, maxFileSize, locale)] });
        return;
      }
      const analysis = analysisOf(doc);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: analysis.findings.map((f) => toDiagnostic(uri, f)) });
    } catch (err) {
      connection.console.error(`${SERVER_NAME}: ${String(err)}`);
    }
  }

  /** Coalesce bursts of edits: check once, after the queue of pending changes is drained. */
  function schedule(uri: string): void {
    const previous = pending.get(uri);
    if (previous) clearImmediate(previous);
    pending.set(
      uri,
      setImmediate(() => {
        pending.delete(uri);
        validate(uri);
      }),
    );
  }

  async function refreshConfiguration(settings?: ReferatSettings): Promise<void> {
    if (pullConfiguration) {
      try {
        settings = (await connection.workspace.getConfiguration('referat')) as ReferatSettings;
      } catch {
        /* client refused: keep what we have */
      }
    }
    if (settings !== undefined) lastSettings = settings;
    config = configFromSettings(lastSettings, workspaceFile);
    if (settings !== undefined) maxFileSize = maxFileSizeBytes(settings?.maxFileSize);
    cache.clear();
    for (const doc of documents.all()) schedule(doc.uri);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitOptions;
    locale = options.locale ?? params.locale ?? 'da';
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    folders = folderPaths(params);
    const file = readWorkspaceConfig(folders);
    workspaceFile = file.value;
    if (file.error) connection.console.warn(`${SERVER_NAME}: ${file.error}`);
    lastSettings = options.settings;
    if (options.settings || workspaceFile) config = configFromSettings(options.settings, workspaceFile);
    if (options.settings) maxFileSize = maxFileSizeBytes(options.settings.maxFileSize);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Referat' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...authoringCapabilities,
      },
      serverInfo: { name: SERVER_NAME, version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'referat' }).catch(() => undefined);
      void refreshConfiguration();
    }
  });

  connection.onDidChangeConfiguration(
    guard(undefined, (change) => refreshConfiguration((change.settings as { referat?: ReferatSettings } | undefined)?.referat)),
  );

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    const p = pending.get(e.document.uri);
    if (p) clearImmediate(p);
    pending.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || tooLarge(doc) !== undefined) return [];
      return outline(analysisOf(doc).doc, messagesFor(locale)).map(toDocumentSymbol);
    }),
  );

  connection.onFoldingRanges(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && tooLarge(doc) === undefined ? foldingRanges(analysisOf(doc).doc).map(toFoldingRange) : [];
    }),
  );

  connection.onCodeAction(guard([], (params: CodeActionParams) => codeActions(params)));

  connection.onHover(
    guard(null, (params): Hover | null => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const hover = hoverAt(analysisOf(doc).doc, params.position, messagesFor(locale));
      return hover ? { range: hover.range, contents: { kind: MarkupKind.Markdown, value: hover.markdown } } : null;
    }),
  );

  connection.onCodeLens(
    guard([], (params): CodeLens[] => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      return tableCodeLenses(analysisOf(doc).doc, messagesFor(locale)).map((lens) => ({
        range: lens.range,
        command: { title: lens.title, command: TABLE_REVIEW_COMMAND, arguments: [doc.uri] },
      }));
    }),
  );

  connection.onRequest(
    TABLE_REVIEW_REQUEST,
    guard([] as TableReviewTable[], (params: { uri: string }): TableReviewTable[] => {
      const doc = documents.get(params.uri);
      return doc ? tableReviewOf(analysisOf(doc).doc, messagesFor(locale)) : [];
    }),
  );

  function codeActions(params: CodeActionParams): CodeAction[] {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || tooLarge(doc) !== undefined) return [];
    const uri = doc.uri;
    const { findings } = analysisOf(doc);
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const f of findings) {
        if (!f.fixes?.length || !rangesOverlap(f.range, params.range)) continue;
        actions.push(...toCodeActions(uri, f, toDiagnostic(uri, f)));
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const edits = safeFixEdits(findings);
      if (edits.length > 0) actions.push({ title: messagesFor(locale).fixAll(), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
    }
    return actions;
  }

  const workspaceIndex = registerAuthoring(connection, {
    documents,
    analysisOf,
    config: () => config,
    locale: () => locale,
    folders: () => folders,
    log: (m) => connection.console.error(`${SERVER_NAME}: ${m}`),
  });
  // `.referat.json` changed (the client watches it): re-read, re-check everything.
  connection.onDidChangeWatchedFiles(
    guard(undefined, (p) => {
      if (!p.changes.some((c) => c.uri.endsWith(WORKSPACE_CONFIG_FILE))) return undefined;
      const file = readWorkspaceConfig(folders);
      workspaceFile = file.value;
      if (file.error) void connection.window.showWarningMessage(`Referat: ${file.error}`);
      workspaceIndex.clear();
      return refreshConfiguration();
    }),
  );

  registerExport(connection, { documents, config: () => config, locale: () => locale });
  documents.listen(connection);
  connection.listen();
}

