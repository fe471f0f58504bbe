import * as vscode from 'vscode';
import { looksLikeMinutes } from '../../server/src/engine/features/detect';
import { clientMessages } from './language';

const LANGUAGE = 'referat';
type Mode = 'ask' | 'always' | 'never';
/** The files the user said «Ja» to, kept across reloads (per workspace). */
const REMEMBERED = 'referat.autoDetect.yes';

/**
 * Markdown, plain-text and new untitled files that start like minutes (see `looksLikeMinutes`)
 * are switched to the `referat` language (and so checked), as `referat.autoDetect` says: ask
 * once per file, always, or never. «Ja» is remembered for the file across reloads. An untitled
 * file is looked at again while it is typed, until it looks like minutes. The command
 * `referat.checkAsMinutes` switches the current file.
 */
export function registerAutoDetect(context: vscode.ExtensionContext): void {
  const asked = new Set<string>();
  const remembered = () => new Set(context.workspaceState.get<string[]>(REMEMBERED, []));
  const remember = async (uri: string) => {
    const all = remembered();
    if (all.has(uri)) return;
    all.add(uri);
    await context.workspaceState.update(REMEMBERED, [...all].slice(-500));
  };

  const consider = async (doc: vscode.TextDocument): Promise<void> => {
    if (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') return;
    const uri = doc.uri.toString();
    if (asked.has(uri)) return;
    if (remembered().has(uri)) {
      asked.add(uri);
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
      return;
    }
    if (!looksLikeMinutes(doc.getText(new vscode.Range(0, 0, 60, 0)))) return;
    const config = vscode.workspace.getConfiguration('referat', doc.uri);
    const mode = config.get<Mode>('autoDetect', 'ask');
    if (mode === 'never') return;
    asked.add(uri);
    if (mode === 'always') {
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
      return;
    }
    const msg = clientMessages();
    const name = doc.isUntitled ? doc.uri.path : (doc.uri.path.split('/').pop() ?? uri);
    const answer = await vscode.window.showInformationMessage(msg.autoDetectPrompt(name), msg.autoDetectYes(), msg.autoDetectAlways(), msg.autoDetectNever());
    if (answer === msg.autoDetectAlways()) await config.update('autoDetect', 'always', vscode.ConfigurationTarget.Global);
    if (answer === msg.autoDetectNever()) await config.update('autoDetect', 'never', vscode.ConfigurationTarget.Global);
    if (answer === msg.autoDetectYes() && !doc.isUntitled) await remember(uri);
    if (answer === msg.autoDetectYes() || answer === msg.autoDetectAlways()) {
      // The document may have been switched meanwhile (closed, or set by hand): look it up again.
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (current && current.languageId !== LANGUAGE) await vscode.languages.setTextDocumentLanguage(current, LANGUAGE);
    }
  };

  const typing = new Map<string, NodeJS.Timeout>();
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void consider(d)),
    // New files: look again while the first lines are typed (debounced; only near the top).
    vscode.workspace.onDidChangeTextDocument((e) => {
      const d = e.document;
      if ((d.languageId !== 'markdown' && d.languageId !== 'plaintext') || asked.has(d.uri.toString())) return;
      if (!d.isUntitled && !e.contentChanges.some((c) => c.range.start.line < 60)) return;
      const key = d.uri.toString();
      clearTimeout(typing.get(key));
      typing.set(
        key,
        setTimeout(() => {
          typing.delete(key);
          void consider(d);
        }, 600),
      );
    }),
    vscode.commands.registerCommand('referat.checkAsMinutes', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(clientMessages().commandNoDocument());
        return;
      }
      if (!doc.isUntitled) await remember(doc.uri.toString());
      if (doc.languageId !== LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    }),
  );
  for (const d of vscode.workspace.textDocuments) void consider(d);
}
