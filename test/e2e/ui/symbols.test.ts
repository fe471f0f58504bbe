import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Page } from 'playwright-core';
import { ROOT, TMP, makeWorkspace } from '../support/paths';
import { Workbench, closeWorkbench, eventually, openWorkbench, screenshotIfFailed, openFromExplorer, rowTexts, runCommand } from './workbench';

const MINUTES_2024 = 'odense-bsu-2024-04-09.referat.md';
const COPY = 'kopi.referat.md';

/**
 * Ctrl+T and the Markdown preview in the packaged extension (English code-server + chromium):
 * each item of a `.referat.md` is listed once (VS Code's own Markdown extension indexes every
 * `*.md` file on disk, minutes included), and «Referat: Vis forhåndsvisning» opens the preview
 * with each table's verdict above it; the Settings UI reads Danish where VS Code lets it.
 */
describe('Go to Symbol in Workspace, the preview and the Settings UI in VS Code (code-server + chromium)', function () {
  let workbench: Workbench | undefined;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = makeWorkspace('symbols');
    // A closed copy of the minutes and a plain Markdown note: the Markdown extension is active
    // (as soon as any .md file is opened) and indexes every *.md file on disk.
    fs.copyFileSync(path.join(workspace, MINUTES_2024), path.join(workspace, COPY));
    fs.writeFileSync(path.join(workspace, 'README.md'), '# Noter\n\n## Gravsted-noter\n\nTekst.\n');
    workbench = await openWorkbench('symbols', workspace, { locale: 'en' });
    page = workbench.page;
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'symbols');
  });

  after(() => closeWorkbench(workbench));

  /**
   * Ctrl+T with a query: the rows the quick pick settles on (it fills in as providers answer).
   * The pick asks the providers once per query: asked before the language server has read the
   * folder, it stays empty, so it is asked again until both minutes files are in.
   */
  async function workspaceSymbols(query: string): Promise<string[]> {
    const list = page.locator('.quick-input-widget .quick-input-list');
    const complete = (rows: string[]) => rows.some((r) => r.endsWith(MINUTES_2024)) && rows.some((r) => r.endsWith(COPY));
    let rows: string[] = [];
    for (let attempt = 0; attempt < 6 && !complete(rows); attempt++) {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+T');
      await page.locator('.quick-input-widget input').first().waitFor({ timeout: 30_000 });
      await page.keyboard.type(query, { delay: 20 }); // typed: a filled-in value does not start the search
      // Settled: unchanged for 3 s (the Markdown extension's provider answers later than ours).
      let previous = '';
      let stableSince = Date.now();
      rows = await eventually(
        async () => {
          const now = await rowTexts(list);
          if (JSON.stringify(now) !== previous) [previous, stableSince] = [JSON.stringify(now), Date.now()];
          return now;
        },
        () => Date.now() - stableSince > 3000,
        `the symbol list for «${query}» to settle`,
      );
      await page.keyboard.press('Escape');
    }
    assert.ok(complete(rows), `both minutes files in Ctrl+T: ${JSON.stringify(rows)}`);
    return rows;
  }

  it('lists an item of the open .referat.md once in Ctrl+T, and Referat lists the closed copy\'s once', async () => {
    await openFromExplorer(page, 'README.md');
    await openFromExplorer(page, MINUTES_2024);
    await eventually(() => page.locator('#status\\.editor\\.mode').innerText(), (t) => t.trim() === 'Referat', 'the language mode Referat');
    const rows = await workspaceSymbols('Gravsted');
    const item = (file: string) => rows.filter((r) => r.includes('Gravsted for socialt udsatte borgere') && r.endsWith(file));
    // The open minutes: one row, Referat's (named with its meeting). The Markdown extension
    // judges an open document by its language (referat, not markdown) and leaves it alone.
    assert.deepEqual(item(MINUTES_2024).map((r) => r.startsWith('Punkt 5: B-sag: Gravsted') && r.includes('REFERAT Beskæftigelses- og Socialudvalget')), [true], JSON.stringify(rows));
    // The closed copy: Referat lists it once. (VS Code's Markdown extension also lists a closed
    // *.referat.md's `#` headings, as `## Punkt 5: …`: it finds files by the .md ending and has
    // no setting to leave some out — see the report of issue 14.)
    assert.equal(item(COPY).filter((r) => r.startsWith('Punkt 5: B-sag: Gravsted')).length, 1, JSON.stringify(rows));
    assert.ok(rows.some((r) => r.startsWith('## Gravsted-noter')), 'the Markdown note is listed by the Markdown extension');
  });

  it('«Referat: Vis forhåndsvisning» shows the Markdown preview with the tables\' verdicts in Danish', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: MINUTES_2024 }).first().click();
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Referat: Vis forhåndsvisning');
    // The preview is a webview: an iframe whose content is another iframe.
    const preview = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    const verdicts = preview.locator('.referat-verdict');
    await verdicts.first().waitFor({ timeout: 60_000 });
    const texts = await eventually(() => verdicts.allInnerTexts(), (t) => t.length >= 8, 'the verdict marks');
    // Eight tables with totals; the Drift table has the rounding rows, every other table adds up.
    assert.equal(texts.length, 8, JSON.stringify(texts));
    assert.equal(texts.filter((t) => t.startsWith('≈')).length, 1, JSON.stringify(texts));
    assert.ok(texts.every((t) => /^[✓≈]/u.test(t)), JSON.stringify(texts));
    assert.ok(texts.some((t) => /stemmer/u.test(t)), 'Danish, also in an English VS Code');
    // Tab tables render as paragraphs: each mark frames its own block.
    assert.equal(await preview.locator('.referat-table').count(), texts.length, 'each mark frames its own table');
    // The picture for the README: the Drift table's rounding verdict in view.
    await verdicts.filter({ hasText: '≈' }).first().scrollIntoViewIfNeeded();
    fs.mkdirSync(path.join(TMP, 'screenshots'), { recursive: true });
    const shot = path.join(TMP, 'screenshots', 'forhaandsvisning.png');
    await page.screenshot({ path: shot });
    if (process.env.REFERAT_UPDATE_SCREENSHOTS === '1') fs.copyFileSync(shot, path.join(ROOT, 'docs/images/forhaandsvisning.png'));
  });

  it('the Settings UI shows Danish categories, Danish severity labels and the check\'s Danish name (VS Code in English)', async () => {
    await page.keyboard.press('Escape');
    // Full width (beside the preview the Settings editor hides its table of contents).
    await runCommand(page, 'View: Close All Editor Groups');
    await runCommand(page, 'Preferences: Open Settings (UI)');
    await page.locator('.settings-editor').waitFor({ timeout: 30_000 });
    const toc = page.locator('.settings-toc-container .monaco-list-row');
    await toc.first().waitFor({ timeout: 30_000 });
    await page.keyboard.type('@ext:referat.referat', { delay: 10 }); // the search box has the focus
    const titles = await eventually(
      async () => (await toc.allInnerTexts()).map((t) => t.split('\n')[0]!.trim()),
      (t) => t.includes('Kontroller: tabeller'),
      'the Referat categories in the table of contents',
    );
    for (const t of ['Generelt', 'Opsætning: afsnit, punkter og journalnumre', 'Kontroller: dokument og mødehoved', 'Kontroller: indholdsfortegnelse', 'Kontroller: punkter og afsnit', 'Kontroller: journalnumre', 'Kontroller: datoer, henvisninger og tal i teksten', 'Kontroller: tabeller']) {
      assert.ok(titles.includes(t), `${t} in ${JSON.stringify(titles)}`);
    }
    await page.keyboard.type(' table-sum', { delay: 10 });
    const item = page.locator('.settings-tree-container .setting-item-contents', { hasText: 'Table-sum' }).first();
    await item.waitFor({ timeout: 30_000 });
    // The label comes from the key (VS Code has no other); the description starts with the Danish name.
    assert.match(await item.innerText(), /Checks: Table-sum\s+Tabeltotal\. En total eller subtotal/u);
    assert.deepEqual(await item.locator('select option').allInnerTexts(), ['fra', 'vink', 'information', 'advarsel', 'fejl']);
  });
});
