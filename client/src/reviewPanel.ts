import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TableReviewTable } from '../../server/src/engine/tables/describe';
import { clientMessages } from './language';

/** What the panel shows: one file's tables, or every minutes file's in the workspace. */
interface ReviewFile {
  readonly uri: string;
  readonly name: string;
  readonly tables: readonly TableReviewTable[];
}

type FromPanel = { type: 'reveal'; uri: string; line: number; character: number; endLine: number; endCharacter: number } | { type: 'scope'; workspace: boolean } | { type: 'ready' };

const MINUTES_GLOB = '**/*.{referat.md,referat.txt,dagsorden.md}';

/**
 * «Referat: Tabelkontrol» as a webview beside the text: every table of the minutes named by
 * where it stands, drawn as a grid with each total's verdict coloured; selecting a total marks
 * the cells it adds up. The server computes everything (`referat/tableReview`); this panel only
 * draws it, follows edits and the active editor, and jumps to a cell on request.
 */
export class TableReviewPanel {
  private static current: TableReviewPanel | undefined;
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private uri: string;
  private workspace = false;
  private focusLine: number | undefined;
  private timer: NodeJS.Timeout | undefined;

  static show(client: LanguageClient, uri: string, line?: number): void {
    if (TableReviewPanel.current) {
      const p = TableReviewPanel.current;
      p.uri = uri;
      p.focusLine = line;
      p.panel.reveal(vscode.ViewColumn.Beside, true);
      void p.refresh();
      return;
    }
    TableReviewPanel.current = new TableReviewPanel(client, uri, line);
  }

