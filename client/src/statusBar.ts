import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientMessages } from './language';

/** The server's answer to `referat/layout` (server/src/lsp/server.ts, LayoutReply). */
interface LayoutReply {
  readonly profile: string;
  readonly itemForm?: string;
  readonly label: string;
}

/**
 * A status bar item for the current minutes: that Referat checks the file, the layout it was
 * read with (the profile in the text, the whole layout in the tooltip: the server names it),
 * and its number of errors and warnings; a click opens «Tabelkontrol». Hidden for other files.
 */
export function registerStatusBar(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const item = vscode.window.createStatusBarItem('referat.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Referat';
  item.command = 'referat.tableReview';
  /** Only the newest update writes the item (the layout arrives asynchronously). */
  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'referat') {
      item.hide();
      return;
    }
    const msg = clientMessages();
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'referat');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const c = client();
    const layout = c?.isRunning() ? await c.sendRequest<LayoutReply | null>('referat/layout', { uri: doc.uri.toString() }).catch(() => null) : null;
    if (mine !== generation) return;
    const name = layout ? `Referat (${layout.profile})` : 'Referat';
    item.text = `$(${errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'pass'}) ${name}: ${msg.statusBarCounts(errors, warnings)}`;
    item.tooltip = layout ? `${layout.label}\n${msg.statusBarTooltip()}` : msg.statusBarTooltip();
    item.show();
  };
  const refresh = () => void update();
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) refresh();
    }),
    vscode.workspace.onDidOpenTextDocument(refresh),
  );
  refresh();
}
