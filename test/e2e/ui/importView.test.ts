import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Page } from 'playwright-core';
import { TMP, makeWorkspace } from '../support/paths';
import { Workbench, closeWorkbench, eventually, openWorkbench, screenshotIfFailed, goToLine, rowTexts } from './workbench';

/** Word layouts of test/support/docxLayouts.ts (outside this project's sources: loaded compiled). */
const docxLayouts = require(path.join(__dirname, '..', '..', 'support', 'docxLayouts')) as {
  DOCX_LAYOUTS: readonly { readonly name: string }[];
  buildDocx(layout: { readonly name: string }): Promise<Buffer>;
};

/** The PDF form of the layout fixtures and their annotations (test/support: loaded compiled, as above). */
const layoutFodt = (require(path.join(__dirname, '..', '..', 'support', 'layoutFodt')) as { layoutFodt(text: string): string }).layoutFodt;
const annotated = require(path.join(__dirname, '..', '..', 'support', 'annotated')) as { parseAnnotated(text: string): { readonly text: string } };
const FIXTURES_DIR = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

/**
 * «Referat: Kontrollér Word/PDF» in the packaged extension (code-server + chromium): a Word file
 * that LibreOffice made from minutes written here opens as a read-only Referat document with the
 * minutes' text, the Problems panel lists its findings, the status bar names the place in the
 * Word file, and «Referat: Gem som .referat.md» writes the text beside it.
 */

/** Minutes with two items numbered 1 and none numbered 2: an error and a warning. */
const MINUTES = [
  ['h1', 'REFERAT Børne- og Ungeudvalget 2022-2025 d. 11-03-2025'],
  ['p', '<b>Mødedato</b> Tirsdag d. 11. marts 2025 kl. 08:30'],
  ['h1', 'Punkt 1: Godkendelse af dagsorden'],
  ['p', '85.02.02-P35-1-25'],
  ['h2', 'Resume'],
  ['p', 'Godkendelse.'],
  ['h2', 'Beslutning'],
  ['p', 'Godkendt.'],
  ['h1', 'Punkt 1: Skolernes budgetter'],
  ['p', '17.00.00-S00-2-25'],
  ['h2', 'Resume'],
  ['p', 'Budgetterne for 2025.'],
  ['h2', 'Beslutning'],
  ['p', 'Orientering givet.'],
  ['h1', 'Punkt 3: Sommerferie i SFO'],
  ['p', '28.09.00-G01-3-25'],
  ['h2', 'Resume'],
  ['p', 'SFO holder åbent hele sommeren.'],
  ['h2', 'Beslutning'],
  ['p', 'Godkendt.'],
] as const;

const DOCX = 'bu-2025-03-11.docx';
const VIEW = `${DOCX}.referat.md`;

/** The .docx as a secretary's Word would: LibreOffice converts HTML with heading styles. */
function makeDocx(workspace: string): void {
  const work = path.join(TMP, `import-view-${process.pid}`);
  fs.mkdirSync(work, { recursive: true });
  const html = path.join(work, DOCX.replace(/\.docx$/, '.html'));
  const body = MINUTES.map(([tag, text]) => `<${tag}>${text}</${tag}>`).join('\n');
  fs.writeFileSync(html, `<!doctype html><html lang="da"><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>`);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], { stdio: 'ignore', timeout: 300_000 });
  fs.copyFileSync(path.join(work, DOCX), path.join(workspace, DOCX));
}

