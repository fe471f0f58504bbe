import * as vscode from 'vscode';
import { clientMessages } from './language';

/**
 * A status bar item for the current minutes: that Referat checks the file, with its number of
 * errors and warnings; a click opens «Tabelkontrol». Hidden for other files.
 */
export function registerStatusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('referat.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Referat';
  item.command = 'referat.tableReview';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'referat') {
      item.hide();
      return;
    }
    const msg = clientMessages();
    const mine = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'referat');
    const errors = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    item.text = `$(${errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'pass'}) Referat: ${msg.statusBarCounts(errors, warnings)}`;
    item.tooltip = msg.statusBarTooltip();
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) update();
    }),
    vscode.workspace.onDidOpenTextDocument(update),
  );
  update();
}
