import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  MINUTES_2020,
  MINUTES_2024,
  codeOf,
  describe as describeDiagnostic,
  itemSymbols,
  openMinutes,
  quickFixFor,
  replaceText,
  revertAndCloseAll,
  symbolsOf,
  waitForDiagnostics,
  waitUntil,
  workspaceFile,
} from './vscodeHelpers';

/** The CLI's findings for a file: the reference every client must agree with. */
function cliFindings(file: string): { line: number; severity: string; code: string; message: string }[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const out = execFileSync(process.execPath, [path.join(ext.extensionPath, 'bin/referat.js'), 'check', '--format', 'json', '--lang', 'da', file], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const [report] = JSON.parse(out) as { diagnostics: { line: number; severity: string; code: string; message: string }[] }[];
  return report!.diagnostics.map(({ line, severity, code, message }) => ({ line, severity, code, message }));
}

const SEVERITY_NAME: Record<string, string> = { Error: 'error', Warning: 'warning', Information: 'information', Hint: 'hint' };

describe('Referat in a real VS Code extension host', () => {
  afterEach(revertAndCloseAll);

  // The extension also activates on Markdown and plain text (to detect minutes by their first
  // line), so it may already run; what matters is that a minutes file gets the Referat language.
  it('activates when a minutes file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (engines.vscode incompatible?)`);
    const editor = await openMinutes(MINUTES_2024);
    assert.equal(editor.document.languageId, 'referat');
    await waitUntil(() => ext.isActive, 'the extension to activate');
  });

  it('reports exactly the five missing «Beslutning» sections (items 8–12) in the 2020 minutes, as the CLI does', async () => {
    const editor = await openMinutes(MINUTES_2020);
    assert.equal(editor.document.languageId, 'referat', '.referat.txt must be a Referat document');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'the 2020 minutes to be checked');
    const problems = diags.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(
      problems.map((d) => [vscode.DiagnosticSeverity[d.severity], codeOf(d), d.message]),
      [8, 9, 10, 11, 12].map((n) => ['Warning', 'missing-section', `Punkt ${n} mangler afsnittet «Beslutning».`]),
    );
    // Each warning sits on its item's heading line.
    for (const [i, d] of problems.entries()) {
      assert.match(editor.document.lineAt(d.range.start.line).text, new RegExp(`^Punkt ${8 + i}:`));
    }
    const inEditor = diags.map(describeDiagnostic).map((d) => ({ ...d, severity: SEVERITY_NAME[d.severity]! }));
    assert.deepEqual(inEditor, cliFindings(workspaceFile(MINUTES_2020).fsPath));
  });

  it('reports only the date slip of item 7 as a warning in the 2024 minutes (after a checked round trip)', async () => {
    const editor = await openMinutes(MINUTES_2024);
    const uri = editor.document.uri;
    const original = editor.document.getText();
    // An empty result publishes no change event, so prove the server checks this document: break
    // the weekday, see the error, restore the text, see it go, and then look at what is left.
    await replaceText(editor, 'Tirsdag d. 09. april 2024', 'Onsdag d. 09. april 2024');
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'meeting-weekday'), 'the weekday error');
    await replaceText(editor, 'Onsdag d. 09. april 2024', 'Tirsdag d. 09. april 2024');
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'meeting-weekday'), 'the weekday error to go');
    assert.equal(editor.document.getText(), original);
    const serious = after.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(serious.map((d) => [codeOf(d), d.range.start.line + 1]), [['date', 873]]);
    assert.deepEqual(
      after.map(describeDiagnostic).map((d) => ({ ...d, severity: SEVERITY_NAME[d.severity]! })),
      cliFindings(workspaceFile(MINUTES_2024).fsPath),
    );
  });

  for (const name of [MINUTES_2020, MINUTES_2024]) {
    it(`outlines the 12 agenda items of ${name} with their sections`, async () => {
      const editor = await openMinutes(name);
      const symbols = await symbolsOf(editor.document.uri);
      assert.ok(symbols && symbols.length > 0, 'no document symbols');
      assert.ok('children' in symbols[0]!, 'expected hierarchical DocumentSymbols');
      const items = itemSymbols(symbols);
      assert.deepEqual(
        items.map((s) => /^Punkt (\d+):/.exec(s.name)?.[1]),
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      );
      // Items 1–7 have a decision; items 8–12 of 2020 are the ones without one.
      for (const item of items.slice(0, 7)) {
        const sections = item.children.filter((c) => c.kind === vscode.SymbolKind.Property).map((c) => c.name);
        assert.ok(sections.includes('Resume'), `${item.name}: ${sections.join(', ')}`);
        assert.ok(sections.includes('Beslutning'), `${item.name}: ${sections.join(', ')}`);
      }
      // Selecting an item reveals its heading line.
      const heading = editor.document.lineAt(items[0]!.selectionRange.start.line).text;
      assert.match(heading, /^\W*Punkt 1: /);
      assert.ok(items[0]!.name.startsWith('Punkt 1: '), items[0]!.name);
    });
  }

  it('fixes a wrong weekday with the quick fix from the code action provider', async () => {
    const editor = await openMinutes(MINUTES_2024);
    const uri = editor.document.uri;
    const original = editor.document.getText();
    await replaceText(editor, 'Tirsdag d. 09. april 2024', 'Fredag d. 09. april 2024');
    const [finding] = (await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'meeting-weekday'), 'the weekday error')).filter(
      (x) => codeOf(x) === 'meeting-weekday',
    );
    assert.equal(finding!.severity, vscode.DiagnosticSeverity.Error);
    const fix = await quickFixFor(uri, finding!);
    assert.match(fix.title, /Tirsdag/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'meeting-weekday'), 'the weekday error to go after the fix');
    assert.equal(editor.document.getText(), original);
  });

  it('fixes a table-of-contents title that differs from its item', async () => {
    const editor = await openMinutes(MINUTES_2024);
    const uri = editor.document.uri;
    const original = editor.document.getText();
    const contents = original.indexOf('Indholdsfortegnelse');
    await replaceText(editor, 'B-sag: Gravsted for socialt udsatte borgere', 'B-sag: Gravsted for hjemløse', contents);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'contents-title'), 'the contents-title warning');
    const finding = diags.find((x) => codeOf(x) === 'contents-title')!;
    assert.equal(finding.range.start.line, editor.document.positionAt(original.indexOf('B-sag: Gravsted', contents)).line);
    const fix = await quickFixFor(uri, finding);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'contents-title'), 'the contents-title warning to go after the fix');
    const fixedLine = editor.document.lineAt(finding.range.start.line).text;
    assert.match(fixedLine, /^B-sag: Gravsted for socialt udsatte borgere/);
  });

  it('contributes snippets that VS Code loads and inserts into a Referat document', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON as { contributes: { snippets: { language: string; path: string }[] } }).contributes.snippets;
    assert.ok(contributed.length > 0, 'no snippets contributed');
    for (const { language, path: rel } of contributed) {
      assert.equal(language, 'referat');
      const snippets = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, rel), 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
      const names = Object.keys(snippets);
      assert.ok(names.length > 0, `${rel} has no snippets`);
      for (const name of names) {
        const body = ([] as string[]).concat(snippets[name]!.body).join('\n');
        const doc = await vscode.workspace.openTextDocument({ language: 'referat', content: '' });
        const editor = await vscode.window.showTextDocument(doc);
        // By name, through VS Code's snippet service: proves the contribution itself was loaded.
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'referat', name });
        await waitUntil(() => editor.document.getText().length > 0, `snippet «${name}» to be inserted`, 10_000);
        const text = editor.document.getText();
        for (const line of literalLines(body)) assert.ok(text.includes(line), `snippet «${name}»: «${line}» missing from:\n${text}`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });
});

