import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerAutoDetect } from './autoDetect';
import { withActiveDocument } from './commands';
import { registerImportView } from './importView';
import { ENGINE_NODE_FLAGS, serverEnvironment } from '../../server/src/lsp/environment';

let client: LanguageClient | undefined;

/** The thin client: start the bundled server for `referat` documents, pass the UI language. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: serverEnvironment(), execArgv: [...ENGINE_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { env: serverEnvironment(), execArgv: [...ENGINE_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'referat' }],
    synchronize: { configurationSection: 'referat' },
    initializationOptions: { locale: vscode.env.language },
    middleware: { executeCommand: withActiveDocument },
  };
  clientOptions.synchronize = { ...clientOptions.synchronize, fileEvents: vscode.workspace.createFileSystemWatcher('**/.referat.json') };
  registerAutoDetect(context);
  registerImportView(context);
  client = new LanguageClient('referat', 'Referat', serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('referat.tableReview', (uri?: string) => showTableReview(uri)));
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

/** What the server's `referat/tableReview` returns (the engine's TableReviewTable). */
interface ReviewRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface ReviewTable {
  title: string;
  summary: string;
  range: ReviewRange;
  entries: { label: string; detail: string; status: 'ok' | 'rounding' | 'error'; range: ReviewRange }[];
}
interface ReviewPick extends vscode.QuickPickItem {
  range?: ReviewRange;
}

/**
 * «Referat: Tabelkontrol»: every table of the document with each total's status; picking an
 * entry jumps to its cell. The server computes everything; this only shows it.
 */
async function showTableReview(uri?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const target = uri ?? editor?.document.uri.toString();
  if (!client || !target) return;
  const tables = await client.sendRequest<ReviewTable[]>('referat/tableReview', { uri: target });
  const items: ReviewPick[] = [];
  for (const t of tables) {
    items.push({ label: t.title, kind: vscode.QuickPickItemKind.Separator });
    items.push({ label: `$(table) ${t.title}`, description: t.summary, range: t.range });
    for (const e of t.entries) {
      const icon = e.status === 'error' ? '$(error)' : e.status === 'rounding' ? '$(info)' : '$(pass)';
      items.push({ label: `${icon} ${e.label.replace(/^[✓≈✗] /u, '')}`, detail: e.detail, range: e.range });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Referat: Tabelkontrol', matchOnDetail: true, placeHolder: `${tables.length}` });
  if (!picked?.range) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target));
  const shown = await vscode.window.showTextDocument(document);
  const r = new vscode.Range(picked.range.start.line, picked.range.start.character, picked.range.end.line, picked.range.end.character);
  shown.selection = new vscode.Selection(r.start, r.end);
  shown.revealRange(r, vscode.TextEditorRevealType.InCenter);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
