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
  DiagnosticSeverity,
  InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, ConfigProblem, Fix, ReferatConfig, TableReviewTable, defaultConfig, describeConfigProblem, formatTables, resolveLanguage, toLocale, foldingRanges, messagesFor, outline, tableCodeLenses, hoverAt, tableReviewOf, rangesOverlap, safeFixEdits } from '../engine';
import { COMMANDS } from './commandIds';
import { AnalysisCache } from './analysisCache';
import { DIAGNOSTIC_SOURCE, outlineOut, positionIn, rangeIn, rangeOut, toCodeActions, toDiagnostic, toDocumentSymbol, toFoldingRange } from './convert';
import { ReferatSettings, configFromSettings } from './settings';
import { authoringCapabilities, folderPaths, registerAuthoring } from './authoring';
import { WORKSPACE_CONFIG_FILE, readWorkspaceConfig } from './workspaceConfig';
import { registerExport } from './export';
import { fileTooLargeDiagnostic, maxFileSizeBytes, sizeAboveLimit } from './sizeLimit';

export const SERVER_NAME = 'referat-language-server';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.referat`;
/** Custom request: the review panel's content for one document (JSON from the engine). */
export const TABLE_REVIEW_REQUEST = 'referat/tableReview';
/**
 * Custom request: the layout the document was read with (profile, item form and the label in
 * Referat's language), for the status bar. Null for a document not open or above the size limit.
 */
export const LAYOUT_REQUEST = 'referat/layout';
export interface LayoutReply {
  readonly profile: string;
  readonly itemForm?: string;
  /** How the form is written (`glued`, `double`, `alone`, `loose`, `bullet`), where it is more than its name. */
  readonly itemVariant?: string;
  readonly label: string;
}
/** Client command the code lenses open: the review panel. */
export const TABLE_REVIEW_COMMAND = COMMANDS.tableReview;

interface InitOptions {
  /** The language to speak (`da`/`en`); without it Danish, whatever the editor's language. */
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
  /** The editor's own language (LSP `initialize.locale`), for `referat.language: auto`. */
  let editorLocale: string | undefined;
  /** `referat.language` decides when the client sends it; else the initialization's locale. */
  const applyLanguage = (settings: ReferatSettings | undefined): void => {
    if (settings?.language !== undefined) locale = resolveLanguage(settings.language, editorLocale);
  };
  let config: ReferatConfig = defaultConfig;
  let pullConfiguration = false;
  const pending = new Map<string, NodeJS.Timeout>();
  let folders: string[] = [];
  let workspaceFile: unknown;
  /** What was wrong reading `.referat.json` (not a regular file, outside the folder, not JSON, …). */
  let workspaceFileProblem: ConfigProblem | undefined;
  let lastSettings: ReferatSettings | undefined;
  let maxFileSize = maxFileSizeBytes(undefined);
  /** How long the last analysis of each document took: the quiet time its edits are coalesced over. */
  const lastCost = new Map<string, number>();
  /** A file above `referat.maxFileSize` gets no analysis, outline or folding: one diagnostic says why. */
  const tooLarge = (doc: TextDocument): number | undefined => sizeAboveLimit(doc.getText(), maxFileSize);

  /**
   * The analysis of a document, or undefined when it is above `referat.maxFileSize`: every request
   * (diagnostics, symbols, hover, lenses, completion, definition, commands, the review panel)
   * comes through here, so none of them analyses a file the limit excludes.
   */
  const analysisOf = (doc: TextDocument): Analysis | undefined => {
    if (tooLarge(doc) !== undefined) return undefined;
    const started = performance.now();
    const analysis = cache.get(doc, config, locale);
    const took = performance.now() - started;
    if (took > 1) lastCost.set(doc.uri, took);
    return analysis;
  };

  /** Every configuration problem, each one warning: `.referat.json` itself, then its or the settings' values. */
  const configProblems = (): ConfigProblem[] => [...(workspaceFileProblem ? [workspaceFileProblem] : []), ...(config.problems ?? [])];
  let loggedProblems = '';
  /** Logs the configuration problems once each time they change (the log names keys, never file contents). */
  function logConfigProblems(): void {
    const lines = configProblems().map((p) => describeConfigProblem(p, locale));
    const key = lines.join('\n');
    if (key !== loggedProblems && lines.length > 0) for (const line of lines) connection.console.warn(`${SERVER_NAME}: ${line}`);
    loggedProblems = key;
  }
  /** The problems as diagnostics at the top of each checked document: the user sees them where they work. */
  const configDiagnostics = () =>
    configProblems().map((p) => ({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: 'config',
      source: DIAGNOSTIC_SOURCE,
      message: describeConfigProblem(p, locale),
    }));

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
      if (!analysis) return;
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [...configDiagnostics(), ...analysis.findings.map((f) => toDiagnostic(uri, f))] });
    } catch (err) {
      connection.console.error(`${SERVER_NAME}: ${String(err)}`);
    }
  }

  /**
   * Coalesce bursts of edits: only the newest version is checked. The connection handles one queued
   * message per turn of the event loop, so a check scheduled for the next turn would run between
   * two queued keystrokes and analyse every intermediate version. Instead the check waits for as
   * long as the last analysis of the document took (at most a quarter of a second): a small
   * document is checked at once, a large one only once its queue of edits has drained.
   */
  function schedule(uri: string): void {
    const previous = pending.get(uri);
    if (previous) clearTimeout(previous);
    const quiet = Math.min(250, lastCost.get(uri) ?? 0);
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        validate(uri);
      }, quiet),
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
    applyLanguage(lastSettings);
    config = configFromSettings(lastSettings, workspaceFile);
    if (settings !== undefined) maxFileSize = maxFileSizeBytes(settings?.maxFileSize);
    logConfigProblems();
    cache.clear();
    for (const doc of documents.all()) schedule(doc.uri);
  }

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    const options = (params.initializationOptions ?? {}) as InitOptions;
    // Danish unless asked otherwise: the editor's language (params.locale) counts only with
    // `referat.language: auto`, since a Danish secretary's editor usually runs in English.
    editorLocale = params.locale ?? undefined;
    locale = toLocale(typeof options.locale === 'string' ? options.locale : 'da');
    applyLanguage(options.settings);
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    folders = folderPaths(params);
    // Read safely (workspaceConfig.ts): a regular file inside the folder, bounded, asynchronous.
    const file = await readWorkspaceConfig(folders);
    workspaceFile = file.value;
    workspaceFileProblem = file.problem;
    lastSettings = options.settings;
    if (options.settings || workspaceFile) config = configFromSettings(options.settings, workspaceFile);
    if (options.settings) maxFileSize = maxFileSizeBytes(options.settings.maxFileSize);
    logConfigProblems();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Referat' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
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
    lastCost.delete(e.document.uri);
    const p = pending.get(e.document.uri);
    if (p) clearTimeout(p);
    pending.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      const analysis = doc && analysisOf(doc);
      return analysis ? outline(analysis.doc, messagesFor(locale)).map((n) => toDocumentSymbol(outlineOut(analysis, n))) : [];
    }),
  );

  connection.onFoldingRanges(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      const analysis = doc && analysisOf(doc);
      return analysis ? foldingRanges(analysis.doc).map(toFoldingRange) : [];
    }),
  );

  connection.onCodeAction(guard([], (params: CodeActionParams) => codeActions(params)));

  connection.onHover(
    guard(null, (params): Hover | null => {
      const doc = documents.get(params.textDocument.uri);
      const analysis = doc && analysisOf(doc);
      if (!analysis) return null;
      const hover = hoverAt(analysis.doc, positionIn(analysis, params.position), messagesFor(locale));
      return hover ? { range: rangeOut(analysis, hover.range), contents: { kind: MarkupKind.Markdown, value: hover.markdown } } : null;
    }),
  );

  connection.onCodeLens(
    guard([], (params): CodeLens[] => {
      const doc = documents.get(params.textDocument.uri);
      const analysis = doc && analysisOf(doc);
      if (!doc || !analysis) return [];
      return tableCodeLenses(analysis.doc, messagesFor(locale)).map((lens) => ({
        range: rangeOut(analysis, lens.range),
        command: { title: lens.title, command: TABLE_REVIEW_COMMAND, arguments: [doc.uri, lens.tableLine] },
      }));
    }),
  );

  // Format Document / Selection: the tables in readable columns (only whitespace changes).
  connection.onDocumentFormatting(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      const analysis = doc && tooLarge(doc) === undefined ? analysisOf(doc) : undefined;
      return analysis ? formatTables(analysis.doc).map((e) => ({ range: rangeOut(analysis, e.range), newText: e.newText })) : [];
    }),
  );
  connection.onDocumentRangeFormatting(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      const analysis = doc && tooLarge(doc) === undefined ? analysisOf(doc) : undefined;
      return analysis ? formatTables(analysis.doc, rangeIn(analysis, params.range)).map((e) => ({ range: rangeOut(analysis, e.range), newText: e.newText })) : [];
    }),
  );

  connection.onRequest(
    TABLE_REVIEW_REQUEST,
    guard([] as TableReviewTable[], (params: { uri: string }): TableReviewTable[] => {
      const doc = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
      const analysis = doc && analysisOf(doc);
      return analysis ? tableReviewOf(analysis.doc, messagesFor(locale)) : [];
    }),
  );

  connection.onRequest(
    LAYOUT_REQUEST,
    guard(null as LayoutReply | null, (params: { uri: string }): LayoutReply | null => {
      const doc = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
      const analysis = doc && analysisOf(doc);
      if (!analysis) return null;
      const { profile, itemForm, itemVariant } = analysis.doc.layout;
      return { profile, ...(itemForm ? { itemForm } : {}), ...(itemVariant ? { itemVariant } : {}), label: messagesFor(locale).layoutName(profile, itemForm, itemVariant) };
    }),
  );

  function codeActions(params: CodeActionParams): CodeAction[] {
    const doc = documents.get(params.textDocument.uri);
    const analysis = doc && analysisOf(doc);
    if (!doc || !analysis) return [];
    const uri = doc.uri;
    const { findings } = analysis;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      // A document-wide fix (renumber all items, regenerate the contents) is one object shared by
      // every finding that offers it: it becomes one action listing all those findings, not one
      // copy of N edits per finding (which grew the answer with the square of the items).
      const byFix = new Map<Fix, CodeAction>();
      for (const f of findings) {
        if (!f.fixes?.length || !rangesOverlap(f.range, params.range)) continue;
        const diagnostic = toDiagnostic(uri, f);
        const fresh = f.fixes.filter((fix) => {
          const seen = byFix.get(fix);
          if (seen) seen.diagnostics?.push(diagnostic);
          return !seen;
        });
        if (fresh.length === 0) continue;
        const made = toCodeActions(uri, { ...f, fixes: fresh }, diagnostic);
        fresh.forEach((fix, i) => byFix.set(fix, made[i]!));
        actions.push(...made);
      }
    }
    if (wants(FIX_ALL_KIND)) {
      // VS Code runs this kind on save (`editor.codeActionsOnSave` in the [referat] defaults):
      // only the fixes that decide nothing for the secretary. The command fixes all safe ones.
      const edits = safeFixEdits(findings, 'unasked');
      if (edits.length > 0) actions.push({ title: messagesFor(locale).fixAllUnasked(), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
    }
    return actions;
  }

  const workspaceIndex = registerAuthoring(connection, {
    documents,
    analysisOf,
    maxFileSize: () => maxFileSize,
    config: () => config,
    locale: () => locale,
    folders: () => folders,
    log: (m) => connection.console.error(`${SERVER_NAME}: ${m}`),
  });
  // `.referat.json` changed (the client watches it): re-read, re-check everything.
  connection.onDidChangeWatchedFiles(
    guard(undefined, async (p) => {
      if (!p.changes.some((c) => c.uri.endsWith(WORKSPACE_CONFIG_FILE))) return undefined;
      const file = await readWorkspaceConfig(folders);
      workspaceFile = file.value;
      workspaceFileProblem = file.problem;
      workspaceIndex.clear();
      return refreshConfiguration();
    }),
  );

  registerExport(connection, { documents, config: () => config, locale: () => locale });
  documents.listen(connection);
  connection.listen();
}

