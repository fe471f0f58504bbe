import * as vscode from 'vscode';
import { looksLikeMinutes } from '../../server/src/engine/features/detect';
import { clientMessages } from './language';

const LANGUAGE = 'referat';
type Mode = 'ask' | 'always' | 'never';

/**
 * Markdown and plain-text files whose first non-empty line starts `REFERAT` or `DAGSORDEN` are
 * switched to the `referat` language (and so checked), as `referat.autoDetect` says: ask once
 * per file, always, or never. The command `referat.checkAsMinutes` switches the current file.
 */
export function registerAutoDetect(context: vscode.ExtensionContext): void {
  const asked = new Set<string>();

  const consider = async (doc: vscode.TextDocument): Promise<void> => {
    if (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') return;
    if (asked.has(doc.uri.toString()) || !looksLikeMinutes(doc.getText(new vscode.Range(0, 0, 40, 0)))) return;
    const config = vscode.workspace.getConfiguration('referat', doc.uri);
    const mode = config.get<Mode>('autoDetect', 'ask');
    if (mode === 'never') return;
    asked.add(doc.uri.toString());
    if (mode === 'always') {
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
      return;
    }
    const msg = clientMessages();
    const name = doc.uri.path.split('/').pop() ?? doc.uri.toString();
    const answer = await vscode.window.showInformationMessage(msg.autoDetectPrompt(name), msg.autoDetectYes(), msg.autoDetectAlways(), msg.autoDetectNever());
    if (answer === msg.autoDetectAlways()) await config.update('autoDetect', 'always', vscode.ConfigurationTarget.Global);
    if (answer === msg.autoDetectNever()) await config.update('autoDetect', 'never', vscode.ConfigurationTarget.Global);
    if (answer === msg.autoDetectYes() || answer === msg.autoDetectAlways()) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void consider(d)),
    vscode.commands.registerCommand('referat.checkAsMinutes', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(clientMessages().commandNoDocument());
        return;
      }
      if (doc.languageId !== LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    }),
  );
  for (const d of vscode.workspace.textDocuments) void consider(d);
}
