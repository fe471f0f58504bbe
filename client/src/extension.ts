import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerAutoDetect } from './autoDetect';
import { withActiveDocument } from './commands';
import { clientMessages, referatLanguage } from './language';
import { TableReviewPanel } from './reviewPanel';
import { registerStatusBar } from './statusBar';
import { exportDocument } from './export';
import { registerImportView } from './importView';
import { PreviewVerdicts } from './previewVerdicts';
import type { MarkdownItLike } from '../../server/src/engine/features/previewVerdicts';
import { ENGINE_NODE_FLAGS, serverEnvironment } from '../../server/src/lsp/environment';

let client: LanguageClient | undefined;

/**
 * The thin client: start the bundled server for `referat` documents, pass the UI language.
 * Returns the Markdown preview's plugin (`markdown.markdownItPlugins`): the table verdicts.
 */
export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt<M extends MarkdownItLike>(md: M): M }> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: serverEnvironment(), execArgv: [...ENGINE_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { env: serverEnvironment(), execArgv: [...ENGINE_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'referat' }],
    synchronize: { configurationSection: 'referat' },
    // The server speaks `referat.language` (Danish unless chosen otherwise), not VS Code's language.
    initializationOptions: { locale: referatLanguage() },
    middleware: { executeCommand: withActiveDocument },
  };
  clientOptions.synchronize = { ...clientOptions.synchronize, fileEvents: vscode.workspace.createFileSystemWatcher('**/.referat.json') };
  registerAutoDetect(context);
  registerStatusBar(context, () => client);
  // The Markdown preview for `.referat.md` (switched to Referat, a .md file keeps its preview).
  context.subscriptions.push(
    vscode.commands.registerCommand('referat.preview', async () => {
      const doc = activeMinutes() ?? vscode.window.activeTextEditor?.document;
      if (!doc || !/\.md$/iu.test(doc.uri.path)) {
        void vscode.window.showInformationMessage(clientMessages().previewOnlyMarkdown());
        return;
      }
      await vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri);
    }),
  );
  registerImportView(context);
  client = new LanguageClient('referat', 'Referat', serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('referat.tableReview', (uri?: string, line?: number) => showTableReview(uri, line)));
  context.subscriptions.push(vscode.commands.registerCommand('referat.export', (uri?: string | vscode.Uri) => exportDocument(client, uri?.toString())));
  const preview = new PreviewVerdicts(() => client);
  preview.register(context);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { extendMarkdownIt: (md) => preview.extend(md) };
}

/**
 * «Referat: Tabelkontrol»: the review panel beside the text, at the table whose lens was clicked
 * (a lens passes the document and the table's first line), else for the active minutes.
 */
function showTableReview(uri?: string, line?: number): void {
  const target = uri ?? activeMinutes()?.uri.toString();
  if (!client) return;
  if (!target) {
    void vscode.window.showInformationMessage(clientMessages().panelNoFile());
    return;
  }
  TableReviewPanel.show(client, target, typeof line === 'number' ? line : undefined);
}

/** The minutes in the active editor, or the last visible one (the panel itself may have focus). */
function activeMinutes(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'referat') return active;
  return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.languageId === 'referat');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