  private constructor(
    private readonly client: LanguageClient,
    uri: string,
    line: number | undefined,
  ) {
    this.uri = uri;
    this.focusLine = line;
    const msg = clientMessages();
    this.panel = vscode.window.createWebviewPanel('referat.tableReview', msg.panelTitle(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] });
    this.panel.webview.html = html(this.panel.webview, msg);
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage((m: FromPanel) => void this.onMessage(m), undefined, this.disposables);
    // Live: re-draw shortly after the shown file changes; follow the active minutes.
    vscode.workspace.onDidChangeTextDocument(
      (e) => {
        if (e.document.languageId !== 'referat' || (!this.workspace && e.document.uri.toString() !== this.uri)) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 250);
      },
      undefined,
      this.disposables,
    );
    vscode.window.onDidChangeActiveTextEditor(
      (editor) => {
        if (!editor || editor.document.languageId !== 'referat' || editor.document.uri.toString() === this.uri) return;
        this.uri = editor.document.uri.toString();
        this.focusLine = undefined;
        if (!this.workspace) void this.refresh();
      },
      undefined,
      this.disposables,
    );
  }

  private async onMessage(m: FromPanel): Promise<void> {
    if (m.type === 'ready') return this.refresh();
    if (m.type === 'scope') {
      this.workspace = m.workspace;
      return this.refresh();
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.uri));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column });
    const range = new vscode.Range(m.line, m.character, m.endLine, m.endCharacter);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  private async filesToShow(): Promise<ReviewFile[]> {
    const uris = this.workspace ? (await vscode.workspace.findFiles(MINUTES_GLOB, '**/node_modules/**', 200)).map((u) => u.toString()) : [this.uri];
    if (this.workspace && !uris.includes(this.uri)) uris.unshift(this.uri);
    const files: ReviewFile[] = [];
    for (const uri of uris) {
      // The server answers for open documents: opening one (without showing it) is enough.
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri)) await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const tables = await this.client.sendRequest<TableReviewTable[]>('referat/tableReview', { uri });
      files.push({ uri, name: vscode.workspace.asRelativePath(vscode.Uri.parse(uri)), tables });
    }
    return files;
  }

  private async refresh(): Promise<void> {
    try {
      const files = await this.filesToShow();
      await this.panel.webview.postMessage({ type: 'show', files, workspace: this.workspace, focus: this.focusLine !== undefined ? { uri: this.uri, line: this.focusLine } : undefined });
      this.focusLine = undefined;
    } catch (err) {
      this.client.outputChannel.appendLine(`Tabelkontrol: ${String(err)}`);
    }
  }

  private dispose(): void {
    TableReviewPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function nonce(): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.charAt(Math.floor(Math.random() * 62));
  return s;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The page: theme colours (VS Code's CSS variables), a script that draws what the extension posts. */
function html(webview: vscode.Webview, msg: ReturnType<typeof clientMessages>): string {
  const n = nonce();
  const t = {
    thisFile: msg.panelThisFile(),
    workspace: msg.panelWorkspace(),
    noTables: msg.panelNoTables(),
    hint: msg.panelHint(),
    ok: msg.panelLegendOk(),
    rounding: msg.panelLegendRounding(),
    error: msg.panelLegendError(),
    part: msg.panelLegendPart(),
    withoutTotals: msg.panelWithoutTotals(),
  };
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(msg.panelTitle())}</title>
<style nonce="${n}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 12px 24px; }
  header { position: sticky; top: 0; background: var(--vscode-editor-background); padding: 8px 0; border-bottom: 1px solid var(--vscode-panel-border, transparent); z-index: 1; }
  .scope button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 3px 10px; cursor: pointer; }
  .scope button[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
  .legend span { margin-right: 12px; white-space: nowrap; }
  .hint { color: var(--vscode-descriptionForeground); margin: 6px 0 0; }
  section { scroll-margin-top: 120px; }
  h2 { font-size: 1.1em; margin: 20px 0 2px; }
  h3 { font-size: 1em; font-weight: normal; color: var(--vscode-descriptionForeground); margin: 28px 0 4px; }
  .file { font-weight: bold; margin-top: 24px; }
  section.focused h2 { outline: 1px solid var(--vscode-focusBorder); outline-offset: 3px; }
  .verdict { margin: 0 0 6px; }
  .verdict.ok::before, td.ok::before, li.ok::before { content: "✓ "; color: var(--vscode-testing-iconPassed, #388a34); }
  .verdict.rounding::before, td.rounding::before, li.rounding::before { content: "≈ "; color: var(--vscode-editorInfo-foreground, #1a85ff); }
  .verdict.error::before, td.error::before, li.error::before { content: "✗ "; color: var(--vscode-errorForeground, #f14c4c); }
  table { border-collapse: collapse; margin: 4px 0 8px; }
  .grid { overflow-x: auto; max-width: 100%; }
  td:first-child { white-space: normal; min-width: 10em; max-width: 22em; }
  td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, #8884)); padding: 2px 6px; white-space: nowrap; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  tr.head td { font-weight: bold; background: var(--vscode-editorWidget-background, transparent); }
  tr.bold td { font-weight: bold; }
  td.ok { background: color-mix(in srgb, var(--vscode-testing-iconPassed, #388a34) 14%, transparent); }
  td.rounding { background: color-mix(in srgb, var(--vscode-editorInfo-foreground, #1a85ff) 22%, transparent); }
  td.error { background: color-mix(in srgb, var(--vscode-errorForeground, #f14c4c) 28%, transparent); }
  td.total { cursor: pointer; }
  td.part { background: var(--vscode-editor-findMatchHighlightBackground, #ea5c0055); }
  td.part.minus::after { content: " −"; }
  td.selected, li.selected { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
  td:focus, li:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
  ul { list-style: none; padding: 0; margin: 0; }
  li { padding: 2px 4px; cursor: pointer; }
  li .detail { color: var(--vscode-descriptionForeground); }
  .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
  .sw-ok { background: color-mix(in srgb, var(--vscode-testing-iconPassed, #388a34) 50%, transparent); }
  .sw-rounding { background: color-mix(in srgb, var(--vscode-editorInfo-foreground, #1a85ff) 50%, transparent); }
  .sw-error { background: color-mix(in srgb, var(--vscode-errorForeground, #f14c4c) 60%, transparent); }
  .sw-part { background: var(--vscode-editor-findMatchHighlightBackground, #ea5c0055); }
</style>
</head>
<body>
<header>
  <div class="scope" role="group">
    <button id="scope-file" aria-pressed="true">${escapeHtml(t.thisFile)}</button>
    <button id="scope-workspace" aria-pressed="false">${escapeHtml(t.workspace)}</button>
  </div>
  <p class="legend"><span><i class="swatch sw-ok"></i>${escapeHtml(t.ok)}</span><span><i class="swatch sw-rounding"></i>${escapeHtml(t.rounding)}</span><span><i class="swatch sw-error"></i>${escapeHtml(t.error)}</span><span><i class="swatch sw-part"></i>${escapeHtml(t.part)}</span></p>
  <p class="hint">${escapeHtml(t.hint)}</p>
</header>
<main id="main"></main>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
const T = ${JSON.stringify(t).replace(/</gu, '\\u003c')};
const main = document.getElementById('main');
let state = { files: [], workspace: false };
let selected = undefined; // { file, table, entry }

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
const AMOUNT = /^[-−+]?\\d[\\d.,]*(\\s?%)?$/;

function reveal(uri, range) {
  vscode.postMessage({ type: 'reveal', uri, line: range.start.line, character: range.start.character, endLine: range.end.line, endCharacter: range.end.character });
}

function select(fi, ti, ei, jump) {
  selected = { file: fi, table: ti, entry: ei };
  draw();
  const target = document.querySelector('[data-entry="' + fi + '-' + ti + '-' + ei + '"]');
  if (target) target.focus({ preventScroll: true });
  if (jump) reveal(state.files[fi].uri, state.files[fi].tables[ti].entries[ei].range);
}

function drawTable(file, fi, table, ti) {
  const section = el('section', { id: 't-' + fi + '-' + table.range.start.line });
  section.appendChild(el('h2', {}, table.title));
  section.appendChild(el('p', { class: 'verdict ' + table.status }, table.verdict.replace(/^[✓≈✗]\\s*/u, '') + (table.unit ? ' · ' + table.unit : '')));
  const statusAt = new Map();
  table.entries.forEach((e, ei) => {
    const k = e.cell[0] + ':' + e.cell[1];
    const prev = statusAt.get(k);
    const rank = { error: 0, rounding: 1, ok: 2 };
    if (!prev || rank[e.status] < rank[prev.status]) statusAt.set(k, { status: e.status, ei });
  });
  const sel = selected && selected.file === fi && selected.table === ti ? table.entries[selected.entry] : undefined;
  const parts = new Map();
  if (sel) for (const p of sel.parts) parts.set(p[0] + ':' + p[1], p[2]);
  const grid = el('table', { role: 'grid' });
  table.rows.forEach((row, ri) => {
    if (row.separator) return;
    const tr = el('tr', { class: (ri === 0 ? 'head' : '') + (row.bold ? ' bold' : '') });
    row.cells.forEach((text, ci) => {
      const k = ri + ':' + ci;
      const td = el('td', { class: AMOUNT.test(text) ? 'num' : '' }, text);
      const s = statusAt.get(k);
      if (s) {
        td.classList.add(s.status, 'total');
        td.setAttribute('tabindex', '0');
        td.setAttribute('data-entry', fi + '-' + ti + '-' + s.ei);
        td.title = table.entries[s.ei].detail;
        td.addEventListener('click', () => select(fi, ti, s.ei, false));
        td.addEventListener('dblclick', () => select(fi, ti, s.ei, true));
        td.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(fi, ti, s.ei, ev.altKey); } });
      }
      if (sel && sel.cell[0] === ri && sel.cell[1] === ci) td.classList.add('selected');
      if (parts.has(k)) { td.classList.add('part'); if (parts.get(k) === -1) td.classList.add('minus'); }
      tr.appendChild(td);
    });
    grid.appendChild(tr);
  });
  const scroller = el('div', { class: 'grid' });
  scroller.appendChild(grid);
  section.appendChild(scroller);
  const list = el('ul', {});
  table.entries.forEach((e, ei) => {
    if (e.status === 'ok' && !(sel === e)) return; // the grid shows them; the list names what needs a look
    const li = el('li', { class: e.status + (sel === e ? ' selected' : ''), tabindex: '0' });
    // The detail names the total itself («Service» i kolonnen …) for errors and rounding; a
    // selected total that adds up gets its name before the computation.
    if (e.status === 'ok') li.appendChild(el('span', {}, e.label + ': '));
    li.appendChild(el('span', { class: e.status === 'ok' ? 'detail' : '' }, e.detail));
    li.addEventListener('click', () => select(fi, ti, ei, true));
    li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(fi, ti, ei, true); });
    list.appendChild(li);
  });
  section.appendChild(list);
  return section;
}

function draw() {
  main.textContent = '';
  document.getElementById('scope-file').setAttribute('aria-pressed', String(!state.workspace));
  document.getElementById('scope-workspace').setAttribute('aria-pressed', String(state.workspace));
  state.files.forEach((file, fi) => {
    if (state.workspace) main.appendChild(el('div', { class: 'file' }, file.name));
    if (file.tables.length === 0) main.appendChild(el('p', {}, T.noTables));
    let withoutShown = false;
    file.tables.forEach((table, ti) => {
      if (table.entries.length === 0 && !withoutShown) { main.appendChild(el('h3', {}, T.withoutTotals)); withoutShown = true; }
      main.appendChild(drawTable(file, fi, table, ti));
    });
  });
}

document.getElementById('scope-file').addEventListener('click', () => vscode.postMessage({ type: 'scope', workspace: false }));
document.getElementById('scope-workspace').addEventListener('click', () => vscode.postMessage({ type: 'scope', workspace: true }));
window.addEventListener('message', (event) => {
  const m = event.data;
  if (m.type !== 'show') return;
  const keep = selected && state.files[selected.file] ? { uri: state.files[selected.file].uri, line: state.files[selected.file].tables[selected.table]?.range.start.line, label: state.files[selected.file].tables[selected.table]?.entries[selected.entry]?.label } : undefined;
  state = { files: m.files, workspace: m.workspace };
  selected = undefined;
  if (keep) {
    // Keep the selection across live updates when the same total is still there.
    state.files.forEach((f, fi) => f.uri === keep.uri && f.tables.forEach((t, ti) => t.range.start.line === keep.line && t.entries.forEach((e, ei) => { if (e.label === keep.label) selected = { file: fi, table: ti, entry: ei }; })));
  }
  draw();
  if (m.focus) {
    const fi = state.files.findIndex((f) => f.uri === m.focus.uri);
    const target = document.getElementById('t-' + fi + '-' + m.focus.line);
    if (target) { target.classList.add('focused'); target.scrollIntoView({ block: 'start' }); const first = target.querySelector('[tabindex]'); if (first) first.focus({ preventScroll: true }); }
  }
});
vscode.postMessage({ type: 'ready' });
</script>
</body>
</html>`;
}
