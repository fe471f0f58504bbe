import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerAutoDetect } from './autoDetect';
import { withActiveDocument } from './commands';

let client: LanguageClient | undefined;

/** The thin client: start the bundled server for `referat` documents, pass the UI language. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'referat' }],
    synchronize: { configurationSection: 'referat' },
    initializationOptions: { locale: vscode.env.language },
    middleware: { executeCommand: withActiveDocument },
  };
  clientOptions.synchronize = { ...clientOptions.synchronize, fileEvents: vscode.workspace.createFileSystemWatcher('**/.referat.json') };
  registerAutoDetect(context);
  client = new LanguageClient('referat', 'Referat', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