describe('Referat: hover and completion in a real VS Code extension host', () => {
  afterEach(revertAndCloseAll);

  it('hovers a total of the 2024 Drift table: its parts and the computation', async () => {
    const editor = await openMinutes(MINUTES_2024);
    // The server has analysed the document once its findings are published.
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'table-rounding'), 'the table findings');
    const line = editor.document.lineAt(214).text;
    assert.match(line, /^<b>Beskæftigelses- og Socialudvalget<\/b>/);
    const at = new vscode.Position(214, line.indexOf('4.895.122') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Service/, text);
    assert.match(text, /Særlige driftsområder/, text);
    assert.match(text, /4\.895\.121/, text); // what the parts add up to
  });

  it('hovers a sum written in the text: the parts, the total and that they agree', async () => {
    const editor = await openMinutes(MINUTES_2024);
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'table-rounding'), 'the 2024 minutes to be checked');
    let line = 0;
    while (!editor.document.lineAt(line).text.includes('samlet merforbrug på 27,1 mio. kr. fordelt med')) line++;
    const at = new vscode.Position(line, editor.document.lineAt(line).text.indexOf('27,1') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /6,8 \+ 55,4 \+ 2,7 − 37,8 mio\. kr\./, text);
    assert.match(text, /stemmer/, text);
  });

  it('completes the sections an item still lacks at the start of a line, in the document\'s heading style', async () => {
    const editor = await openMinutes(MINUTES_2024);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'the 2024 minutes to be checked');
    // Line 31 is the blank line between item 1's Resume and its Beslutning.
    assert.equal(editor.document.lineAt(30).text, '');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(30, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('## **Effekt**'), labels.join(', '));
    assert.ok(labels.includes('## **Indstilling**'), labels.join(', '));
    assert.ok(!labels.includes('## **Resume**'), 'Resume is already there');
  });
});

/** The snippet body with placeholders resolved to their defaults; lines still holding variables are left out. */
function literalLines(body: string): string[] {
  let s = body;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return s.split('\n').filter((l) => l.trim() !== '' && !l.includes('$'));
}
