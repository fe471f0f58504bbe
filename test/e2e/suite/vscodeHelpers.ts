import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'referat.referat';
export const MINUTES_2020 = 'odense-bsu-2020-11-10.referat.txt';
export const MINUTES_2024 = 'odense-bsu-2024-04-09.referat.md';
const WAIT_MS = 30_000;

/** The workspace folder the runner prepared (copies of the real minutes). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e suite needs a workspace folder with the real minutes (the runner opens one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openMinutes(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

export function referatDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'referat');
}

/**
 * Resolves with the document's Referat diagnostics as soon as they satisfy `ready` — checked now
 * and on every `onDidChangeDiagnostics` for the document (never a fixed sleep). Rejects after a
 * time limit, naming what was there, so a missing server fails instead of hanging.
 */
export function waitForDiagnostics(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = referatDiagnostics(uri);
      if (!ready(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = referatDiagnostics(uri).map(describe);
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what} in ${path.basename(uri.fsPath)}; diagnostics now: ${JSON.stringify(now)}`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** Polls a condition that has no event (extension activation), with a time limit. */
export async function waitUntil(cond: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function describe(d: vscode.Diagnostic): { line: number; severity: string; code: string; message: string } {
  return { line: d.range.start.line + 1, severity: vscode.DiagnosticSeverity[d.severity], code: codeOf(d), message: d.message };
}

export function symbolsOf(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
}

/** The agenda items of the outline: meeting → items (the contents node is a sibling of the items). */
export function itemSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  const walk = (list: readonly vscode.DocumentSymbol[]): void => {
    for (const s of list) {
      if (s.kind === vscode.SymbolKind.Module) out.push(s);
      else walk(s.children);
    }
  };
  walk(symbols);
  return out;
}

/** Replaces the first occurrence of `from` (searching from `after`) and returns its new range. */
export async function replaceText(editor: vscode.TextEditor, from: string, to: string, after = 0): Promise<vscode.Range> {
  const text = editor.document.getText();
  const at = text.indexOf(from, after);
  assert.ok(at >= 0, `text not found: ${from}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(editor.document.uri, range, to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
  return new vscode.Range(range.start, editor.document.positionAt(at + to.length));
}

/** Closes all editors without saving: the workspace copies stay as the runner wrote them. */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * The quick fix VS Code offers for a diagnostic, through the code action provider command.
 * (The command's results carry no `diagnostics`, so match on an edit touching the finding.)
 */
export async function quickFixFor(uri: vscode.Uri, finding: vscode.Diagnostic): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
  const fixes = actions.filter(
    (a) =>
      a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) &&
      a.edit?.get(uri).some((e) => e.range.intersection(finding.range) !== undefined),
  );
  assert.equal(fixes.length, 1, `expected one quick fix for ${codeOf(finding)} at line ${finding.range.start.line + 1}; got ${JSON.stringify(actions.map((a) => a.title))}`);
  return fixes[0]!;
}