describe('«Referat: Kontrollér Word/PDF» in the VS Code UI (code-server + chromium)', function () {
  let workbench: Workbench | undefined;
  let page: Page;
  let workspace: string;
  const shots = path.join(TMP, 'screenshots');

  /**
   * Runs a command from the palette. The palette lists the commands known when it opens, and the
   * extension's come a moment after the workbench: look again until the command is there.
   */
  async function fromPalette(filter: string, title: RegExp): Promise<void> {
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await eventually(
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').first().fill(`>${filter}`);
        return row.waitFor({ timeout: 3_000 }).then(() => true, () => false);
      },
      (found) => found,
      `${title} in the command palette`,
      60_000,
    );
    await row.click();
  }

  /** «Kontrollér Word/PDF», the file picked in its dialog once the dialog lists it, and its view's tab active. */
  async function openInView(file: string, view: string): Promise<void> {
    await fromPalette('Referat: Kontroll', /Kontroll.r Word\/PDF/u);
    const dialog = page.locator('.quick-input-widget', { hasText: 'Vælg et Word- eller PDF-referat' }).first();
    await dialog.waitFor({ timeout: 30_000 });
    await eventually(() => rowTexts(dialog), (r) => r.includes(file), `${file} in the dialog`);
    await dialog.locator('.monaco-list-row', { hasText: file }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => dialog.locator('.monaco-button', { hasText: 'OK' }).first().click());
    await page.locator('.tabs-container .tab.active', { hasText: view }).waitFor({ timeout: 60_000 });
  }

  /** The Problems panel (opened if it is not: its status bar button would close it) lists nothing for `view`; then a screenshot. */
  async function assertNoProblemFor(view: string, shot: string): Promise<void> {
    const problems = page.locator('.markers-panel').first();
    if (!(await problems.isVisible())) await page.locator('#status\\.problems').click();
    await problems.waitFor({ timeout: 30_000 });
    const listed = await rowTexts(problems);
    assert.ok(!listed.some((r) => r.includes(view)), listed.join('\n'));
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, shot) });
  }

  /** The editor's text as shown (only what is on screen: the minutes are short; spaces drawn as no-break spaces). */
  const shownText = async () => (await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/gu, ' ');

  before(async () => {
    workspace = makeWorkspace('import-view');
    makeDocx(workspace);
    workbench = await openWorkbench('import-view', workspace, { settings: { 'editor.minimap.enabled': false } });
    page = workbench.page;
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DOCX }).first().waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'import', shots);
  });

  after(() => closeWorkbench(workbench));

  it('opens the .docx picked in the command\'s file dialog as a read-only Referat document with its text', async () => {
    await fromPalette('Referat: Kontroll', /Kontroll.r Word\/PDF/u);
    // VS Code's own file dialog (the web has no system dialog): it opens in the workspace and
    // lists only Word and PDF files; a click on the .docx picks it (OK, if the dialog stays).
    const dialog = page.locator('.quick-input-widget', { hasText: 'Vælg et Word- eller PDF-referat' }).first();
    await dialog.waitFor({ timeout: 30_000 });
    // The dialog fills its list after it shows: wait for the folder's entries, then compare.
    const offered = await eventually(async () => (await rowTexts(dialog)).filter((r) => r !== '..'), (r) => r.length > 0, 'the file dialog\'s entries');
    assert.deepEqual(offered, [DOCX], 'only the Word file is offered');
    await dialog.locator('.monaco-list-row', { hasText: DOCX }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => dialog.locator('.monaco-button', { hasText: 'OK' }).first().click());
    await page.locator('.tabs-container .tab.active', { hasText: VIEW }).waitFor({ timeout: 60_000 });
    await eventually(() => page.locator('#status\\.editor\\.mode').innerText(), (t) => t.trim() === 'Referat', 'the language mode Referat');
    const text = await eventually(shownText, (t) => t.includes('Punkt 3: Sommerferie i SFO'), 'the minutes\' text in the view');
    // The Word headings came through as the text form's headings, paragraphs as lines.
    assert.match(text, /# Punkt 1: Godkendelse af dagsorden/u, text);
    assert.match(text, /## Beslutning/u, text);
    assert.match(text, /SFO holder åbent hele sommeren\./u, text);
    // Read-only: typing changes nothing and leaves the tab clean.
    await goToLine(page, 1, 1);
    await page.keyboard.type('XYZ');
    assert.doesNotMatch(await shownText(), /XYZ/u);
    assert.equal(await page.locator('.tabs-container .tab.active.dirty').count(), 0, 'the view is never dirty');
  });

  it('lists the findings of the Word file in the Problems panel and names the place in Word in the status bar', async () => {
    await page.locator('#status\\.problems').click();
    const problems = page.locator('.markers-panel').first();
    await problems.waitFor({ timeout: 30_000 });
    const rows = await eventually(
      () => rowTexts(problems),
      (r) => r.some((x) => x.includes('item-number-duplicate')) && r.some((x) => x.includes('item-number-gap')),
      'the Word file\'s findings in the Problems panel',
      60_000,
    );
    const mine = rows.filter((r) => /item-number-(duplicate|gap)/u.test(r));
    assert.equal(mine.length, 2, rows.join('\n'));
    assert.ok(rows.some((r) => r.includes(VIEW)), `the findings are under the view: ${rows.join('\n')}`);
    // The duplicate's line in the view; the status bar says where that is in the Word file.
    const dup = /item-number-duplicate \[Ln (\d+),/u.exec(mine.find((r) => r.includes('duplicate'))!);
    assert.ok(dup, mine.join('\n'));
    await page.locator('.tabs-container .tab.active', { hasText: VIEW }).click();
    await goToLine(page, Number(dup[1]), 1);
    const status = page.locator('.statusbar-item', { hasText: 'Originalen:' }).first();
    await status.waitFor({ timeout: 30_000 });
    // The status bar follows the cursor after the move (it showed the previous line's place once).
    const place = await eventually(() => status.innerText(), (t) => /Punkt 1: Skolernes budgetter/u.test(t), 'the Word place of the duplicate\'s line', 30_000);
    assert.match(place, /Originalen: .*Punkt 1: Skolernes budgetter/u);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'word-visning.png') });
  });

  it('«Gem som .referat.md» writes the text beside the Word file and opens it', async () => {
    const saved = path.join(workspace, VIEW);
    assert.ok(!fs.existsSync(saved));
    await page.locator('.tabs-container .tab.active', { hasText: VIEW }).click();
    await fromPalette('Referat: Gem som', /Gem som \.referat\.md/u);
    // The save dialog proposes <file>.docx.referat.md beside the original: accept it.
    const input = page.locator('.quick-input-widget input').first();
    await eventually(() => input.inputValue(), (v) => v.endsWith(VIEW), 'the proposed file name');
    await page.keyboard.press('Enter');
    const text = await eventually(async () => (fs.existsSync(saved) ? fs.readFileSync(saved, 'utf8') : ''), (t) => t.length > 0, 'the saved file', 60_000);
    assert.match(text, /^# REFERAT Børne- og Ungeudvalget/u);
    assert.match(text, /\n# Punkt 1: Skolernes budgetter\n/u);
    assert.match(text, /\n# Punkt 3: Sommerferie i SFO\n/u);
    // The saved file is a file of its own now, open in an editor tab.
    await page.locator('.tabs-container .tab', { hasText: VIEW }).nth(1).waitFor({ timeout: 30_000 });
  });

  it('reads a Word file whose item numbers come from Word\'s heading numbering (185, 186 …): the numbers Word shows, no finding', async () => {
    // Invented minutes as Word writes them: Heading 1 numbered by its style from 185 (the text has
    // no number), a TOC field, page breaks, the committee in the page header.
    const layout = docxLayouts.DOCX_LAYOUTS.find((l) => l.name === 'running-numbers-toc')!;
    const word = 'tm-2025-11-19.docx';
    const view = `${word}.referat.md`;
    fs.writeFileSync(path.join(workspace, word), await docxLayouts.buildDocx(layout));
    await openInView(word, view);
    const text = await eventually(shownText, (t) => t.includes('185. Godkendelse af dagsorden'), 'the numbers Word shows in the view');
    assert.match(text, /# 185\. Godkendelse af dagsorden/u, text);
    // The outline (Go to Symbol in Editor) lists the items by those numbers.
    await page.keyboard.press('Control+Shift+O');
    const symbols = page.locator('.quick-input-widget').first();
    const rows = await eventually(() => rowTexts(symbols), (r) => r.some((x) => /187/u.test(x)), 'the items in Go to Symbol');
    assert.ok(rows.some((r) => /Punkt 185: Godkendelse af dagsorden/u.test(r)), rows.join('\n'));
    assert.ok(rows.some((r) => /Punkt 187: Renovering af Byparken/u.test(r)), rows.join('\n'));
    await page.keyboard.press('Escape');
    // Nothing to report in minutes that are right: once the view is analysed (the status bar
    // names its layout), the Problems panel has no row for it.
    await page.locator('.statusbar-item', { hasText: /Referat \(standard\)/u }).first().waitFor({ timeout: 30_000 });
    await assertNoProblemFor(view, 'word-nummerering.png');
  });

  it('reads a PDF that LibreOffice printed from another municipality\'s minutes (• 301. …, running header, page footer): its items, no finding', async () => {
    // Invented minutes in a web system's form (test/fixtures/layouts/bullets), printed as a Word
    // template prints them: short pages, a running header, «Side N af M».
    const pdf = 'bullets-2025.pdf';
    const view = `${pdf}.referat.md`;
    const work = path.join(TMP, `import-view-pdf-${process.pid}`);
    fs.mkdirSync(work, { recursive: true });
    const fodt = path.join(work, pdf.replace(/\.pdf$/, '.fodt'));
    fs.writeFileSync(fodt, layoutFodt(annotated.parseAnnotated(fs.readFileSync(path.join(FIXTURES_DIR, 'layouts', 'bullets.referat.txt'), 'utf8')).text));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, fodt], { stdio: 'ignore', timeout: 300_000 });
    fs.copyFileSync(path.join(work, pdf), path.join(workspace, pdf));
    await openInView(pdf, view);
    const text = await eventually(shownText, (t) => /• 301\./u.test(t), 'the bulleted items in the view');
    assert.match(text, /• 301\./u, text);
    await page.keyboard.press('Control+Shift+O');
    const symbols = page.locator('.quick-input-widget').first();
    const rows = await eventually(() => rowTexts(symbols), (r) => r.some((x) => /Punkt 303/u.test(x)), 'the items in Go to Symbol');
    for (const n of [301, 302, 303]) assert.ok(rows.some((r) => new RegExp(`Punkt ${n}:`, 'u').test(r)), rows.join('\n'));
    await page.keyboard.press('Escape');
    // Analysed (the status bar counts its findings), and nothing to report.
    await page.locator('.statusbar-item', { hasText: /Referat \(.*\): 0 fejl, 0 advarsler/u }).first().waitFor({ timeout: 30_000 });
    await assertNoProblemFor(view, 'pdf-visning.png');
  });
});
