import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Page } from 'playwright-core';
import { ROOT, TMP, makeWorkspace } from '../support/paths';
import { Workbench, closeWorkbench, eventually, openWorkbench, screenshotIfFailed, openFromExplorer } from './workbench';

/**
 * «Referat: Eksportér» in the packaged extension (code-server + chromium): run from the command
 * palette, it writes Word, PDF and HTML beside the minutes; on a document with an error it asks
 * first (a modal dialog listing the error) and writes nothing until the user says export anyway.
 */
const FORMATS = ['docx', 'pdf', 'html'] as const;

describe('«Referat: Eksportér» in the VS Code UI (code-server + chromium)', function () {
  let workbench: Workbench | undefined;
  let page: Page;
  let workspace: string;

  const outputs = (base: string): string[] => FORMATS.map((f) => path.join(workspace, `${base}.${f}`));
  async function runExport(): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('>Referat: Eksport');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: /Referat: Eksportér/ }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
  }
  function assertExported(base: string): void {
    const [docx, pdf, html] = outputs(base).map((f) => fs.readFileSync(f));
    assert.equal(docx!.subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip');
    assert.equal(pdf!.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(html!.toString('utf8'), /<html lang="da">[\s\S]*Punkt 2: B-sag: Tilskud til foreningernes sommeraktiviteter 2025/);
  }

  before(async () => {
    workspace = makeWorkspace('export');
    const example = fs.readFileSync(path.join(ROOT, 'examples/kfu-2025-03-04.referat.md'), 'utf8');
    fs.writeFileSync(path.join(workspace, 'klar.referat.md'), example);
    // One total that is not the sum of its parts: a table-sum error.
    const wrong = example.replace('<b>I alt</b>\t<b>250</b>', '<b>I alt</b>\t<b>260</b>');
    assert.notEqual(wrong, example);
    fs.writeFileSync(path.join(workspace, 'fejl.referat.md'), wrong);
    workbench = await openWorkbench('export', workspace);
    page = workbench.page;
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'export');
  });

  after(() => closeWorkbench(workbench));

  it('writes Word, PDF and HTML beside a clean document without asking', async () => {
    await openFromExplorer(page, 'klar.referat.md');
    await eventually(() => page.locator('#status\\.editor\\.mode').innerText(), (t) => t.trim() === 'Referat', 'the language mode Referat');
    await runExport();
    await eventually(async () => outputs('klar.referat').every((f) => fs.existsSync(f)), (ok) => ok, 'the three exported files', 60_000);
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no dialog for a clean document');
    assertExported('klar.referat');
    // The Explorer shows the new files (its rows move as they come: wait before clicking on).
    for (const f of ['klar.referat.docx', 'klar.referat.html', 'klar.referat.pdf']) {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: f }).first().waitFor({ timeout: 30_000 });
    }
  });

  it('warns first when the document has an error, and writes only after «Eksportér alligevel»', async () => {
    try {
      await openFromExplorer(page, 'fejl.referat.md');
    } catch {
      // A double click that landed while the Explorer re-rendered its rows: once more.
      await openFromExplorer(page, 'fejl.referat.md');
    }
    await eventually(() => page.locator('#status\\.editor\\.mode').innerText(), (t) => t.trim() === 'Referat', 'the language mode Referat');
    await runExport();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    const text = await dialog.innerText();
    assert.match(text, /Dokumentet har 1 fejl/, text);
    assert.match(text, /table-sum/, text);
    assert.ok(outputs('fejl.referat').every((f) => !fs.existsSync(f)), 'nothing written before the user answers');
    fs.mkdirSync(path.join(TMP, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(TMP, 'screenshots', 'eksport-advarsel.png') });
    await dialog.locator('.monaco-button', { hasText: 'Eksportér alligevel' }).click();
    await eventually(async () => outputs('fejl.referat').every((f) => fs.existsSync(f)), (ok) => ok, 'the three exported files', 60_000);
    assertExported('fejl.referat');
  });
});
