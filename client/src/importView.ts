import * as vscode from 'vscode';
import { messagesFor } from '../../server/src/engine/i18n/messages';
import { describePlace, importKindOf, importMinutes, notesAsFindings, placeAt } from '../../server/src/import';
import type { ImportedMinutes } from '../../server/src/import';

/**
 * Word and PDF minutes in VS Code: «Referat: Kontrollér Word/PDF» opens the file's text as a
 * read-only `referat` document (scheme `referat-import`, named `<file>.referat.md`), which the
 * language server checks as any minutes: findings, outline, hovers and the table review work on
 * it. The status bar names the original's place of the cursor's line (page and line of the PDF,
 * table row or paragraph of the Word document), and «Referat: Gem som .referat.md» saves the text
 * to go on editing. The original is read through VS Code's file system and never changed.
 */

export const IMPORT_SCHEME = 'referat-import';
const SUFFIX = '.referat.md';

export function registerImportView(context: vscode.ExtensionContext): void {
  const msg = messagesFor(vscode.env.language);
  const imported = new Map<string, ImportedMinutes>();

  const originalOf = (uri: vscode.Uri) => vscode.Uri.file(uri.path.endsWith(SUFFIX) ? uri.path.slice(0, -SUFFIX.length) : uri.path);
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const original = originalOf(uri);
      try {
        const bytes = await vscode.workspace.fs.readFile(original);
        const result = await importMinutes(bytes, importKindOf(original.path));
        imported.set(uri.toString(), result);
        // A scan or an unreadable file: say so where the user looks, not only in the text.
        for (const note of notesAsFindings(result, vscode.env.language)) void vscode.window.showWarningMessage(note.message);
        return result.text;
      } catch (err) {
        const detail = (err as Error).message ?? String(err);
        void vscode.window.showErrorMessage(msg.importFailed(original.fsPath, detail));
        return '';
      }
    },
  };

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  const showPlace = (editor: vscode.TextEditor | undefined) => {
    const result = editor && editor.document.uri.scheme === IMPORT_SCHEME ? imported.get(editor.document.uri.toString()) : undefined;
    const place = result && placeAt(result.origins, editor!.selection.active);
    if (!place) {
      status.hide();
      return;
    }
    status.text = `$(file-pdf) ${msg.importStatusPlace(describePlace(place, vscode.env.language))}`;
    status.show();
  };

  const open = async (target?: vscode.Uri) => {
    let file = target;
    if (!file || !importKindOf(file.path)) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, title: msg.importCommandPick(), filters: { 'Word / PDF': ['docx', 'pdf'] } });
      file = picked?.[0];
    }
    if (!file) return;
    const uri = vscode.Uri.from({ scheme: IMPORT_SCHEME, path: file.path + SUFFIX });
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'referat') await vscode.languages.setTextDocumentLanguage(doc, 'referat');
    await vscode.window.showTextDocument(doc, { preview: false });
  };

  const saveAs = async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.uri.scheme !== IMPORT_SCHEME) {
      void vscode.window.showInformationMessage(msg.commandNoDocument());
      return;
    }
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(doc.uri.path), filters: { Referat: ['referat.md', 'md'] } });
    if (!target) return;
    // A new file through a workspace edit the user has just asked for (the save dialog).
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { overwrite: true, contents: new TextEncoder().encode(doc.getText()) });
    if (!(await vscode.workspace.applyEdit(edit))) return;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    void vscode.window.showInformationMessage(msg.importSaved(target.fsPath));
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(IMPORT_SCHEME, provider),
    vscode.commands.registerCommand('referat.openImported', open),
    vscode.commands.registerCommand('referat.saveImportedAs', saveAs),
    status,
    vscode.window.onDidChangeActiveTextEditor(showPlace),
    vscode.window.onDidChangeTextEditorSelection((e) => showPlace(e.textEditor)),
    vscode.workspace.onDidCloseTextDocument((d) => imported.delete(d.uri.toString())),
  );
}
