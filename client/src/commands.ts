import * as vscode from 'vscode';
import type { ExecuteCommandSignature } from 'vscode-languageclient/node';

/**
 * The server's commands take the document as their first argument. From the command palette
 * VS Code passes none, so the active editor's document is added here; a code lens or another
 * extension may pass it itself.
 */
export function withActiveDocument(command: string, args: unknown[], next: ExecuteCommandSignature): vscode.ProviderResult<unknown> {
  if (args.length === 0) {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId === 'referat') args = [doc.uri.toString()];
  }
  return next(command, args);
}
